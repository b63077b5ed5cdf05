// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace factora::siisim {

/** @brief The CA certificates given with --trusted-ca; empty means every issuer is accepted. */
class TrustedIssuers
{
public:
    /** @brief Reads every certificate of each PEM file in @p pemFiles; Io/InvalidInput naming the file. */
    static core::Result<TrustedIssuers> load(const QStringList& pemFiles);

    /** @brief True when no CA was given. */
    bool acceptsAny() const { return m_caDer.isEmpty(); }

    /**
     * @brief True when the certificate @p certificateDer names one of the CAs as issuer and its signature holds with
     * that CA's key (checked with OpenSSL), or when no CA was given.
     */
    bool issued(const QByteArray& certificateDer) const;

private:
    QList<QByteArray> m_caDer;
};

} // namespace factora::siisim
