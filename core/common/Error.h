// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include <QString>

namespace factora::core {

/** @brief What kind of failure an Error is; callers branch on this, people read the message. */
enum class ErrorCode {
    InvalidInput,     ///< the caller gave something malformed or out of range
    NotFound,         ///< the named object does not exist
    Conflict,         ///< the object exists already or changed meanwhile
    PermissionDenied, ///< the session may not do this
    Unauthenticated,  ///< wrong user name or password
    Locked,           ///< the account is locked or disabled
    Storage,          ///< the database failed or refused
    SchemaTooNew,     ///< the database was migrated by a newer Factora
    Configuration,    ///< a setting is missing or wrong
    Io,               ///< a file or device failed
    Crypto,           ///< a cryptographic operation failed
    Integrity,        ///< stored data does not match its checksum or chain
    Unavailable,      ///< a service (keychain, server) cannot be reached
    Internal,         ///< a bug: something that should not happen did
};

/**
 * @brief A failure as a value: a code for the program and a translated, one-line message for the person.
 *
 * Core APIs never throw; they return Result<T> carrying one of these.
 */
class Error
{
public:
    Error(ErrorCode code, QString message);

    ErrorCode code() const { return m_code; }
    const QString& message() const { return m_message; }

    /** @brief The code's stable English identifier, e.g. "invalid-input", for logs and JSON. */
    static QString codeName(ErrorCode code);

private:
    ErrorCode m_code;
    QString m_message;
};

} // namespace factora::core
