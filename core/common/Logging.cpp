// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "Logging.h"

Q_LOGGING_CATEGORY(lcConfig, "factora.core.config", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSql, "factora.core.sql", QtInfoMsg)
Q_LOGGING_CATEGORY(lcMigration, "factora.core.migration", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSecurity, "factora.core.security", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAudit, "factora.core.audit", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSecrets, "factora.core.secrets", QtInfoMsg)
