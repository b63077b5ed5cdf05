// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace factora::siisim {

/** @brief The XML the SII answers with: SII:RESPUESTA documents and the Axis 1 SOAP envelopes that carry them. */
class SiiXml
{
public:
    using Fields = QList<QPair<QString, QString>>;

    /** @brief How the children of RESP_HDR and RESP_BODY are written. */
    enum class Style {
        Unprefixed, ///< <ESTADO> (CrSeed and GetTokenFromSeed), body before header as the SII writes them
        Prefixed, ///< <SII:ESTADO> (wsRPETCConsulta), header first
    };

    /** @brief @p text with &, <, >, " and ' escaped for element content and attribute values. */
    static QString escape(const QString& text);

    /**
     * @brief `<SII:RESPUESTA xmlns:SII="http://www.sii.cl/XMLSchema">` with RESP_HDR (ESTADO, and GLOSA when not
     * null) and RESP_BODY (the @p body fields, omitted when empty), with an XML declaration.
     */
    static QString respuesta(Style style, const QString& estado, const QString& glosa, const Fields& body = {});

    /** @brief The rpc/encoded SOAP 1.1 answer of @p operation whose string return value is @p value (escaped). */
    static QByteArray soapResponse(const QString& operation, const QString& value);

    /** @brief An operation of a service: its name and its string parameters in order. */
    using Operations = QList<QPair<QString, QStringList>>;

    /** @brief A minimal rpc/encoded WSDL (as Axis 1 publishes under ?WSDL) of @p service at @p location. */
    static QByteArray wsdl(const QString& service, const Operations& operations, const QString& location);

    /** @brief A SOAP 1.1 Fault (the body of an HTTP 500) with @p faultString. */
    static QByteArray soapFault(const QString& faultString);
};

} // namespace factora::siisim
