// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "DispatchWorkerPool.h"

#include "dispatch/DispatchLogging.h"
#include "secrets/FileSecretStore.h"
#include "secrets/UnavailableSecretStore.h"
#include "security/Actor.h"
#include "storage/SqlQuery.h"
#include "storage/SqlTimestamp.h"

#include <QCoreApplication>
#include <QHostInfo>

namespace factora::server {

core::Result<std::unique_ptr<DispatchWorkerPool>>
DispatchWorkerPool::create(const core::Configuration& configuration, std::shared_ptr<core::Database> database)
{
    auto workers = configuration.intValue(QStringLiteral("dispatch/workers"));
    if (!workers)
        return workers.error();
    const QString listen = configuration.value(QStringLiteral("dispatch/sms_receipt_listen")).trimmed();
    if (*workers == 0 && listen.isEmpty())
        return std::unique_ptr<DispatchWorkerPool>();

    const QString secretsDir = configuration.value(QStringLiteral("delivery/secrets_dir")).trimmed();
    std::unique_ptr<core::SecretStore> secrets;
    if (secretsDir.isEmpty()) {
        secrets = std::make_unique<core::UnavailableSecretStore>(QCoreApplication::translate(
            "DispatchWorkerPool", "no hay carpeta de secretos de entrega (delivery/secrets_dir)"));
    } else {
        secrets = std::make_unique<core::FileSecretStore>(secretsDir);
    }
    auto runtime = core::DispatchRuntime::create(*database, configuration, *secrets);
    if (!runtime)
        return runtime.error();

    std::unique_ptr<DispatchWorkerPool> pool(new DispatchWorkerPool());
    pool->m_database = database;
    pool->m_runtime = std::move(runtime.value());
    const core::DispatchSettings& settings = pool->m_runtime->settings();
    const QString prefix = QStringLiteral("server:%1:%2").arg(QHostInfo::localHostName()).arg(QCoreApplication::applicationPid());
    for (int i = 1; i <= *workers; ++i) {
        pool->m_workers.push_back(std::make_unique<core::DispatchWorker>(
            pool->m_runtime->service(), *database, QStringLiteral("%1:%2").arg(prefix).arg(i),
            std::chrono::seconds(settings.pollSeconds)));
    }
    if (!listen.isEmpty()) {
        if (settings.smsReceiptPath.isEmpty() || settings.smsReceiptSecretFile.isEmpty()
            || settings.smsReceiptHeader.isEmpty()) {
            return core::Error(core::ErrorCode::Configuration,
                               QCoreApplication::translate("DispatchWorkerPool",
                                                           "dispatch/sms_receipt_listen necesita "
                                                           "dispatch/sms_receipt_path, dispatch/sms_receipt_header y "
                                                           "dispatch/sms_receipt_secret_file"));
        }
        auto secret = core::FileSecretStore::readProtectedFile(settings.smsReceiptSecretFile);
        if (!secret)
            return secret.error();
        if (secret->isEmpty()) {
            return core::Error(core::ErrorCode::Configuration,
                               QCoreApplication::translate("DispatchWorkerPool",
                                                           "El secreto de los avisos de SMS (%1) está vacío")
                                   .arg(settings.smsReceiptSecretFile));
        }
        HttpAuthenticator authenticator;
        authenticator.requireHeader(settings.smsReceiptHeader, *secret);
        pool->m_receipts = std::make_unique<SmsReceiptHttpServer>(pool->m_runtime->service(), listen,
                                                                  settings.smsReceiptPath, std::move(authenticator));
    }
    qCInfo(lcDispatch) << "dispatch:" << *workers << "workers, e-mail" << (pool->m_runtime->mailEnabled() ? "on" : "off")
                       << ", sms" << (pool->m_runtime->smsEnabled() ? "on" : "off");
    return pool;
}

DispatchWorkerPool::~DispatchWorkerPool()
{
    stop();
}

core::Status DispatchWorkerPool::start()
{
    if (m_receipts) {
        const core::Status started = m_receipts->start();
        if (!started)
            return started;
    }
    for (auto& worker : m_workers)
        worker->start();
    {
        std::lock_guard lock(m_mutex);
        m_stopping = false;
    }
    m_purgeThread = std::thread([this] { purgeLoop(); });
    return {};
}

void DispatchWorkerPool::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wakeUp.notify_all();
    if (m_purgeThread.joinable())
        m_purgeThread.join();
    if (m_receipts)
        m_receipts->stop();
    for (auto& worker : m_workers)
        worker->stop();
}

void DispatchWorkerPool::purgeLoop()
{
    const core::DispatchSettings& settings = m_runtime->settings();
    // The last purge recorded (by any server) tells whether today's already ran.
    if (auto db = m_database->connection()) {
        auto last = core::SqlQuery::scalar(*db, QStringLiteral("SELECT MAX(started_at) FROM dispatch_purges"));
        if (last)
            m_lastPurge = core::SqlTimestamp::fromSql(*last).toLocalTime().date();
    }
    const core::Actor actor = core::Actor::system(QStringLiteral("server:dispatch"));
    for (;;) {
        const QDateTime now = core::Clock::system().nowUtc().toLocalTime();
        if (now.time() >= settings.purgeTime && m_lastPurge != now.date()) {
            auto counts = m_runtime->service().purge(actor);
            if (counts)
                m_lastPurge = now.date();
            else
                qCWarning(lcDispatch) << "retention purge failed:" << counts.error().message();
        }
        std::unique_lock lock(m_mutex);
        if (m_wakeUp.wait_for(lock, std::chrono::seconds(60), [this] { return m_stopping; }))
            break;
    }
    m_database->releaseThreadConnection();
}

} // namespace factora::server
