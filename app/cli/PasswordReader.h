// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "CliContext.h"

namespace factora::cli {

/**
 * @brief Reads a password for a command, never from the command line itself.
 *
 * From @p file when given (its first line; "-" means standard input), otherwise from a prompt on the
 * terminal with echo off, asked twice when @p confirm. Without a terminal and without a file it fails,
 * naming --password-file.
 */
class PasswordReader
{
public:
    static core::Result<QString> read(CliContext& context, const QString& file, const QString& prompt, bool confirm);
};

} // namespace factora::cli
