// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

namespace factora::core {

/** @brief The two database engines Factora runs on, with the same schema and behaviour. */
enum class SqlDialect {
    Sqlite,     ///< the embedded file database of a single machine
    PostgreSql, ///< the central database
};

} // namespace factora::core
