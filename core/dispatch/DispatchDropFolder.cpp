// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "DispatchDropFolder.h"

#include "DispatchComposer.h"
#include "DispatchContactDirectory.h"
#include "DispatchLogging.h"

#include "audit/AuditLog.h"
#include "dte/DteReader.h"
#include "invoice/InvoiceDocumentReader.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <utility>

namespace factora::core {

namespace {

const QString auditObjectType = QStringLiteral("dispatch_drop_file");
const QString auditAction = QStringLiteral("dispatch.drop_folder");

/** @brief The database failed: try the file again later instead of rejecting it. */
bool isTransient(const Error& error)
{
    return error.code() == ErrorCode::Storage || error.code() == ErrorCode::Unavailable;
}

bool isIgnoredName(const QString& name)
{
    return name.startsWith(u'.') || name.endsWith(u".part", Qt::CaseInsensitive)
        || name.endsWith(u".tmp", Qt::CaseInsensitive);
}

bool isXml(const QString& name)
{
    return name.endsWith(u".xml", Qt::CaseInsensitive);
}

bool isSidecar(const QString& name)
{
    return name.endsWith(u".json", Qt::CaseInsensitive);
}

Result<QByteArray> readFile(const QString& path, const QString& fileName)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error(ErrorCode::Io, QCoreApplication::translate("DispatchDropFolder", "No se pudo leer «%1»: %2")
                                        .arg(fileName, file.errorString()));
    }
    if (file.size() > DteReader::maxFileBytes) {
        return Error(ErrorCode::InvalidInput,
                     QCoreApplication::translate("DispatchDropFolder",
                                                 "«%1» pesa %2 bytes; el máximo es %3")
                         .arg(fileName)
                         .arg(file.size())
                         .arg(DteReader::maxFileBytes));
    }
    return file.readAll();
}

/** @brief Renames @p from to @p to, replacing @p to (the same file handled before a crash). */
bool moveReplacing(const QString& from, const QString& to)
{
    if (QFile::exists(to) && !QFile::remove(to))
        return false;
    return QFile::rename(from, to);
}

bool writeAtomically(const QString& path, const QByteArray& content)
{
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size() && file.commit();
}

struct Sidecar
{
    QString email;
    QString phone;
    QString attach;
};

Result<Sidecar> parseSidecar(const QByteArray& bytes, const QString& name)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error(ErrorCode::InvalidInput,
                     QCoreApplication::translate("DispatchDropFolder",
                                                 "«%1» no es un objeto JSON válido (posición %2: %3)")
                         .arg(name)
                         .arg(parseError.offset)
                         .arg(parseError.errorString()));
    }
    if (!document.isObject()) {
        return Error(ErrorCode::InvalidInput,
                     QCoreApplication::translate("DispatchDropFolder",
                                                 "«%1» no es un objeto JSON válido: debe ser {\"email\": …, "
                                                 "\"phone\": …, \"attach\": …}")
                         .arg(name));
    }
    const QJsonObject object = document.object();
    Sidecar sidecar;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        QString* field = nullptr;
        if (it.key() == u"email")
            field = &sidecar.email;
        else if (it.key() == u"phone")
            field = &sidecar.phone;
        else if (it.key() == u"attach")
            field = &sidecar.attach;
        if (!field) {
            return Error(ErrorCode::InvalidInput,
                         QCoreApplication::translate("DispatchDropFolder",
                                                     "«%1» tiene el campo desconocido «%2»; se admiten email, phone "
                                                     "y attach")
                             .arg(name, it.key()));
        }
        if (!it.value().isString() && !it.value().isNull()) {
            return Error(ErrorCode::InvalidInput,
                         QCoreApplication::translate("DispatchDropFolder", "En «%1», «%2» debe ser un texto")
                             .arg(name, it.key()));
        }
        *field = it.value().toString().trimmed();
    }
    return sidecar;
}

} // namespace

DispatchDropFolder::DispatchDropFolder(QString folder, Database& database, DispatchService& service,
                                       const Actor& actor, QString defaultAttachment, const Clock& clock)
    : m_folder(QDir::cleanPath(std::move(folder)))
    , m_database(database)
    , m_service(service)
    , m_actor(actor)
    , m_defaultAttachment(std::move(defaultAttachment))
    , m_clock(clock)
{
}

Status DispatchDropFolder::prepare()
{
    const QFileInfo info(m_folder);
    if (!info.isDir()) {
        return Error(ErrorCode::Configuration,
                     QCoreApplication::translate("DispatchDropFolder",
                                                 "La carpeta de entrega de facturas «%1» (dispatch/drop_folder) no "
                                                 "existe")
                         .arg(m_folder));
    }
    for (QLatin1StringView sub : {processingFolder, doneFolder, rejectedFolder}) {
        const QString dir = m_folder + u'/' + sub;
        if (!QDir().mkpath(dir)) {
            return Error(ErrorCode::Configuration,
                         QCoreApplication::translate("DispatchDropFolder",
                                                     "No se pudo crear la carpeta «%1» de la carpeta de entrega")
                             .arg(dir));
        }
    }
    return {};
}

QString DispatchDropFolder::path(QLatin1StringView subfolder, const QString& name) const
{
    return subfolder.isEmpty() ? m_folder + u'/' + name : m_folder + u'/' + subfolder + u'/' + name;
}

QString DispatchDropFolder::sidecarName(const QString& xmlName)
{
    return xmlName.left(xmlName.size() - 4) + QStringLiteral(".json");
}

QString DispatchDropFolder::taggedName(const QString& xmlName, const QString& key, const QString& suffix)
{
    const QString stem = isXml(xmlName) ? xmlName.left(xmlName.size() - 4) : xmlName;
    return stem + u'.' + key.left(12) + suffix;
}

QString DispatchDropFolder::fileKey(const QString& fileName, const QByteArray& xml)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(fileName.toUtf8());
    hash.addData(QByteArrayView("\0", 1));
    hash.addData(xml);
    return QString::fromLatin1(hash.result().toHex());
}

Result<QList<DispatchDropOutcome>> DispatchDropFolder::poll()
{
    if (const Status prepared = prepare(); !prepared)
        return prepared.error();
    QList<DispatchDropOutcome> outcomes;

    // What a previous poll (or a process that died) left half done.
    const QDir processing(m_folder + u'/' + processingFolder);
    const QStringList pending = processing.entryList({QStringLiteral("*.xml"), QStringLiteral("*.XML")},
                                                     QDir::Files, QDir::Name);
    for (const QString& name : pending)
        outcomes.append(handle(name));

    const QDir incoming(m_folder);
    if (!incoming.isReadable()) {
        return Error(ErrorCode::Io, QCoreApplication::translate("DispatchDropFolder",
                                                                "No se puede leer la carpeta de entrega «%1»")
                                        .arg(m_folder));
    }
    QHash<QString, Seen> now;
    const QFileInfoList entries = incoming.entryInfoList(QDir::Files | QDir::Hidden, QDir::Name);
    for (const QFileInfo& entry : entries) {
        if (!isIgnoredName(entry.fileName()))
            now.insert(entry.fileName(), Seen{entry.size(), entry.lastModified()});
    }
    const QHash<QString, Seen> before = std::exchange(m_seen, now);
    const auto stable = [&](const QString& name) {
        const auto was = before.constFind(name);
        return was != before.cend() && now.contains(name) && *was == now.value(name);
    };
    QStringList names = now.keys();
    names.sort();
    for (const QString& name : std::as_const(names)) {
        if (isSidecar(name))
            continue; // taken with its XML; one without XML waits for it
        if (!stable(name))
            continue; // new since the last poll, or still being written
        if (!isXml(name)) {
            outcomes.append(rejectForeign(
                name, QCoreApplication::translate("DispatchDropFolder",
                                                  "solo se aceptan facturas .xml (DTE, EnvioDTE o AEC), cada una con "
                                                  "un .json opcional con el contacto")));
            m_seen.remove(name);
            continue;
        }
        const QString sidecar = sidecarName(name);
        if (now.contains(sidecar) && !stable(sidecar))
            continue; // the sidecar is still being written
        QString why;
        if (!take(name, now.contains(sidecar) ? sidecar : QString(), &why)) {
            qCWarning(lcDispatch) << "drop folder: could not take" << name << ":" << why;
            DispatchDropOutcome outcome;
            outcome.fileName = name;
            outcome.reason = why;
            outcomes.append(outcome);
            continue;
        }
        m_seen.remove(name);
        m_seen.remove(sidecar);
        outcomes.append(handle(name));
    }
    return outcomes;
}

bool DispatchDropFolder::take(const QString& fileName, const QString& sidecar, QString* why)
{
    // A file rejected before and uploaded again is decided afresh: drop the old verdict first.
    auto xml = readFile(path({}, fileName), fileName);
    if (xml) {
        const QString key = fileKey(fileName, *xml);
        for (const QString& suffix : {QStringLiteral(".error.txt"), QStringLiteral(".xml"), QStringLiteral(".json")})
            QFile::remove(path(rejectedFolder, taggedName(fileName, key, suffix)));
    }
    // The sidecar goes first: an XML in processing/ is a file ready to decide, with its sidecar next to it.
    if (!sidecar.isEmpty() && !moveReplacing(path({}, sidecar), path(processingFolder, sidecar))) {
        *why = QCoreApplication::translate("DispatchDropFolder", "No se pudo mover «%1» a %2/")
                   .arg(sidecar, processingFolder);
        return false;
    }
    if (!moveReplacing(path({}, fileName), path(processingFolder, fileName))) {
        *why = QCoreApplication::translate("DispatchDropFolder", "No se pudo mover «%1» a %2/")
                   .arg(fileName, processingFolder);
        return false;
    }
    return true;
}

DispatchDropOutcome DispatchDropFolder::handle(const QString& fileName)
{
    DispatchDropOutcome deferred;
    deferred.fileName = fileName;
    auto xml = readFile(path(processingFolder, fileName), fileName);
    if (!xml) {
        if (xml.error().code() == ErrorCode::InvalidInput)
            return finishRejected(fileName, fileKey(fileName, {}), xml.error().message());
        deferred.reason = xml.error().message();
        qCWarning(lcDispatch) << "drop folder:" << fileName << "deferred:" << deferred.reason;
        return deferred;
    }
    const QString key = fileKey(fileName, *xml);

    // Rejected before a crash interrupted the moves: finish them.
    const QString verdict = path(rejectedFolder, taggedName(fileName, key, QStringLiteral(".error.txt")));
    if (QFile::exists(verdict)) {
        QFile previous(verdict);
        const QString reason = previous.open(QIODevice::ReadOnly) ? QString::fromUtf8(previous.readAll()).trimmed()
                                                                  : QString();
        return finishRejected(fileName, key, reason);
    }
    // Enqueued before a crash interrupted the moves (or the same file uploaded again).
    auto before = enqueuedBefore(key);
    if (!before) {
        deferred.reason = before.error().message();
        qCWarning(lcDispatch) << "drop folder:" << fileName << "deferred:" << deferred.reason;
        return deferred;
    }
    if (before->has_value())
        return finishDone(fileName, key, DispatchDropOutcome::Kind::AlreadyEnqueued, before->value(), {});

    std::optional<QByteArray> sidecar;
    const QString sidecarPath = path(processingFolder, sidecarName(fileName));
    if (QFile::exists(sidecarPath)) {
        auto bytes = readFile(sidecarPath, sidecarName(fileName));
        if (!bytes) {
            if (bytes.error().code() == ErrorCode::InvalidInput)
                return finishRejected(fileName, key, bytes.error().message());
            deferred.reason = bytes.error().message();
            return deferred;
        }
        sidecar = bytes.value();
    }
    auto decision = enqueue(fileName, key, *xml, sidecar);
    if (!decision) {
        if (isTransient(decision.error())) {
            deferred.reason = decision.error().message();
            qCWarning(lcDispatch) << "drop folder:" << fileName << "deferred:" << deferred.reason;
            return deferred;
        }
        return finishRejected(fileName, key, decision.error().message());
    }
    return finishDone(fileName, key, DispatchDropOutcome::Kind::Enqueued, decision->dispatchIds, decision->requests);
}

Result<std::optional<QList<qint64>>> DispatchDropFolder::enqueuedBefore(const QString& key)
{
    auto records = AuditLog(m_database, m_clock).recent(1, auditObjectType, key);
    if (!records)
        return records.error();
    if (records->isEmpty())
        return std::optional<QList<qint64>>();
    QList<qint64> ids;
    const QJsonArray dispatches = records->first().event.details.value(QStringLiteral("dispatches")).toArray();
    for (const QJsonValue& id : dispatches)
        ids.append(id.toInteger());
    return std::optional<QList<qint64>>(ids);
}

Result<DispatchDropFolder::Decision> DispatchDropFolder::enqueue(const QString& fileName, const QString& key,
                                                                 const QByteArray& xml,
                                                                 const std::optional<QByteArray>& sidecarBytes)
{
    Sidecar sidecar;
    const QString sidecarFile = sidecarName(fileName);
    if (sidecarBytes) {
        auto parsed = parseSidecar(*sidecarBytes, sidecarFile);
        if (!parsed)
            return parsed.error();
        sidecar = parsed.value();
    }
    const QString attachment = sidecar.attach.isEmpty() ? m_defaultAttachment : sidecar.attach;

    auto documents = InvoiceDocumentReader::load(xml, fileName);
    if (!documents)
        return documents.error();
    if (documents->isEmpty()) {
        return Error(ErrorCode::InvalidInput,
                     QCoreApplication::translate("DispatchDropFolder", "«%1» no contiene ningún DTE").arg(fileName));
    }
    const DispatchContactDirectory directory(m_database);
    QList<DispatchRequest> requests;
    for (const InvoiceDocument& document : std::as_const(*documents)) {
        auto request = DispatchComposer::requestFromDocument(xml, fileName,
                                                             documents->size() == 1 ? 0 : document.dte.folio());
        if (!request)
            return request.error();
        if (!sidecar.email.isEmpty() || !sidecar.phone.isEmpty()) {
            request->email = sidecar.email;
            request->phone = sidecar.phone;
        } else {
            auto contact = directory.forDebtor(request->debtorRut);
            if (!contact)
                return contact.error();
            if (!contact->has_value()) {
                return Error(ErrorCode::InvalidInput,
                             QCoreApplication::translate("DispatchDropFolder",
                                                         "No hay correo ni teléfono para el folio %1: el deudor %2 "
                                                         "no tiene contacto en su ficha de empresa y no se entregó "
                                                         "«%3» con email o phone")
                                 .arg(request->folio)
                                 .arg(request->debtorRut, sidecarFile));
            }
            request->email = contact->value().email;
            request->phone = contact->value().phone;
        }
        request->attachmentKind = attachment;
        requests.append(request.value());
    }

    auto db = m_database.connection();
    if (!db)
        return db.error();
    auto tx = Transaction::begin(*db, m_database.dialect());
    if (!tx)
        return tx.error();
    Decision decision;
    QJsonArray ids;
    QJsonArray keys;
    for (const DispatchRequest& request : std::as_const(requests)) {
        auto id = m_service.enqueue(request, m_actor); // a savepoint inside this transaction
        if (!id)
            return id.error();
        decision.dispatchIds.append(*id);
        ids.append(*id);
        keys.append(request.documentKey());
    }
    AuditEvent event;
    event.actor = m_actor.auditName();
    event.action = auditAction;
    event.objectType = auditObjectType;
    event.objectId = key;
    event.details = QJsonObject{{QStringLiteral("file"), fileName},
                                {QStringLiteral("folder"), m_folder},
                                {QStringLiteral("sidecar"), sidecarBytes.has_value()},
                                {QStringLiteral("dispatches"), ids},
                                {QStringLiteral("documents"), keys}};
    if (const Status audited = AuditLog(m_database, m_clock).append(*db, event); !audited)
        return audited.error();
    if (const Status committed = tx->commit(); !committed)
        return committed.error();
    decision.requests = requests;
    return decision;
}

DispatchDropOutcome DispatchDropFolder::finishDone(const QString& fileName, const QString& key,
                                                   DispatchDropOutcome::Kind kind, const QList<qint64>& ids,
                                                   const QList<DispatchRequest>& requests)
{
    DispatchDropOutcome outcome;
    outcome.fileName = fileName;
    outcome.kind = kind;
    outcome.dispatchIds = ids;
    QJsonArray dispatches;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        QJsonObject dispatch{{QStringLiteral("id"), ids.at(i)}};
        if (i < requests.size()) {
            dispatch.insert(QStringLiteral("document"), requests.at(i).documentKey());
            dispatch.insert(QStringLiteral("debtor_rut"), requests.at(i).debtorRut);
            dispatch.insert(QStringLiteral("email"), requests.at(i).email.trimmed().toLower());
            dispatch.insert(QStringLiteral("phone"), requests.at(i).phone.trimmed());
        }
        dispatches.append(dispatch);
    }
    const QJsonObject result{{QStringLiteral("file"), fileName},
                             {QStringLiteral("key"), key},
                             {QStringLiteral("processed_at"), m_clock.nowUtc().toString(Qt::ISODate)},
                             {QStringLiteral("already_enqueued"), kind == DispatchDropOutcome::Kind::AlreadyEnqueued},
                             {QStringLiteral("dispatches"), dispatches}};
    const QString sidecar = sidecarName(fileName);
    // Result first, the XML last: while the XML is in processing/, the move is not finished.
    const bool moved = writeAtomically(path(doneFolder, taggedName(fileName, key, QStringLiteral(".result.json"))),
                                       QJsonDocument(result).toJson(QJsonDocument::Indented))
        && (!QFile::exists(path(processingFolder, sidecar))
            || moveReplacing(path(processingFolder, sidecar),
                             path(doneFolder, taggedName(fileName, key, QStringLiteral(".json")))))
        && moveReplacing(path(processingFolder, fileName),
                         path(doneFolder, taggedName(fileName, key, QStringLiteral(".xml"))));
    if (!moved) {
        // Enqueued (and audited): the next poll finds it in processing/ and only moves it.
        qCWarning(lcDispatch) << "drop folder:" << fileName << "enqueued as" << ids << "but not moved to done/";
    }
    qCInfo(lcDispatch) << "drop folder:" << fileName
                       << (kind == DispatchDropOutcome::Kind::Enqueued ? "enqueued as" : "already enqueued as") << ids;
    return outcome;
}

DispatchDropOutcome DispatchDropFolder::finishRejected(const QString& fileName, const QString& key,
                                                       const QString& reason)
{
    DispatchDropOutcome outcome;
    outcome.fileName = fileName;
    outcome.kind = DispatchDropOutcome::Kind::Rejected;
    outcome.reason = reason;
    const QString text = QCoreApplication::translate("DispatchDropFolder", "«%1» rechazado el %2 UTC: %3\n")
                             .arg(fileName, m_clock.nowUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), reason);
    const QString verdict = path(rejectedFolder, taggedName(fileName, key, QStringLiteral(".error.txt")));
    const QString sidecar = sidecarName(fileName);
    const bool moved = (QFile::exists(verdict) || writeAtomically(verdict, text.toUtf8()))
        && (!QFile::exists(path(processingFolder, sidecar))
            || moveReplacing(path(processingFolder, sidecar),
                             path(rejectedFolder, taggedName(fileName, key, QStringLiteral(".json")))))
        && moveReplacing(path(processingFolder, fileName),
                         path(rejectedFolder, taggedName(fileName, key, QStringLiteral(".xml"))));
    if (!moved)
        qCWarning(lcDispatch) << "drop folder:" << fileName << "rejected but not moved to rejected/";
    qCInfo(lcDispatch) << "drop folder:" << fileName << "rejected:" << reason;
    return outcome;
}

DispatchDropOutcome DispatchDropFolder::rejectForeign(const QString& fileName, const QString& reason)
{
    DispatchDropOutcome outcome;
    outcome.fileName = fileName;
    outcome.kind = DispatchDropOutcome::Kind::Rejected;
    outcome.reason = reason;
    const QString text = QCoreApplication::translate("DispatchDropFolder", "«%1» rechazado el %2 UTC: %3\n")
                             .arg(fileName, m_clock.nowUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), reason);
    if (!moveReplacing(path({}, fileName), path(rejectedFolder, fileName))
        || !writeAtomically(path(rejectedFolder, fileName + QStringLiteral(".error.txt")), text.toUtf8())) {
        qCWarning(lcDispatch) << "drop folder:" << fileName << "could not be moved to rejected/";
    }
    qCInfo(lcDispatch) << "drop folder:" << fileName << "rejected:" << reason;
    return outcome;
}

} // namespace factora::core
