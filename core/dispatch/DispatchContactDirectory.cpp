// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "DispatchContactDirectory.h"

#include "storage/SqlQuery.h"
#include "types/Rut.h"

namespace factora::core {

DispatchContactDirectory::DispatchContactDirectory(Database& database)
    : m_database(database)
{
}

Result<std::optional<DispatchContact>> DispatchContactDirectory::forDebtor(const QString& debtorRut) const
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    // companies.rut is canonical; a RUT read from a document may carry dots or a lower-case k.
    const auto rut = Rut::parse(debtorRut);
    const QString canonical = rut ? rut->toString() : debtorRut.trimmed();
    auto company = SqlQuery::exec(*db, QStringLiteral("SELECT email, telefono FROM companies WHERE rut = ?"),
                                  {canonical});
    if (!company)
        return company.error();
    if (!company->next())
        return std::optional<DispatchContact>();
    const DispatchContact known{company->value(0).toString().trimmed(), company->value(1).toString().trimmed()};
    if (known.email.isEmpty() && known.phone.isEmpty())
        return std::optional<DispatchContact>();
    return std::optional<DispatchContact>(known);
}

} // namespace factora::core
