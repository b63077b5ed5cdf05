// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "CompanyService.h"

#include "CompanyChannelRepository.h"
#include "CompanyRepository.h"
#include "security/Permission.h"
#include "storage/SqlQuery.h"
#include "storage/SqlTimestamp.h"
#include "storage/Transaction.h"
#include "types/Rut.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QVariant>

namespace factora::core {

namespace {
} // namespace

CompanyService::CompanyService(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
    , m_audit(database, clock)
{
}

Result<Company> CompanyService::addCompany(const Actor& actor, Company company)
{
    if (auto allowed = actor.require(Permission::CompaniesManage); !allowed)
        return allowed.error();
    auto rut = Rut::parse(company.rut);
    if (!rut)
        return rut.error();
    company.rut = rut->toString();
    company.razonSocial = company.razonSocial.trimmed();
    if (company.razonSocial.isEmpty() || company.razonSocial.size() > 100)
        return Error(ErrorCode::InvalidInput, QCoreApplication::translate("CompanyService", "La razón social debe tener entre 1 y 100 caracteres."));

    auto db = m_database.connection();
    if (!db)
        return db.error();
    auto tx = Transaction::begin(*db, m_database.dialect());
    if (!tx)
        return tx.error();
    auto id = CompanyRepository::insert(*db, company, SqlTimestamp::toSql(m_clock.nowUtc()));
    if (!id) {
        if (id.error().code() == ErrorCode::Conflict) {
            return Error(ErrorCode::Conflict,
                         company.isFactoring ? QCoreApplication::translate("CompanyService", "Ya existe la empresa %1, o ya hay una empresa de factoring.").arg(company.rut)
                                             : QCoreApplication::translate("CompanyService", "Ya existe una empresa con RUT %1.").arg(company.rut));
        }
        return id.error();
    }
    company.id = id.value();
    const AuditEvent event{actor.auditName(),
                           QStringLiteral("company.add"),
                           QStringLiteral("company"),
                           company.rut,
                           company.id,
                           {{QStringLiteral("razon_social"), company.razonSocial},
                            {QStringLiteral("factoring"), company.isFactoring},
                            {QStringLiteral("cedente"), company.isCedente},
                            {QStringLiteral("deudor"), company.isDebtor}}};
    if (auto audited = m_audit.append(*db, event); !audited)
        return audited.error();
    if (auto committed = tx->commit(); !committed)
        return committed.error();
    return company;
}

Result<QList<Company>> CompanyService::listCompanies(const Actor& actor)
{
    if (auto allowed = actor.require(Permission::CompaniesRead); !allowed)
        return allowed.error();
    auto db = m_database.connection();
    if (!db)
        return db.error();
    if (actor.session() && !actor.session()->has(Permission::CompaniesReadAll))
        return CompanyRepository::listByIds(*db, actor.session()->companyIds());
    return CompanyRepository::list(*db);
}

Result<Company> CompanyService::findByRut(const Actor& actor, const QString& rutText)
{
    if (auto allowed = actor.require(Permission::CompaniesRead); !allowed)
        return allowed.error();
    auto rut = Rut::parse(rutText);
    if (!rut)
        return rut.error();
    auto db = m_database.connection();
    if (!db)
        return db.error();
    auto company = CompanyRepository::findByRut(*db, rut->toString());
    if (!company)
        return company;
    // Someone else's company answers exactly like a missing one, so a cedente cannot probe for RUTs.
    if (!actor.requireCompany(company->id))
        return Error(ErrorCode::NotFound, QCoreApplication::translate("CompanyService", "No hay empresa con RUT %1.").arg(rut->toString()));
    return company;
}

Status CompanyService::setEnabled(const Actor& actor, const QString& rutText, bool enabled)
{
    if (auto allowed = actor.require(Permission::CompaniesManage); !allowed)
        return allowed;
    auto company = findByRut(actor, rutText);
    if (!company)
        return company.error();
    auto db = m_database.connection();
    if (!db)
        return db.error();
    auto tx = Transaction::begin(*db, m_database.dialect());
    if (!tx)
        return tx.error();
    if (auto changed = CompanyRepository::setEnabled(*db, company->id, enabled, SqlTimestamp::toSql(m_clock.nowUtc()));
        !changed) {
        return changed;
    }
    const AuditEvent event{actor.auditName(), enabled ? QStringLiteral("company.enable") : QStringLiteral("company.disable"),
                           QStringLiteral("company"), company->rut, company->id, {}};
    if (auto audited = m_audit.append(*db, event); !audited)
        return audited;
    return tx->commit();
}

Result<Company> CompanyService::updateCompany(const Actor& actor, Company company)
{
    if (auto allowed = actor.require(Permission::CompaniesManage); !allowed)
        return allowed.error();
    company.razonSocial = company.razonSocial.trimmed();
    if (company.razonSocial.isEmpty() || company.razonSocial.size() > 100)
        return Error(ErrorCode::InvalidInput, QCoreApplication::translate("CompanyService", "La razón social debe tener entre 1 y 100 caracteres."));
    auto stored = findByRut(actor, company.rut);
    if (!stored)
        return stored.error();
    company.id = stored->id;
    company.rut = stored->rut;
    company.enabled = stored->enabled;
    QJsonObject changes;
    const auto note = [&changes](const char* field, const QVariant& before, const QVariant& after) {
        if (before != after)
            changes.insert(QLatin1StringView(field), QJsonObject{{QStringLiteral("old"), QJsonValue::fromVariant(before)},
                                                                 {QStringLiteral("new"), QJsonValue::fromVariant(after)}});
    };
    note("razon_social", stored->razonSocial, company.razonSocial);
    note("giro", stored->giro, company.giro);
    note("direccion", stored->direccion, company.direccion);
    note("comuna", stored->comuna, company.comuna);
    note("email", stored->email, company.email);
    note("telefono", stored->telefono, company.telefono);
    note("factoring", stored->isFactoring, company.isFactoring);
    note("cedente", stored->isCedente, company.isCedente);
    note("deudor", stored->isDebtor, company.isDebtor);
    if (changes.isEmpty())
        return company;

    auto db = m_database.connection();
    if (!db)
        return db.error();
    auto tx = Transaction::begin(*db, m_database.dialect());
    if (!tx)
        return tx.error();
    if (auto updated = CompanyRepository::update(*db, company, SqlTimestamp::toSql(m_clock.nowUtc())); !updated) {
        if (updated.error().code() == ErrorCode::Conflict)
            return Error(ErrorCode::Conflict, QCoreApplication::translate("CompanyService", "Ya hay una empresa de factoring; %1 no puede serlo también.").arg(company.rut));
        return updated.error();
    }
    const AuditEvent event{actor.auditName(), QStringLiteral("company.update"), QStringLiteral("company"), company.rut,
                           company.id, changes};
    if (auto audited = m_audit.append(*db, event); !audited)
        return audited.error();
    if (auto committed = tx->commit(); !committed)
        return committed.error();
    return company;
}

Result<QHash<qint64, CompanyChannels>> CompanyService::listChannels(const Actor& actor)
{
    if (auto allowed = actor.require(Permission::CompaniesRead); !allowed)
        return allowed.error();
    auto db = m_database.connection();
    if (!db)
        return db.error();
    auto all = CompanyChannelRepository::all(*db);
    if (!all || !actor.session() || actor.session()->has(Permission::CompaniesReadAll))
        return all;
    QHash<qint64, CompanyChannels> own;
    for (qint64 id : actor.session()->companyIds()) {
        if (all->contains(id))
            own.insert(id, all->value(id));
    }
    return own;
}

Status CompanyService::setChannels(const Actor& actor, const CompanyChannels& channels)
{
    if (auto allowed = actor.require(Permission::CompaniesManage); !allowed)
        return allowed;
    auto db = m_database.connection();
    if (!db)
        return db.error();
    auto tx = Transaction::begin(*db, m_database.dialect());
    if (!tx)
        return tx.error();
    auto before = CompanyChannelRepository::find(*db, channels.companyId);
    if (!before)
        return before.error();
    if (before.value() == channels)
        return {}; // nothing changes, nothing to audit
    if (auto updated = CompanyChannelRepository::update(*db, channels, SqlTimestamp::toSql(m_clock.nowUtc())); !updated)
        return updated;
    auto rut = SqlQuery::scalar(*db, QStringLiteral("SELECT rut FROM companies WHERE id = ?"), {channels.companyId});
    if (!rut)
        return rut.error();
    const AuditEvent event{actor.auditName(),
                           QStringLiteral("company.channels"),
                           QStringLiteral("company"),
                           rut->toString(),
                           channels.companyId,
                           {{QStringLiteral("caja_vecina"), channels.cajaVecina},
                            {QStringLiteral("email"), channels.email},
                            {QStringLiteral("sms"), channels.sms}}};
    if (auto audited = m_audit.append(*db, event); !audited)
        return audited;
    return tx->commit();
}

} // namespace factora::core
