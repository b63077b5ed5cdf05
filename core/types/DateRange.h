// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "common/Result.h"

#include <QDate>

namespace factora::core {

/** @brief Checks of a from–to date range given by a user (a query's filter, a report's period). */
namespace DateRange {

/**
 * @brief Both dates valid and @p from not after @p to; otherwise an InvalidInput error that says which, with the
 * dates in ISO form.
 */
Status check(const QDate& from, const QDate& to);

} // namespace DateRange

} // namespace factora::core
