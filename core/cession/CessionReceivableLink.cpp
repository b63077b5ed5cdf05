// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "CessionReceivableLink.h"

#include "CessionLogging.h"
#include "CessionRepository.h"
#include "collection/ReceivableRepository.h"
#include "storage/SqlQuery.h"
#include "storage/SqlTimestamp.h"
#include "types/Rut.h"
#include "xml/LibXmlSupport.h"
#include "xml/SafeXmlParser.h"
#include "xml/XmlRuntime.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlQuery>

namespace factora::core {

namespace {
    /** @brief What the AEC says about the ceded invoice and its last cession. */
    struct CededInvoice
    {
        Rut receptorRut;
        QString receptorName;
        QDate issueDate;
        QDate dteDueDate; ///< FchVenc; invalid when absent
        QDate lastDueDate; ///< UltimoVencimiento of the last Cesion; invalid when absent
    };

    QString textOf(const xmlNode* parent, const char* name)
    {
        return libxml::text(libxml::firstChild(parent, name)).trimmed();
    }

    Result<CededInvoice> readAec(const QSqlDatabase& db, const Cession& cession)
    {
        if (auto ready = XmlRuntime::initialize(); !ready)
            return ready.error();
        QByteArray aec = cession.aec;
        if (aec.isEmpty()) {
            auto stored = CessionRepository::findById(db, cession.id);
            if (!stored)
                return stored.error();
            aec = stored->aec;
        }
        auto parsed = SafeXmlParser::parse(aec, cession.fileName);
        if (!parsed)
            return parsed.error();
        const xmlNode* root = xmlDocGetRootElement(parsed->document.get());
        const xmlNode* cesiones = libxml::firstChild(libxml::firstChild(root, "DocumentoAEC"), "Cesiones");
        const xmlNode* dte = libxml::firstChild(
            libxml::firstChild(libxml::firstChild(cesiones, "DTECedido"), "DocumentoDTECedido"), "DTE");
        const xmlNode* encabezado = libxml::firstChild(libxml::firstChild(dte, "Documento"), "Encabezado");
        const xmlNode* idDoc = libxml::firstChild(encabezado, "IdDoc");
        const xmlNode* receptor = libxml::firstChild(encabezado, "Receptor");

        CededInvoice invoice;
        auto rut = Rut::parse(textOf(receptor, "RUTRecep"));
        if (!rut)
            return Error(
                ErrorCode::InvalidInput,
                QCoreApplication::translate("CessionReceivableLink", "%1: el DTE cedido no trae un RUTRecep válido: %2")
                    .arg(cession.fileName, rut.error().message()));
        invoice.receptorRut = rut.value();
        invoice.receptorName = textOf(receptor, "RznSocRecep").simplified().left(100);
        if (invoice.receptorName.isEmpty())
            invoice.receptorName = invoice.receptorRut.toString();
        invoice.issueDate = QDate::fromString(textOf(idDoc, "FchEmis"), Qt::ISODate);
        if (!invoice.issueDate.isValid())
            return Error(
                ErrorCode::InvalidInput,
                QCoreApplication::translate("CessionReceivableLink", "%1: el DTE cedido no trae una FchEmis válida.")
                    .arg(cession.fileName));
        invoice.dteDueDate = QDate::fromString(textOf(idDoc, "FchVenc"), Qt::ISODate);
        int lastSeq = 0;
        for (const xmlNode* cesion : libxml::children(cesiones, "Cesion")) {
            const xmlNode* documento = libxml::firstChild(cesion, "DocumentoCesion");
            const int seq = textOf(documento, "SeqCesion").toInt();
            if (seq > lastSeq) {
                lastSeq = seq;
                invoice.lastDueDate = QDate::fromString(textOf(documento, "UltimoVencimiento"), Qt::ISODate);
            }
        }
        return invoice;
    }

    Result<std::optional<Rut>> factoringRut(const QSqlDatabase& db)
    {
        auto query = SqlQuery::exec(db, QStringLiteral("SELECT rut FROM companies WHERE is_factoring"));
        if (!query)
            return query.error();
        if (!query->next())
            return std::optional<Rut>();
        auto rut = Rut::parse(query->value(0).toString());
        if (!rut)
            return rut.error();
        return std::optional<Rut>(rut.value());
    }

    bool isRut(const QString& text, const Rut& rut)
    {
        const auto parsed = Rut::parse(text);
        return parsed && parsed.value() == rut;
    }

    QString documentId(const Cession& cession)
    {
        return QStringLiteral("%1/%2/%3").arg(cession.emitterRut).arg(cession.tipo).arg(cession.folio);
    }

    Status markDteCeded(const QSqlDatabase& db, AuditLog& audit, const Actor& actor, const Cession& cession,
                        const QString& now)
    {
        std::optional<qint64> dteId = cession.dteId;
        if (!dteId) {
            auto found = SqlQuery::exec(db,
                                        QStringLiteral("SELECT id FROM dtes WHERE emitter_rut = ? AND tipo = ? "
                                                       "AND folio = ?"),
                                        { cession.emitterRut, cession.tipo, cession.folio });
            if (!found)
                return found.error();
            if (!found->next())
                return {};
            dteId = found->value(0).toLongLong();
        }
        auto updated = SqlQuery::exec(
            db, QStringLiteral("UPDATE dtes SET state = 'ceded', updated_at = ? WHERE id = ? AND state <> 'ceded'"),
            { now, *dteId });
        if (!updated)
            return updated.error();
        if (updated->numRowsAffected() == 0)
            return {};
        return audit.append(db,
                            AuditEvent { actor.auditName(),
                                         QStringLiteral("dte.ceded"),
                                         QStringLiteral("dte"),
                                         documentId(cession),
                                         std::nullopt,
                                         { { QStringLiteral("dte_id"), *dteId },
                                           { QStringLiteral("cession_id"), cession.id },
                                           { QStringLiteral("cesionario"), cession.cesionarioRut } } });
    }

    Status auditReceivable(const QSqlDatabase& db, AuditLog& audit, const Actor& actor, const QString& action,
                           qint64 receivableId, const Cession& cession, QJsonObject details)
    {
        details.insert(QStringLiteral("cession_id"), cession.id);
        details.insert(QStringLiteral("document"), documentId(cession));
        return audit.append(db,
                            AuditEvent { actor.auditName(), action, QStringLiteral("receivable"),
                                         receivableId > 0 ? QString::number(receivableId) : documentId(cession),
                                         std::nullopt, details });
    }

    Status becameOurs(const QSqlDatabase& db, AuditLog& audit, const Actor& actor, const Cession& cession,
                      const QString& now)
    {
        auto invoice = readAec(db, cession);
        if (!invoice) {
            qCWarning(lcCession) << "cession" << cession.id << "annotated to the factoring, but its DTE cannot be read:"
                                 << invoice.error().message();
            return auditReceivable(db, audit, actor, QStringLiteral("receivable.not_collectable"), 0, cession,
                                   { { QStringLiteral("reason"), invoice.error().message() } });
        }
        Receivable terms;
        terms.source = Receivable::Source::Cession;
        terms.debtorRut = invoice->receptorRut;
        terms.debtorName = invoice->receptorName;
        terms.dteId = cession.dteId;
        terms.folio = cession.folio;
        terms.issueDate = invoice->issueDate;
        terms.dueDate = invoice->lastDueDate.isValid() ? invoice->lastDueDate
            : invoice->dteDueDate.isValid()            ? invoice->dteDueDate
                                                       : invoice->issueDate;
        if (terms.dueDate < terms.issueDate)
            terms.dueDate = terms.issueDate; // the table refuses a due date before the issue
        terms.amount = Money::fromPesos(cession.amount);
        const QJsonObject details { { QStringLiteral("debtor_rut"), terms.debtorRut.toString() },
                                    { QStringLiteral("amount"), cession.amount },
                                    { QStringLiteral("due_date"), terms.dueDate.toString(Qt::ISODate) } };

        auto ceded = ReceivableRepository::findCeded(db, cession.emitterRut, cession.tipo, cession.folio);
        if (!ceded)
            return ceded.error();
        if (ceded->has_value()) {
            const auto& link = ceded->value();
            if (link.state != QLatin1String("withdrawn"))
                return {}; // already collectable (or paid): a repeated annotation changes nothing
            if (auto back = ReceivableRepository::reinstate(db, link.id, cession.id, &terms, now); !back)
                return back;
            return auditReceivable(db, audit, actor, QStringLiteral("receivable.reinstated"), link.id, cession,
                                   details);
        }

        auto cartera = ReceivableRepository::findCarteraInvoice(db, terms.debtorRut, terms.folio);
        if (!cartera)
            return cartera.error();
        if (cartera->has_value()) {
            const auto& link = cartera->value();
            if (link.cessionId == cession.id && link.state != QLatin1String("withdrawn"))
                return {};
            Status linked = link.state == QLatin1String("withdrawn")
                ? ReceivableRepository::reinstate(db, link.id, cession.id, nullptr, now)
                : ReceivableRepository::linkCession(db, link.id, cession.id, now);
            if (!linked)
                return linked;
            QJsonObject matched = details;
            matched.insert(QStringLiteral("cartera_amount"), link.amount);
            matched.insert(QStringLiteral("cartera_due_date"), link.dueDate.toString(Qt::ISODate));
            matched.insert(QStringLiteral("cartera_state"),
                           link.state == QLatin1String("withdrawn") ? QStringLiteral("pending") : link.state);
            return auditReceivable(db, audit, actor, QStringLiteral("receivable.cession_matched_cartera"), link.id,
                                   cession, matched);
        }

        auto id = ReceivableRepository::insertCeded(db, terms, cession.emitterRut, cession.tipo, cession.id, now);
        if (!id)
            return id.error();
        qCInfo(lcCession) << "cession" << cession.id << cession.documentKey() << "made receivable" << id.value();
        return auditReceivable(db, audit, actor, QStringLiteral("receivable.from_cession"), id.value(), cession,
                               details);
    }

    Status leftUs(const QSqlDatabase& db, AuditLog& audit, const Actor& actor, const Cession& cession,
                  const QString& now)
    {
        auto pending = ReceivableRepository::pendingOfDocument(db, cession.emitterRut, cession.tipo, cession.folio);
        if (!pending)
            return pending.error();
        for (const auto& link : std::as_const(pending.value())) {
            if (auto withdrawn = ReceivableRepository::withdraw(db, link.id, cession.id, now); !withdrawn)
                return withdrawn;
            qCInfo(lcCession) << "cession" << cession.id << cession.documentKey() << "withdrew receivable" << link.id;
            if (auto audited
                = auditReceivable(db, audit, actor, QStringLiteral("receivable.withdrawn"), link.id, cession,
                                  { { QStringLiteral("cesionario"), cession.cesionarioRut },
                                    { QStringLiteral("amount"), link.amount },
                                    { QStringLiteral("source"), link.source } });
                !audited)
                return audited;
        }
        return {};
    }
} // namespace

Status CessionReceivableLink::cessionAnnotated(const QSqlDatabase& db, AuditLog& audit, const Actor& actor,
                                               const Cession& cession, const QDateTime& now)
{
    const QString nowText = SqlTimestamp::toSql(now);
    if (auto dte = markDteCeded(db, audit, actor, cession, nowText); !dte)
        return dte;
    auto factoring = factoringRut(db);
    if (!factoring)
        return factoring.error();
    if (!factoring->has_value()) {
        qCWarning(lcCession) << "cession" << cession.id
                             << "annotated, but no company is marked as the factoring: no receivable changes";
        return {};
    }
    const Rut& us = factoring->value();
    const bool toUs = isRut(cession.cesionarioRut, us);
    if (toUs)
        return becameOurs(db, audit, actor, cession, nowText);
    if (isRut(cession.cedenteRut, us))
        return leftUs(db, audit, actor, cession, nowText);
    return {};
}

} // namespace factora::core
