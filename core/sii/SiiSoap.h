// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

// Private to core/sii: the SOAP 1.1 rpc/encoded envelopes of the SII's web services, built byte for byte, and the
// return string read back out of an answer.

#include "types/Rut.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace factora::core {

/** @brief The return string of a SOAP answer, or why there is none. */
struct SiiSoapAnswer
{
    enum class Outcome {
        Ok, ///< innerXml holds the unescaped return string (UTF-8)
        Fault, ///< a SOAP Fault: faultCode and faultString say which
        Malformed, ///< not a SOAP answer with one return value: problem says why
    };
    Outcome outcome = Outcome::Malformed;
    QByteArray innerXml;
    QString faultCode;
    QString faultString;
    QString problem;
};

/**
 * @brief Builds the requests to CrSeed.jws, GetTokenFromSeed.jws and wsRPETCConsulta and reads their answers.
 *
 * Requests are SOAP 1.1 rpc/encoded (the SII runs Apache Axis 1): operation element in namespace
 * http://DefaultNamespace, every parameter an unqualified element with xsi:type="xsd:string", sent with an empty
 * SOAPAction. String parameters are XML-escaped (&amp; &lt; &gt; &quot; and CR as &#13;).
 */
class SiiSoap
{
public:
    /** @brief One parameter of an rpc call: its element name and its text. */
    struct Parameter
    {
        QString name;
        QString value;
    };

    /** @brief @p text (UTF-8) escaped for element content. */
    static QByteArray escape(const QByteArray& text);

    /** @brief The envelope calling @p operation with @p parameters, in that order. */
    static QByteArray envelope(const QString& operation, const QList<Parameter>& parameters);

    /** @brief getSeed(): no parameters. */
    static QByteArray getSeedRequest();

    /** @brief getToken(pszXml): @p signedSeedXml is the whole signed document, declaration included. */
    static QByteArray getTokenRequest(const QByteArray& signedSeedXml);

    /** @brief getEstEnvio(Token, TrackId). */
    static QByteArray getEstEnvioRequest(const QString& token, const QString& trackId);

    /** @brief getEstCesion(Token, RutEmisor, DVEmisor, TipoDoc, FolioDoc, IdCesion); IdCesion empty when none. */
    static QByteArray getEstCesionRequest(const QString& token, const Rut& emitter, int documentType, qint64 folio,
                                          const QString& idCesion);

    /** @brief getEstCesionRelac(Token, RutEmisor, DVEmisor, TipoDoc, FolioDoc, RutEmpresa, DVEmpresa). */
    static QByteArray getEstCesionRelacRequest(const QString& token, const Rut& emitter, int documentType, qint64 folio,
                                               const Rut& company);

    /**
     * @brief Reads @p answer: Envelope/Body/<operation>Response/<first child> text, or the Fault, namespace-agnostic.
     * The caller has already excluded empty and HTML bodies.
     */
    static SiiSoapAnswer readAnswer(const QByteArray& answer);
};

} // namespace factora::core
