// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include <QLoggingCategory>

// Logging categories of the core library, one per module, all under "factora.core.".
// Enable with QT_LOGGING_RULES or the "log/rules" setting, e.g. "factora.core.sql.debug=true".
// Never log secrets, certificate blobs or bound SQL values above debug level.
Q_DECLARE_LOGGING_CATEGORY(lcConfig)
Q_DECLARE_LOGGING_CATEGORY(lcSql)
Q_DECLARE_LOGGING_CATEGORY(lcMigration)
Q_DECLARE_LOGGING_CATEGORY(lcSecurity)
Q_DECLARE_LOGGING_CATEGORY(lcAudit)
Q_DECLARE_LOGGING_CATEGORY(lcSecrets)
