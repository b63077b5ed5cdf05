// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "SecretStore.h"

#include <QCoreApplication>

#include <chrono>

namespace factora::core {

/**
 * @brief SecretStore on the operating system's keychain through QtKeychain (Secret Service, macOS Keychain,
 * Windows Credential Manager), never with QtKeychain's insecure plain-text fallback.
 *
 * Every value is split into chunks of at most chunkSize bytes, stored as the entries "<key>", "<key>.1",
 * "<key>.2" … of the service (on Windows, whose credentials ignore the service, each entry name is prefixed
 * with "<service>/"). This keeps PKCS#12 files under the Windows credential blob limit and is done on every
 * platform alike. A write removes the chunks a longer previous value left behind; remove() deletes them all.
 *
 * The calls are synchronous: each runs the QtKeychain job in a local QEventLoop, so a QCoreApplication must
 * exist and the calls must come from its thread.
 */
class KeychainSecretStore : public SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(KeychainSecretStore)

public:
    /** @brief Largest chunk, in bytes; Windows refuses credential blobs above 2560 bytes. */
    static constexpr int chunkSize = 2048;
    /** @brief Most chunks one value may take (128 KiB). */
    static constexpr int maxChunks = 64;

    /** @brief A store on the keychain service @p service ("Factora" unless a test picks another). */
    explicit KeychainSecretStore(QString service = defaultService());

    /** @brief "Factora". */
    static QString defaultService();

    /** @brief The keychain entry name of chunk @p index of @p key (index 0 is the key itself). */
    QString entryName(const QString& key, int index) const;

    /** @brief How long one keychain call may take before it counts as Unavailable (default 60 s). */
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    /**
     * @brief Checks that the keychain answers: ok when a lookup of a key that is never written ends in success or
     * NotFound, Unavailable otherwise. Use it to choose between this store and UnavailableSecretStore.
     */
    Status probe() const;

    Result<QByteArray> read(const QString& key) const override;
    Status write(const QString& key, const QByteArray& secret) override;
    Status remove(const QString& key) override;
    QString location() const override;

    /** @brief The service this store uses. */
    const QString& service() const { return m_service; }

private:
    Result<QByteArray> readEntry(const QString& entry) const;
    Status writeEntry(const QString& entry, const QByteArray& data);
    Status deleteEntry(const QString& entry);
    /** Deletes chunks @p firstIndex, firstIndex + 1 … of @p key while they exist. */
    Status deleteChunksFrom(const QString& key, int firstIndex);

    QString m_service;
    std::chrono::milliseconds m_timeout { 60000 };
};

} // namespace factora::core
