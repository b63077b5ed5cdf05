// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>

namespace factora::core {

/**
 * @brief Where Factora keeps secrets (passwords, PKCS#12 files): the OS keychain, a protected file, or nowhere.
 *
 * Keys are short paths such as "database/password" or "certificates/<id>": letters, digits, '_', '-', '.'
 * and '/', at most 200 characters, no empty or "." / ".." segment, and not ending in "." followed by digits
 * (that suffix names the chunks of a long value). Values are opaque bytes and are never logged.
 *
 * Failures: NotFound when the key has no value; Unavailable when the store itself cannot be used (no keychain,
 * locked or refused, read-only store); InvalidInput for a malformed key or an oversized value; Configuration when
 * a secret file is unsafe (see FileSecretStore).
 */
class SecretStore
{
public:
    virtual ~SecretStore() = default;

    /** @brief The secret stored under @p key. */
    virtual Result<QByteArray> read(const QString& key) const = 0;

    /** @brief Stores @p secret under @p key, replacing any previous value. */
    virtual Status write(const QString& key, const QByteArray& secret) = 0;

    /** @brief Deletes the value under @p key; NotFound when there was none. */
    virtual Status remove(const QString& key) = 0;

    /** @brief A short description of where the secrets are, for messages (e.g. "llavero del sistema"). */
    virtual QString location() const = 0;

    /** @brief Ok when @p key follows the rules above; InvalidInput naming the problem otherwise. */
    static Status validateKey(const QString& key);
};

} // namespace factora::core
