// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace factora::core {

class Configuration;

/**
 * @brief Which SII the client talks to: certificación (maullin), producción (palena) or any other base URL
 * (a simulator, a proxy).
 *
 * Every service URL is the base URL plus the path the SII publishes (see seedUrl() … queryUrl()). Tokens belong to
 * one environment: a maullin token does not work on palena.
 */
class SiiEnvironment
{
    Q_DECLARE_TR_FUNCTIONS(SiiEnvironment)

public:
    /** @brief The SII's certification (test) environment, https://maullin.sii.cl. */
    static SiiEnvironment certificacion();

    /** @brief The SII's production environment, https://palena.sii.cl. */
    static SiiEnvironment produccion();

    /**
     * @brief Any base URL: https with any host, or plain http only for a loopback host (127.0.0.0/8, ::1,
     * "localhost"). The URL may carry a path prefix ("https://proxy/sii") but no user, password, query or fragment.
     * The SII's own two hosts (https, default port, no path) give certificacion() or produccion().
     * InvalidInput naming the URL and what is wrong otherwise.
     */
    static Result<SiiEnvironment> fromUrl(const QUrl& url);

    /** @brief "certificacion" or "produccion" (case-insensitive, accents allowed); InvalidInput otherwise. */
    static Result<SiiEnvironment> fromName(const QString& name);

    /**
     * @brief The environment the settings choose: "sii/url" when set (fromUrl), else "sii/environment" (fromName).
     * Configuration error naming the key when its value is wrong.
     */
    static Result<SiiEnvironment> fromConfiguration(const Configuration& configuration);

    /** @brief "certificacion", "produccion", or the base URL for any other environment. */
    QString name() const;

    /** @brief The base URL, without a trailing slash, e.g. "https://maullin.sii.cl". */
    QUrl baseUrl() const { return m_baseUrl; }

    /** @brief True only for palena.sii.cl, the SII's production. */
    bool isProduction() const { return m_kind == Kind::Produccion; }

    /** @brief True for an https URL (the client then verifies the server's certificate). */
    bool isHttps() const;

    /** @brief getSeed: base + /DTEWS/CrSeed.jws */
    QUrl seedUrl() const;
    /** @brief getToken: base + /DTEWS/GetTokenFromSeed.jws */
    QUrl tokenUrl() const;
    /** @brief AEC upload: base + /cgi_rtc/RTC/RTCAnotEnvio.cgi */
    QUrl uploadUrl() const;
    /** @brief wsRPETCConsulta: base + /DTEWS/services/wsRPETCConsulta */
    QUrl queryUrl() const;

    friend bool operator==(const SiiEnvironment& a, const SiiEnvironment& b)
    {
        return a.m_kind == b.m_kind && a.m_baseUrl == b.m_baseUrl;
    }

private:
    enum class Kind { Certificacion, Produccion, Custom };

    SiiEnvironment(Kind kind, QUrl baseUrl);
    QUrl withPath(const QString& path) const;

    Kind m_kind;
    QUrl m_baseUrl;
};

} // namespace factora::core
