// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "HttpAuthenticator.h"
#include "IpAllowList.h"
#include "common/Configuration.h"
#include "common/Result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace factora::server {

/**
 * @brief How factora-server serves the bank's Caja Vecina endpoints: the `cajavecina/...` settings
 * (docs/caja-vecina-endpoints.md), with the secrets already read from their protected files.
 */
struct CajaVecinaHttpSettings
{
    QString listen = QStringLiteral("127.0.0.1:0"); ///< "host:port" or "[v6]:port"; port 0 takes a free one
    int threads = 16; ///< worker threads, each with its own database connection
    int queue = 64; ///< accepted connections waiting for a worker
    QString queryPath = QStringLiteral("/cajavecina/consulta");
    QString notificationPath = QStringLiteral("/cajavecina/notificacion");
    IpAllowList allowList; ///< who may connect at all
    HttpAuthenticator authenticator; ///< the bank's credentials on the two contract paths
    qint64 maxBodyBytes = 64 * 1024; ///< larger bodies get 413
    int maxUriLength = 2048; ///< longer request targets get 414
    int maxHeaderFields = 50; ///< more header fields get 431
    int maxHeaderBytes = 8192; ///< more header bytes (names and values) get 431
    int timeoutSeconds = 10; ///< socket read/write and keep-alive timeout

    QString tlsCertificate; ///< empty: plain HTTP; a PEM certificate (+ chain) or a PKCS#12 (.p12/.pfx) file
    QString tlsPrivateKey; ///< the PEM key for a PEM certificate
    QByteArray tlsPassphrase; ///< of the PKCS#12 file or the encrypted PEM key; never logged
    QString tlsClientCa; ///< non-empty: clients must present a certificate issued by these PEM CAs

    bool tls() const { return !tlsCertificate.isEmpty(); }

    /**
     * @brief The settings of @p configuration, or nullopt when `cajavecina/listen` is empty (endpoints off).
     * Secret files are read with FileSecretStore::readProtectedFile(); errors (Configuration) name the key
     * and the file or value that is wrong.
     */
    static core::Result<std::optional<CajaVecinaHttpSettings>> load(const core::Configuration& configuration);
};

} // namespace factora::server
