// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "Error.h"

#include <utility>

namespace factora::core {

Error::Error(ErrorCode code, QString message)
    : m_code(code)
    , m_message(std::move(message))
{
}

QString Error::codeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidInput:
        return QStringLiteral("invalid-input");
    case ErrorCode::NotFound:
        return QStringLiteral("not-found");
    case ErrorCode::Conflict:
        return QStringLiteral("conflict");
    case ErrorCode::PermissionDenied:
        return QStringLiteral("permission-denied");
    case ErrorCode::Unauthenticated:
        return QStringLiteral("unauthenticated");
    case ErrorCode::Locked:
        return QStringLiteral("locked");
    case ErrorCode::Storage:
        return QStringLiteral("storage");
    case ErrorCode::SchemaTooNew:
        return QStringLiteral("schema-too-new");
    case ErrorCode::Configuration:
        return QStringLiteral("configuration");
    case ErrorCode::Io:
        return QStringLiteral("io");
    case ErrorCode::Crypto:
        return QStringLiteral("crypto");
    case ErrorCode::Integrity:
        return QStringLiteral("integrity");
    case ErrorCode::Unavailable:
        return QStringLiteral("unavailable");
    case ErrorCode::Internal:
        return QStringLiteral("internal");
    }
    return QStringLiteral("internal");
}

} // namespace factora::core
