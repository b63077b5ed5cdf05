// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "DteService.h"

#include "DteLogging.h"
#include "DteReader.h"
#include "DteRepository.h"
#include "company/CompanyRepository.h"
#include "security/Permission.h"
#include "storage/SqlTimestamp.h"
#include "storage/Transaction.h"
#include "types/Rut.h"

#include <QCoreApplication>

namespace factora::core {

namespace {

    QString dottedRut(const QString& canonical)
    {
        auto rut = Rut::parse(canonical);
        return rut ? rut->toDottedString() : canonical;
    }

    // The emitter's company, if Factora knows it.
    Result<std::optional<Company>> companyOf(const QSqlDatabase& db, const QString& rut)
    {
        auto company = CompanyRepository::findByRut(db, rut);
        if (company)
            return std::optional<Company>(company.value());
        if (company.error().code() == ErrorCode::NotFound)
            return std::optional<Company>();
        return company.error();
    }

    // Ok when @p actor may import DTEs emitted by @p company (nullopt: a company Factora does not know).
    Status mayImportFor(const Actor& actor, const std::optional<Company>& company, const QString& emitterRut)
    {
        if (company) {
            if (actor.requireCompany(company->id))
                return {};
        } else if (!actor.session() || actor.session()->has(Permission::CompaniesReadAll)) {
            return {};
        }
        return Error(
            ErrorCode::PermissionDenied,
            QCoreApplication::translate("DteService", "El emisor del DTE, RUT %1, no es una de las empresas del usuario %2; solo puede cargar DTE emitidos "
               "por sus empresas.")
                .arg(dottedRut(emitterRut), actor.session()->username()));
    }
} // namespace

DteService::DteService(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
    , m_audit(database, clock)
{
}

Result<DteImportReport> DteService::import(const Actor& actor, const QByteArray& fileBytes, const QString& fileName)
{
    if (auto allowed = actor.require(Permission::DteImport); !allowed)
        return allowed.error();
    auto inspections = DteReader::inspect(fileBytes, fileName);
    if (!inspections)
        return inspections.error();

    auto db = m_database.connection();
    if (!db)
        return db.error();
    auto tx = Transaction::begin(*db, m_database.dialect());
    if (!tx)
        return tx.error();
    const QString now = SqlTimestamp::toSql(m_clock.nowUtc());

    DteImportReport report;
    report.fileName = fileName;
    for (const DteInspection& inspection : inspections.value()) {
        const Dte& dte = inspection.dte;
        DteImportItem item;
        item.index = dte.index();
        item.line = dte.line();
        item.emitterRut = dte.emisor().rut;
        item.tipo = dte.tipo();
        item.folio = dte.folio();
        item.sha256 = dte.sha256Hex();
        item.signatureStatus = DteCheck::statusName(inspection.check.signatureStatus());

        if (!inspection.acceptable()) {
            item.outcome = DteImportItem::Outcome::Invalid;
            item.reason = inspection.reasons().join(u' ');
            report.items << item;
            continue;
        }
        auto company = companyOf(*db, dte.emisor().rut);
        if (!company)
            return company.error();
        const std::optional<qint64> companyId
            = company.value() ? std::optional<qint64>(company.value()->id) : std::nullopt;
        AuditEvent event { actor.auditName(),
                           QString(),
                           QStringLiteral("dte"),
                           dte.naturalKey(),
                           companyId,
                           { { QStringLiteral("file"), fileName },
                             { QStringLiteral("sha256"), dte.sha256Hex() },
                             { QStringLiteral("tipo"), dte.tipo() },
                             { QStringLiteral("folio"), dte.folio() },
                             { QStringLiteral("receptor"), dte.receptor().rut },
                             { QStringLiteral("monto_total"), dte.montos().total.pesos() },
                             { QStringLiteral("signature"), item.signatureStatus },
                             { QStringLiteral("schema_ok"), inspection.check.schemaValid } } };

        if (auto allowed = mayImportFor(actor, company.value(), dte.emisor().rut); !allowed) {
            item.outcome = DteImportItem::Outcome::Forbidden;
            item.reason = allowed.error().message();
            event.action = QStringLiteral("dte.import_denied");
            if (auto audited = m_audit.append(*db, event); !audited)
                return audited.error();
            report.items << item;
            continue;
        }

        auto existing = DteRepository::findByKey(*db, dte.emisor().rut, dte.tipo(), dte.folio());
        if (!existing)
            return existing.error();
        if (existing.value()) {
            const DteRecord& stored = *existing.value();
            item.outcome = DteImportItem::Outcome::Duplicate;
            item.dteId = stored.id;
            item.identicalBytes = stored.sha256 == dte.sha256Hex();
            if (item.identicalBytes) {
                item.reason
                    = QCoreApplication::translate("DteService", "Ya estaba cargado (id %1) con exactamente los mismos bytes; no se duplicó.").arg(stored.id);
            } else {
                item.reason
                    = QCoreApplication::translate("DteService", "Ya hay un DTE cargado (id %1) del mismo emisor, tipo y folio pero con bytes distintos "
                         "(SHA-256 %2 guardado, %3 en este archivo); se conserva el guardado.")
                          .arg(stored.id)
                          .arg(stored.sha256.left(12), dte.sha256Hex().left(12));
                event.action = QStringLiteral("dte.import_conflict");
                event.details.insert(QStringLiteral("stored_sha256"), stored.sha256);
                if (auto audited = m_audit.append(*db, event); !audited)
                    return audited.error();
            }
            report.items << item;
            continue;
        }

        auto id = DteRepository::insert(*db, dte, inspection.check, companyId, actor.auditName(), now);
        if (!id) {
            if (id.error().code() == ErrorCode::Conflict) {
                return Error(ErrorCode::Conflict,
                             QCoreApplication::translate("DteService", "Otro proceso cargó el DTE %1 al mismo tiempo; vuelva a cargar el archivo «%2».")
                                 .arg(dte.naturalKey(), fileName));
            }
            return id.error();
        }
        item.outcome = DteImportItem::Outcome::Imported;
        item.dteId = id.value();
        event.action = QStringLiteral("dte.import");
        event.details.insert(QStringLiteral("dte_id"), id.value());
        if (auto audited = m_audit.append(*db, event); !audited)
            return audited.error();
        report.items << item;
    }
    if (auto committed = tx->commit(); !committed)
        return committed.error();
    qCInfo(lcDte).noquote() << actor.auditName() << "imported" << fileName << "imported"
                            << report.count(DteImportItem::Outcome::Imported) << "duplicate"
                            << report.count(DteImportItem::Outcome::Duplicate) << "invalid"
                            << report.count(DteImportItem::Outcome::Invalid) << "forbidden"
                            << report.count(DteImportItem::Outcome::Forbidden);
    return report;
}

} // namespace factora::core
