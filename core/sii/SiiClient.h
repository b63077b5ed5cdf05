// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "SiiCesionAnswer.h"
#include "SiiClientOptions.h"
#include "SiiEnvioStatus.h"
#include "SiiEnvironment.h"
#include "SiiUploadReceipt.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "types/Rut.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>

namespace factora::core {

class Pkcs12Bundle;
class SiiTokenCache;

/**
 * @brief Talks to the SII's cession registry (RTC/RPETC): authentication, AEC upload and status queries.
 *
 * Synchronous and blocking (it sleeps between retries and polls): call it from a worker thread, never from a GUI
 * thread. One object per thread; objects on different threads may share the token cache.
 *
 * Authentication: getSeed, the seed signed with @p signer (enveloped XML-DSig, the SII's profile), getToken. The
 * token is cached per environment and certificate (SiiTokenCache::shared() unless setTokenCache() says otherwise)
 * for SiiClientOptions::tokenLifetimeSeconds, and renewed once, automatically, when the SII calls it invalid
 * (upload STATUS 5, query ESTADO 3 or 4).
 *
 * Errors (every message in Spanish, naming the step — semilla, token, envío, consulta — and the SII's code):
 * - Unavailable: the SII could not be reached or kept failing after the bounded retries. For uploadAec() this
 *   means the outcome is unknown: the file may have arrived; look for it with the SII before uploading again.
 * - Unauthenticated: the SII refused the signed seed or the token (after one re-authentication).
 * - InvalidInput: our request was wrong (bad arguments, the SII's "data error", a malformed answer that will not
 *   improve by retrying).
 * - PermissionDenied: the SII says the authenticated person lacks permission (query ESTADO 9 or 10).
 * - NotFound: getEstEnvio does not know the TRACKID (ESTADO 2).
 * - Crypto: the seed could not be signed with @p signer.
 */
class SiiClient
{
    Q_DECLARE_TR_FUNCTIONS(SiiClient)

public:
    /**
     * @brief A client of @p environment signing with @p signer, which must outlive the client. @p clock decides
     * token expiry and must outlive it too.
     */
    SiiClient(SiiEnvironment environment, const Pkcs12Bundle& signer, SiiClientOptions options = {},
              const Clock& clock = Clock::system());
    ~SiiClient();
    SiiClient(const SiiClient&) = delete;
    SiiClient& operator=(const SiiClient&) = delete;

    /** @brief The environment this client talks to. */
    const SiiEnvironment& environment() const;

    /** @brief The options in force. */
    const SiiClientOptions& options() const;

    /** @brief Uses @p cache (which must outlive the client) instead of SiiTokenCache::shared(). */
    void setTokenCache(SiiTokenCache& cache);

    /**
     * @brief A valid token for this environment and certificate: the cached one, or a new one (getSeed → sign →
     * getToken). Never log or store it.
     */
    Result<QString> token();

    /**
     * @brief Uploads an AEC to RTCAnotEnvio.cgi as @p fileName on behalf of @p company (the cedente), asking the SII
     * to mail the result to @p emailNotif. @p aecBytes go exactly as given.
     *
     * STATUS 0 gives a receipt with the TRACKID; STATUS 5 (token invalid) re-authenticates once and uploads again;
     * any other STATUS gives a receipt too (received() false) with its meaning, for the caller to store. Transient
     * failures are retried only when the SII answered (HTTP 5xx, "Error 500", an empty body, HTML) or the
     * connection could not be opened; a connection lost or timed out after the file was sent is not retried and
     * gives Unavailable (outcome unknown).
     */
    Result<SiiUploadReceipt> uploadAec(const QByteArray& aecBytes, const QString& fileName, const Rut& company,
                                       const QString& emailNotif);

    /** @brief getEstEnvio: the current state of the upload @p trackId (digits, as the SII wrote it). */
    Result<SiiEnvioStatus> envioStatus(const QString& trackId);

    /**
     * @brief Polls envioStatus(@p trackId) at most @p maxPolls times, waiting between polls (SiiClientOptions
     * pollIntervalMs growing by pollFactor), until a final state (EOK, EAN) or a rejection, and returns that
     * answer. @p onEachAnswer (may be empty) sees every answer, intermediate ones included, so each can be
     * stored. When @p maxPolls run out first, returns the last answer, whose isFinal() is false. The first error
     * ends the wait.
     */
    Result<SiiEnvioStatus> waitForFinalStatus(const QString& trackId,
                                              std::function<void(const SiiEnvioStatus&)> onEachAnswer, int maxPolls);

    /**
     * @brief getEstCesion: whether the document (@p emitter, @p documentType, @p folio) is ceded; with @p idCesion
     * (the "clave de acceso" the SII gives the holder) also the holder and collection data.
     */
    Result<SiiCesionAnswer> cesionStatus(const Rut& emitter, int documentType, qint64 folio,
                                         const QString& idCesion = {});

    /** @brief getEstCesionRelac: the same detail for @p company, related to the document as holder or receptor. */
    Result<SiiCesionAnswer> cesionStatusRelated(const Rut& emitter, int documentType, qint64 folio, const Rut& company);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace factora::core
