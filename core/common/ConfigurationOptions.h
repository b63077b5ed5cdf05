// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "Configuration.h"
#include "Result.h"

#include <QCommandLineParser>
#include <QProcessEnvironment>

namespace factora::core {

/**
 * @brief The command-line options the desktop program and the server share for their configuration:
 * `--config FILE` and `--database URL` (short for the override database/url).
 */
class ConfigurationOptions
{
public:
    /** @brief Adds --config and --database to @p parser. */
    static void addTo(QCommandLineParser& parser);

    /** @brief The configuration those options (after parsing) and @p environment name. */
    static Result<Configuration> load(const QCommandLineParser& parser, const QProcessEnvironment& environment);
};

} // namespace factora::core
