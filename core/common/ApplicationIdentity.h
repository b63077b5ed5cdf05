// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "Configuration.h"
#include "Result.h"

class QCoreApplication;

namespace factora::core {

/**
 * @brief What every Factora program sets up first: its name and version, then language and log rules.
 *
 * All three programs share the application name "factora" so they find the same data folder (and so
 * the same default SQLite database) and the same configuration file.
 */
class ApplicationIdentity
{
public:
    /** @brief Sets organisation, application name and version; call right after constructing the application. */
    static void apply();

    /**
     * @brief Applies the settings every program honours: `general/language` and `log/rules`
     * (rules separated by ';', as in QT_LOGGING_RULES).
     */
    static Status applyConfiguration(QCoreApplication& app, const Configuration& configuration);
};

} // namespace factora::core
