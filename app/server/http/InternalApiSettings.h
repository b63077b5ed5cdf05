// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "HttpAuthenticator.h"
#include "IpAllowList.h"
#include "common/Configuration.h"
#include "common/Result.h"
#include "dispatch/DispatchSettings.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace factora::server {

/**
 * @brief How factora-server serves the internal HTTP API (docs/internal-api.md): the `api/...` settings, with the
 * bearer token already read from the secret store.
 */
struct InternalApiSettings
{
    QString listen = QStringLiteral("127.0.0.1:0"); ///< "host:port" or "[v6]:port"; port 0 takes a free one
    int threads = 4; ///< worker threads, each with its own database connection
    IpAllowList allowList; ///< who may connect at all
    HttpAuthenticator authenticator; ///< the bearer token (requireHeader("Authorization", token)); never open
    qint64 maxBodyBytes = 8 * 1024 * 1024; ///< larger bodies get 413
    int timeoutSeconds = 30; ///< socket read/write and keep-alive timeout
    core::DispatchSettings dispatch; ///< the outbox settings enqueue() uses (default attachment kind)

    QString tlsCertificate; ///< empty: plain HTTP; a PEM certificate (+ chain) or a PKCS#12 (.p12/.pfx) file
    QString tlsPrivateKey; ///< the PEM key for a PEM certificate
    QByteArray tlsPassphrase; ///< of the PKCS#12 file or the encrypted PEM key; never logged

    bool tls() const { return !tlsCertificate.isEmpty(); }

    /** @brief Shortest token accepted, in bytes: a short token is a guessable one. */
    static constexpr int minimumTokenBytes = 16;

    /**
     * @brief The settings of @p configuration, or nullopt when `api/listen` is empty (API off). The token is the
     * secret named by `api/token_secret` in the file secret store of `delivery/secrets_dir`; errors (Configuration)
     * name the key, never the secret.
     */
    static core::Result<std::optional<InternalApiSettings>> load(const core::Configuration& configuration);
};

} // namespace factora::server
