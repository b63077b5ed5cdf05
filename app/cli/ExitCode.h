// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "common/Error.h"

namespace factora::cli {

/** @brief Exit codes of factora-cli: 0 success, 1 a negative verdict (e.g. a broken audit chain), else sysexits.h. */
namespace ExitCode {
inline constexpr int Ok = 0;
inline constexpr int Verdict = 1;      ///< the command worked and the answer is "no"
inline constexpr int Usage = 64;       ///< EX_USAGE: wrong command line
inline constexpr int DataError = 65;   ///< EX_DATAERR: bad input data
inline constexpr int NoInput = 66;     ///< EX_NOINPUT: an input file is missing or unreadable
inline constexpr int NoUser = 67;      ///< EX_NOUSER: no such user
inline constexpr int Unavailable = 69; ///< EX_UNAVAILABLE: a service cannot be reached
inline constexpr int Software = 70;    ///< EX_SOFTWARE: a bug
inline constexpr int IoError = 74;     ///< EX_IOERR: a file or the database failed
inline constexpr int NoPermission = 77; ///< EX_NOPERM
inline constexpr int Config = 78;      ///< EX_CONFIG: configuration or schema problem

/** @brief The exit code for a core error. */
int forError(const core::Error& error);
} // namespace ExitCode

} // namespace factora::cli
