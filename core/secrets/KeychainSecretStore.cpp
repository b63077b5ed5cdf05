// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "KeychainSecretStore.h"

#include "common/Logging.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QEventLoop>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <memory>
#include <utility>

namespace factora::core {

namespace {

    /** What a finished QtKeychain job reported; timedOut when it did not finish in time. */
    struct JobOutcome
    {
        QKeychain::Error error = QKeychain::NoError;
        QString errorString;
        QByteArray data;
        bool timedOut = false;
    };

    /** Checks that a synchronous keychain call can run here: it needs the application's event loop thread. */
    Status checkThread()
    {
        const QCoreApplication* app = QCoreApplication::instance();
        if (app == nullptr)
            return Error(ErrorCode::Internal,
                         QCoreApplication::translate("KeychainSecretStore",
                                                     "El llavero del sistema requiere una QCoreApplication"));
        if (QThread::currentThread() != app->thread())
            return Error(
                ErrorCode::Internal,
                QCoreApplication::translate("KeychainSecretStore",
                                            "El llavero del sistema solo se puede usar desde el hilo principal"));
        return {};
    }

    /**
     * Starts @p job and waits for it in a local event loop. On time-out the job is left to delete itself when it
     * finishes; otherwise it is deleted here after its outcome is copied.
     */
    JobOutcome runJob(std::unique_ptr<QKeychain::Job> job, std::chrono::milliseconds timeout)
    {
        JobOutcome outcome;
        bool finished = false;
        QEventLoop loop;
        QTimer timer;
        timer.setSingleShot(true);
        QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
        QObject::connect(job.get(), &QKeychain::Job::finished, &loop, [&finished, &loop](QKeychain::Job*) {
            finished = true;
            loop.quit();
        });
        job->setAutoDelete(false);
        job->setInsecureFallback(false);
        job->start();
        if (!finished) {
            timer.start(timeout);
            loop.exec(QEventLoop::ExcludeUserInputEvents);
        }
        if (!finished) {
            outcome.timedOut = true;
            QObject::disconnect(job.get(), nullptr, &loop, nullptr);
            job->setAutoDelete(true);
            job.release(); // NOLINT(bugprone-unused-return-value): the job deletes itself when it finishes
            return outcome;
        }
        outcome.error = job->error();
        outcome.errorString = job->errorString();
        if (auto* readJob = qobject_cast<QKeychain::ReadPasswordJob*>(job.get()))
            outcome.data = readJob->binaryData();
        return outcome;
    }

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service)
    : m_service(std::move(service))
{
}

QString KeychainSecretStore::defaultService()
{
    return QStringLiteral("Factora");
}

QString KeychainSecretStore::entryName(const QString& key, int index) const
{
    QString name = key;
#ifdef Q_OS_WIN
    // Windows credentials are named by the key alone; the service would not separate programs.
    name.prepend(m_service + QLatin1Char('/'));
#endif
    if (index > 0)
        name += QLatin1Char('.') + QString::number(index);
    return name;
}

QString KeychainSecretStore::location() const
{
    return tr("llavero del sistema, servicio «%1»").arg(m_service);
}

Result<QByteArray> KeychainSecretStore::readEntry(const QString& entry) const
{
    if (Status thread = checkThread(); !thread)
        return thread.error();
    auto job = std::make_unique<QKeychain::ReadPasswordJob>(m_service);
    job->setKey(entry);
    JobOutcome outcome = runJob(std::move(job), m_timeout);
    if (outcome.timedOut)
        return Error(ErrorCode::Unavailable,
                     tr("El llavero del sistema no respondió en %1 s al leer «%2»")
                         .arg(QString::number(m_timeout.count() / 1000), entry));
    switch (outcome.error) {
    case QKeychain::NoError:
        return std::move(outcome.data);
    case QKeychain::EntryNotFound:
        return Error(ErrorCode::NotFound, tr("No hay ningún secreto «%1» en el %2").arg(entry, location()));
    default:
        qCWarning(lcSecrets) << "keychain read of" << entry << "failed:" << outcome.errorString;
        return Error(ErrorCode::Unavailable,
                     tr("No se pudo leer «%1» del %2: %3").arg(entry, location(), outcome.errorString));
    }
}

Status KeychainSecretStore::writeEntry(const QString& entry, const QByteArray& data)
{
    if (Status thread = checkThread(); !thread)
        return thread;
    auto job = std::make_unique<QKeychain::WritePasswordJob>(m_service);
    job->setKey(entry);
    job->setBinaryData(data);
    const JobOutcome outcome = runJob(std::move(job), m_timeout);
    if (outcome.timedOut)
        return Error(ErrorCode::Unavailable,
                     tr("El llavero del sistema no respondió en %1 s al guardar «%2»")
                         .arg(QString::number(m_timeout.count() / 1000), entry));
    if (outcome.error != QKeychain::NoError) {
        qCWarning(lcSecrets) << "keychain write of" << entry << "failed:" << outcome.errorString;
        return Error(ErrorCode::Unavailable,
                     tr("No se pudo guardar «%1» en el %2: %3").arg(entry, location(), outcome.errorString));
    }
    return {};
}

Status KeychainSecretStore::deleteEntry(const QString& entry)
{
    if (Status thread = checkThread(); !thread)
        return thread;
    auto job = std::make_unique<QKeychain::DeletePasswordJob>(m_service);
    job->setKey(entry);
    const JobOutcome outcome = runJob(std::move(job), m_timeout);
    if (outcome.timedOut)
        return Error(ErrorCode::Unavailable,
                     tr("El llavero del sistema no respondió en %1 s al borrar «%2»")
                         .arg(QString::number(m_timeout.count() / 1000), entry));
    // Some backends (Windows) report a missing entry; it is gone either way.
    if (outcome.error != QKeychain::NoError && outcome.error != QKeychain::EntryNotFound) {
        qCWarning(lcSecrets) << "keychain delete of" << entry << "failed:" << outcome.errorString;
        return Error(ErrorCode::Unavailable,
                     tr("No se pudo borrar «%1» del %2: %3").arg(entry, location(), outcome.errorString));
    }
    return {};
}

Status KeychainSecretStore::deleteChunksFrom(const QString& key, int firstIndex)
{
    // libsecret deletes missing entries without complaint, so existence is checked by reading.
    for (int index = firstIndex; index < maxChunks; ++index) {
        const QString entry = entryName(key, index);
        const Result<QByteArray> existing = readEntry(entry);
        if (!existing) {
            if (existing.error().code() == ErrorCode::NotFound)
                return {};
            return existing.error();
        }
        if (Status deleted = deleteEntry(entry); !deleted)
            return deleted;
        qCDebug(lcSecrets) << "deleted keychain chunk" << entry;
    }
    return {};
}

Status KeychainSecretStore::probe() const
{
    const Result<QByteArray> probed = readEntry(entryName(QStringLiteral("probe/never-written"), 0));
    if (probed || probed.error().code() == ErrorCode::NotFound)
        return {};
    return probed.error();
}

Result<QByteArray> KeychainSecretStore::read(const QString& key) const
{
    if (Status valid = validateKey(key); !valid)
        return valid.error();
    Result<QByteArray> first = readEntry(entryName(key, 0));
    if (!first)
        return first.error();
    QByteArray value = std::move(first).value();
    int chunks = 1;
    for (; chunks < maxChunks; ++chunks) {
        Result<QByteArray> next = readEntry(entryName(key, chunks));
        if (!next) {
            if (next.error().code() == ErrorCode::NotFound)
                break;
            return next.error();
        }
        value.append(next.value());
    }
    qCDebug(lcSecrets) << "read keychain secret" << key << "in" << chunks << "chunk(s)";
    return value;
}

Status KeychainSecretStore::write(const QString& key, const QByteArray& secret)
{
    if (Status valid = validateKey(key); !valid)
        return valid;
    const qsizetype count = std::max<qsizetype>(1, (secret.size() + chunkSize - 1) / chunkSize);
    if (count > maxChunks)
        return Error(ErrorCode::InvalidInput,
                     tr("El secreto «%1» mide %2 bytes; el llavero admite hasta %3 bytes por secreto")
                         .arg(key, QString::number(secret.size()), QString::number(chunkSize * maxChunks)));
    for (qsizetype index = 0; index < count; ++index) {
        const int chunkIndex = static_cast<int>(index);
        Status written = writeEntry(entryName(key, chunkIndex), secret.mid(index * chunkSize, chunkSize));
        if (!written) {
            if (index > 0) {
                // The first chunks are new and the rest old: remove the mix rather than leave a wrong value.
                if (Status cleaned = deleteChunksFrom(key, 0); !cleaned)
                    qCWarning(lcSecrets) << "could not delete the partly written secret" << key;
                return Error(written.error().code(),
                             tr("%1. Se borró el valor incompleto de «%2»").arg(written.error().message(), key));
            }
            return written;
        }
    }
    if (Status stale = deleteChunksFrom(key, static_cast<int>(count)); !stale)
        return stale;
    qCDebug(lcSecrets) << "wrote keychain secret" << key << "in" << count << "chunk(s)";
    return {};
}

Status KeychainSecretStore::remove(const QString& key)
{
    if (Status valid = validateKey(key); !valid)
        return valid;
    const Result<QByteArray> first = readEntry(entryName(key, 0));
    if (!first && first.error().code() != ErrorCode::NotFound)
        return first.error();
    if (first) {
        if (Status deleted = deleteEntry(entryName(key, 0)); !deleted)
            return deleted;
    }
    // Chunks are deleted even when the first is missing, so an interrupted removal can be finished.
    if (Status rest = deleteChunksFrom(key, 1); !rest)
        return rest;
    if (!first)
        return Error(ErrorCode::NotFound, tr("No hay ningún secreto «%1» en el %2").arg(key, location()));
    qCDebug(lcSecrets) << "removed keychain secret" << key;
    return {};
}

} // namespace factora::core
