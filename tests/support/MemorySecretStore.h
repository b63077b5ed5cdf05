// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "secrets/SecretStore.h"

#include <QMap>

namespace factora::test {

/** @brief A SecretStore in a QMap, for tests of code built on SecretStore; validates keys like the real ones. */
class MemorySecretStore : public core::SecretStore
{
public:
    core::Result<QByteArray> read(const QString& key) const override;
    core::Status write(const QString& key, const QByteArray& secret) override;
    core::Status remove(const QString& key) override;
    QString location() const override;

    /** @brief Everything stored, for assertions. */
    const QMap<QString, QByteArray>& values() const { return m_values; }

private:
    QMap<QString, QByteArray> m_values;
};

} // namespace factora::test
