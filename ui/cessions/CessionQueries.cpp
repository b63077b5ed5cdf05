// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "CessionQueries.h"

#include "cession/CessionRepository.h"
#include "company/CompanyRepository.h"
#include "dte/DteRepository.h"
#include "storage/Database.h"

#include <QSet>

#include <algorithm>

namespace factora::ui {

using namespace factora::core;

Result<std::optional<QStringList>> CessionQueries::companyRuts(Database& database,
                                                               const std::optional<QList<qint64>>& companyIds)
{
    if (!companyIds)
        return std::optional<QStringList>();
    auto db = database.connection();
    if (!db)
        return db.error();
    auto companies = CompanyRepository::listByIds(db.value(), *companyIds);
    if (!companies)
        return companies.error();
    QStringList ruts;
    for (const Company& company : std::as_const(companies.value()))
        ruts << company.rut;
    return std::optional<QStringList>(ruts);
}

Result<QList<Cession>> CessionQueries::visibleCessions(Database& database,
                                                       const std::optional<QList<qint64>>& companyIds)
{
    auto ruts = companyRuts(database, companyIds);
    if (!ruts)
        return ruts.error();
    auto db = database.connection();
    if (!db)
        return db.error();
    auto all = CessionRepository::listInStates(db.value(), CessionStates::all());
    if (!all)
        return all.error();
    QList<Cession> visible;
    for (Cession& cession : all.value()) {
        if (ruts->has_value() && !(*ruts)->contains(cession.cedenteRut) && !(*ruts)->contains(cession.emitterRut))
            continue;
        cession.aec.clear();
        visible << std::move(cession);
    }
    std::reverse(visible.begin(), visible.end());
    return visible;
}

Result<QList<DteRecord>> CessionQueries::cedibleDtes(Database& database, const std::optional<QList<qint64>>& companyIds)
{
    auto db = database.connection();
    if (!db)
        return db.error();
    auto dtes = DteRepository::list(db.value(), companyIds);
    if (!dtes)
        return dtes.error();
    QList<CessionState> live = CessionStates::all();
    live.removeAll(CessionState::Rejected);
    live.removeAll(CessionState::Annulled);
    auto cessions = CessionRepository::listInStates(db.value(), live);
    if (!cessions)
        return cessions.error();
    QSet<QString> ceded;
    for (const Cession& cession : std::as_const(cessions.value()))
        ceded.insert(QStringLiteral("%1/%2/%3").arg(cession.emitterRut).arg(cession.tipo).arg(cession.folio));
    QList<DteRecord> cedible;
    for (const DteRecord& dte : std::as_const(dtes.value())) {
        if (dte.state != QLatin1StringView("approved"))
            continue;
        if (ceded.contains(QStringLiteral("%1/%2/%3").arg(dte.emitterRut).arg(dte.tipo).arg(dte.folio)))
            continue;
        cedible << dte;
    }
    return cedible;
}

Result<Dte> CessionQueries::loadDte(Database& database, qint64 dteId)
{
    auto db = database.connection();
    if (!db)
        return db.error();
    return DteRepository::load(db.value(), dteId);
}

Result<std::optional<Company>> CessionQueries::factoringCompany(Database& database)
{
    auto db = database.connection();
    if (!db)
        return db.error();
    auto companies = CompanyRepository::list(db.value());
    if (!companies)
        return companies.error();
    for (const Company& company : std::as_const(companies.value())) {
        if (company.isFactoring && company.enabled)
            return std::optional<Company>(company);
    }
    return std::optional<Company>();
}

Result<std::optional<Company>> CessionQueries::companyByRut(Database& database, const QString& rut)
{
    auto db = database.connection();
    if (!db)
        return db.error();
    auto company = CompanyRepository::findByRut(db.value(), rut);
    if (!company) {
        if (company.error().code() == ErrorCode::NotFound)
            return std::optional<Company>();
        return company.error();
    }
    return std::optional<Company>(company.value());
}

} // namespace factora::ui
