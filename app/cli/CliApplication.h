// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "CliContext.h"
#include "Command.h"

#include <memory>
#include <vector>

namespace factora::cli {

/**
 * @brief factora-cli: global options, then a command.
 *
 *   factora-cli [--config FILE] [--database URL] [--set section/key=value]... COMMAND [options]
 *
 * --database is a shorthand for --set database/url=URL. `factora-cli --help` lists the commands;
 * `factora-cli COMMAND --help` shows one.
 */
class CliApplication
{
public:
    CliApplication();
    ~CliApplication();

    /** @brief Runs the command line @p arguments (without the program name) and returns the exit code. */
    int run(CliContext& context, const QStringList& arguments);

    const std::vector<std::unique_ptr<Command>>& commands() const { return m_commands; }

private:
    void printHelp(CliContext& context) const;

    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace factora::cli
