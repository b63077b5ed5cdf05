// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "common/Result.h"

#include <QString>

namespace factora::core {

/**
 * @brief Password hashes: PBKDF2-HMAC-SHA256 from OpenSSL, 600 000 iterations, a 16-byte random salt per hash.
 *
 * Stored as "pbkdf2-sha256$<iterations>$<salt base64>$<hash base64>", so the cost can rise later while old
 * hashes still verify (needsRehash() tells when to replace one). Comparison is constant-time.
 */
class PasswordHasher
{
public:
    static constexpr int Iterations = 600000;

    /** @brief A new hash of @p password with a fresh salt. */
    static Result<QString> hash(const QString& password);

    /** @brief Whether @p password matches @p stored; false for a malformed @p stored too. */
    static bool verify(const QString& password, const QString& stored);

    /** @brief Whether @p stored was made with fewer iterations than today's. */
    static bool needsRehash(const QString& stored);

    /**
     * @brief Spends the time of one verification without a stored hash, so that an unknown user name
     * takes as long to refuse as a wrong password.
     */
    static void burnVerificationTime(const QString& password);

    /** @brief The password rules: at least 10 characters, not all spaces. The error says which rule failed. */
    static Status checkStrength(const QString& password, const QString& username);
};

} // namespace factora::core
