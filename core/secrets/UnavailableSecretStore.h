// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "SecretStore.h"

#include <QCoreApplication>

namespace factora::core {

/**
 * @brief The SecretStore of a machine without a keychain (a headless server, a session without D-Bus): every call
 * fails with Unavailable and a message that says why and what to configure instead.
 */
class UnavailableSecretStore : public SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(UnavailableSecretStore)

public:
    /** @brief @p reason says why there is no keychain, e.g. the message of KeychainSecretStore::probe(). */
    explicit UnavailableSecretStore(QString reason = {});

    Result<QByteArray> read(const QString& key) const override;
    Status write(const QString& key, const QByteArray& secret) override;
    Status remove(const QString& key) override;
    QString location() const override;

private:
    Error unavailable(const QString& key) const;

    QString m_reason;
};

} // namespace factora::core
