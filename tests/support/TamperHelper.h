// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "TestDatabase.h"

namespace factora::test {

/**
 * @brief What an attacker with the database owner's rights would do first: switch off the audit log's
 * append-only triggers, so that tests can edit, delete and reorder rows directly in SQL.
 */
class TamperHelper
{
public:
    static core::Status disableAuditTriggers(TestDatabase& db);
};

} // namespace factora::test
