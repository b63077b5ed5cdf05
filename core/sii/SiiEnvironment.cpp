// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "SiiEnvironment.h"

#include "common/Configuration.h"

#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace factora::core {

namespace {
    const QString maullin = u"https://maullin.sii.cl"_s;
    const QString palena = u"https://palena.sii.cl"_s;

    bool isLoopbackHost(const QString& host)
    {
        if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
            return true;
        const QHostAddress address(host);
        return !address.isNull() && address.isLoopback();
    }

    QString foldName(QString name)
    {
        name = name.trimmed().toLower();
        name.replace(u'ó', u'o');
        return name;
    }
} // namespace

SiiEnvironment::SiiEnvironment(Kind kind, QUrl baseUrl)
    : m_kind(kind)
    , m_baseUrl(std::move(baseUrl))
{
}

SiiEnvironment SiiEnvironment::certificacion()
{
    return SiiEnvironment(Kind::Certificacion, QUrl(maullin));
}

SiiEnvironment SiiEnvironment::produccion()
{
    return SiiEnvironment(Kind::Produccion, QUrl(palena));
}

Result<SiiEnvironment> SiiEnvironment::fromUrl(const QUrl& url)
{
    const QString shown = url.toDisplayString(QUrl::RemoveUserInfo);
    if (!url.isValid() || url.host().isEmpty())
        return Error(
            ErrorCode::InvalidInput,
            tr("La URL del SII «%1» no es válida: debe ser como https://servidor[:puerto][/ruta].").arg(shown));
    const QString scheme = url.scheme().toLower();
    if (scheme != u"https"_s && scheme != u"http"_s)
        return Error(ErrorCode::InvalidInput,
                     tr("La URL del SII «%1» usa el esquema «%2»; solo se admite https (o http en 127.0.0.1).")
                         .arg(shown, url.scheme()));
    if (scheme == u"http"_s && !isLoopbackHost(url.host()))
        return Error(ErrorCode::InvalidInput,
                     tr("La URL del SII «%1» usa http sin cifrar hacia «%2»; http solo se admite hacia la propia "
                        "máquina (127.0.0.1, ::1, localhost). Use https.")
                         .arg(shown, url.host()));
    if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment())
        return Error(
            ErrorCode::InvalidInput,
            tr("La URL del SII «%1» no puede llevar usuario, contraseña, consulta (?) ni fragmento (#).").arg(shown));
    QUrl base;
    base.setScheme(scheme);
    base.setHost(url.host().toLower());
    if (url.port() != -1 && !(scheme == u"https"_s && url.port() == 443) && !(scheme == u"http"_s && url.port() == 80))
        base.setPort(url.port());
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    base.setPath(path);
    if (base.toString() == maullin)
        return certificacion();
    if (base.toString() == palena)
        return produccion();
    return SiiEnvironment(Kind::Custom, base);
}

Result<SiiEnvironment> SiiEnvironment::fromName(const QString& name)
{
    const QString folded = foldName(name);
    if (folded == u"certificacion"_s)
        return certificacion();
    if (folded == u"produccion"_s)
        return produccion();
    return Error(
        ErrorCode::InvalidInput,
        tr("Ambiente del SII desconocido «%1»: use «certificacion» (maullin) o «produccion» (palena).").arg(name));
}

Result<SiiEnvironment> SiiEnvironment::fromConfiguration(const Configuration& configuration)
{
    const QString url = configuration.value(u"sii/url"_s).trimmed();
    if (!url.isEmpty()) {
        auto environment = fromUrl(QUrl(url));
        if (!environment)
            return Error(ErrorCode::Configuration,
                         tr("Configuración «sii/url» (%1): %2")
                             .arg(configuration.sourceOf(u"sii/url"_s), environment.error().message()));
        return environment;
    }
    auto environment = fromName(configuration.value(u"sii/environment"_s));
    if (!environment)
        return Error(ErrorCode::Configuration,
                     tr("Configuración «sii/environment» (%1): %2")
                         .arg(configuration.sourceOf(u"sii/environment"_s), environment.error().message()));
    return environment;
}

QString SiiEnvironment::name() const
{
    switch (m_kind) {
    case Kind::Certificacion:
        return u"certificacion"_s;
    case Kind::Produccion:
        return u"produccion"_s;
    case Kind::Custom:
        break;
    }
    return m_baseUrl.toString();
}

bool SiiEnvironment::isHttps() const
{
    return m_baseUrl.scheme() == u"https"_s;
}

QUrl SiiEnvironment::withPath(const QString& path) const
{
    QUrl url = m_baseUrl;
    url.setPath(m_baseUrl.path() + path);
    return url;
}

QUrl SiiEnvironment::seedUrl() const
{
    return withPath(u"/DTEWS/CrSeed.jws"_s);
}

QUrl SiiEnvironment::tokenUrl() const
{
    return withPath(u"/DTEWS/GetTokenFromSeed.jws"_s);
}

QUrl SiiEnvironment::uploadUrl() const
{
    return withPath(u"/cgi_rtc/RTC/RTCAnotEnvio.cgi"_s);
}

QUrl SiiEnvironment::queryUrl() const
{
    return withPath(u"/DTEWS/services/wsRPETCConsulta"_s);
}

} // namespace factora::core
