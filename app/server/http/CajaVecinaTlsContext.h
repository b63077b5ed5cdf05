// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "CajaVecinaHttpSettings.h"
#include "common/Result.h"

#include <Poco/Net/Context.h>

#include <QDateTime>
#include <QString>

namespace factora::server {

/**
 * @brief The Poco NetSSL server context of an HTTPS listener (the Caja Vecina endpoints, the internal API), from a
 * PEM certificate and key or a PKCS#12 file, loaded with OpenSSL directly (so no process-wide Poco passphrase handler
 * is needed).
 */
class CajaVecinaTlsContext
{
public:
    /** @brief What was loaded, for the start-up log. */
    struct Loaded
    {
        Poco::Net::Context::Ptr context;
        QString subject; ///< the certificate's subject, one line
        QDateTime notAfter;
    };

    /**
     * @brief A TLS 1.2+ server context with @p settings' certificate, chain and key, checked to match and to be
     * valid at @p now; with tlsClientCa, clients must present a certificate issued by it. Errors (Configuration)
     * name the file, the configuration key (@p keyGroup + "/tls_certificate", ...) and what is wrong; the
     * passphrase is never part of them.
     */
    static core::Result<Loaded> create(const CajaVecinaHttpSettings& settings, const QDateTime& now,
                                       const QString& keyGroup = QStringLiteral("cajavecina"));
};

} // namespace factora::server
