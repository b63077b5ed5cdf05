// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>

/** @brief One HTTP exchange: the status and body, or the error when no answer came. */
struct HttpAnswer
{
    int status = 0; ///< 0 when no answer came
    QByteArray body;
    QString contentType;
    QString error; ///< the Poco exception when no answer came
    QString serverCertificateCommonName; ///< over HTTPS: the CN of the certificate the server presented
};

/**
 * @brief Talks to factora-sii-sim the way the SII's clients do, with Poco's HTTP client and hand-written SOAP and
 * multipart bodies (no dependency on core/sii). Bounded: every exchange times out after 10 s.
 */
class SiiTestClient
{
public:
    using Fields = QMap<QString, QString>;
    using Parameters = QList<QPair<QString, QString>>;

    explicit SiiTestClient(QString baseUrl);

    HttpAnswer get(const QString& pathAndQuery) const;
    HttpAnswer post(const QString& path, const QByteArray& body, const QString& contentType,
                    const QString& cookie = {}) const;

    /** @brief An rpc/encoded SOAP 1.1 envelope calling @p operation with @p parameters (values escaped). */
    static QByteArray soapEnvelope(const QString& operation, const Parameters& parameters);
    /** @brief POSTs soapEnvelope() to @p path. */
    HttpAnswer soapCall(const QString& path, const QString& operation, const Parameters& parameters) const;
    /** @brief The string return value of a SOAP answer, unescaped; empty when there is none. */
    static QString soapReturn(const QByteArray& soapBody);
    /** @brief Every element of @p xml by local name (the last one wins) with its text: namespace-agnostic. */
    static Fields fields(const QString& xml);

    /** @brief getSeed: the SEMILLA, or empty. */
    QString seed() const;
    /** @brief getToken with @p signedXml: the RESPUESTA's fields (ESTADO, GLOSA, TOKEN). */
    Fields getToken(const QByteArray& signedXml) const;
    /** @brief wsRPETCConsulta @p operation: the RESPUESTA's fields. */
    Fields consulta(const QString& operation, const Parameters& parameters) const;
    /** @brief getEstEnvio(token, trackId). */
    Fields estEnvio(const QString& token, const QString& trackId) const;

    /** @brief The parts of an upload; a null value leaves the field out. */
    struct Upload
    {
        QString token; ///< cookie TOKEN; null: no cookie
        QString emailNotif = QStringLiteral("cesiones@factora.cl");
        QString rutCompany = QStringLiteral("76354771");
        QString dvCompany = QStringLiteral("K");
        QString fileName = QStringLiteral("aec.xml"); ///< null: no archivo part
        QByteArray archivo;
    };
    /** @brief The multipart body of @p upload with @p boundary, fields in the SII's order, CRLF everywhere. */
    static QByteArray multipart(const Upload& upload, const QByteArray& boundary);
    /** @brief POSTs @p upload to RTCAnotEnvio.cgi. */
    HttpAnswer upload(const Upload& upload) const;

private:
    HttpAnswer exchange(const QString& method, const QString& path, const QByteArray& body, const QString& contentType,
                        const QString& cookie) const;

    QString m_baseUrl;
};
