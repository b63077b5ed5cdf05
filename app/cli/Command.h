// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "CliContext.h"

#include <QCommandLineParser>
#include <QStringList>

namespace factora::cli {

/**
 * @brief One factora-cli command ("user add", "audit verify", ...): its options, help and behaviour.
 *
 * run() parses the arguments after the command's name, answers --help, and calls execute(). A command
 * returns an ExitCode; failures print one line "factora-cli: <reason>" on stderr through fail().
 */
class Command
{
public:
    virtual ~Command() = default;

    /** @brief The words that name the command, e.g. "user add". */
    virtual QString name() const = 0;
    /** @brief One line saying what it does, in Spanish. */
    virtual QString summary() const = 0;

    int run(CliContext& context, const QStringList& arguments);

protected:
    /** @brief Declares the command's options and positional arguments. */
    virtual void configure(QCommandLineParser& parser) const;
    virtual int execute(CliContext& context, const QCommandLineParser& parser) = 0;

    /** @brief Prints @p error as one line on stderr and returns its exit code. */
    static int fail(CliContext& context, const core::Error& error);
    /** @brief Prints a usage error naming the command's --help, and returns ExitCode::Usage. */
    int usage(CliContext& context, const QString& message) const;
    /** @brief The --json option, shared by commands that print records. */
    static QCommandLineOption jsonOption();
    /** @brief @p option with @p description, for options declared once at file scope and described in configure(). */
    static QCommandLineOption described(QCommandLineOption option, const QString& description);
};

} // namespace factora::cli
