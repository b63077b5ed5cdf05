// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "TamperHelper.h"

namespace factora::test {

core::Status TamperHelper::disableAuditTriggers(TestDatabase& db)
{
    if (db.dialect() == core::SqlDialect::PostgreSql)
        return db.exec(QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER USER"));
    if (auto dropped = db.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")); !dropped)
        return dropped;
    return db.exec(QStringLiteral("DROP TRIGGER audit_log_no_delete"));
}

} // namespace factora::test
