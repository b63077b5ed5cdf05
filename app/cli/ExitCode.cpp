// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "ExitCode.h"

namespace factora::cli {

int ExitCode::forError(const core::Error& error)
{
    using core::ErrorCode;
    switch (error.code()) {
    case ErrorCode::InvalidInput:
    case ErrorCode::Conflict:
    case ErrorCode::Integrity:
        return DataError;
    case ErrorCode::NotFound:
        return NoInput;
    case ErrorCode::PermissionDenied:
    case ErrorCode::Unauthenticated:
    case ErrorCode::Locked:
        return NoPermission;
    case ErrorCode::Storage:
    case ErrorCode::Io:
        return IoError;
    case ErrorCode::SchemaTooNew:
    case ErrorCode::Configuration:
        return Config;
    case ErrorCode::Unavailable:
        return Unavailable;
    case ErrorCode::Crypto:
    case ErrorCode::Internal:
        return Software;
    }
    return Software;
}

} // namespace factora::cli
