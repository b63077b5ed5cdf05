// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "company/Company.h"
#include "security/UserSession.h"

#include <QString>

namespace factora::test {

/** @brief Small builders for test data. */
class Fixtures
{
public:
    /** @brief A valid canonical RUT with body @p body, e.g. rut(76354771) == "76354771-K". */
    static QString rut(qint64 body);
    /** @brief A company with a valid RUT built from @p body. */
    static core::Company company(qint64 body, const QString& name, bool cedente = true, bool debtor = false);
};

} // namespace factora::test
