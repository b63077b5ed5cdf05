// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QUrl>

#include <memory>

namespace factora::test {

/**
 * @brief A scripted SII on 127.0.0.1 (a real Poco HTTPServer on an ephemeral port) for the client tests.
 *
 * Each endpoint answers from its queue of one-shot actions first, then with its default action. Every request is
 * recorded. Canned answers come from tests/data/sii-client/answers.
 */
class FakeSii
{
public:
    enum class Endpoint { Seed, Token, Upload, Query };

    /** @brief What the server does with one request. */
    struct Action
    {
        enum class Kind {
            Respond, ///< answer status/contentType/body (after delayMs, if set)
            Drop, ///< read the request and close the connection without answering
        };
        Kind kind = Kind::Respond;
        int status = 200;
        QByteArray contentType = "text/xml; charset=utf-8";
        QByteArray body;
        int delayMs = 0;
    };

    /** @brief One request as received. */
    struct Request
    {
        Endpoint endpoint;
        QByteArray body;
        QMap<QByteArray, QByteArray> headers; ///< lower-case names
    };

    /** @brief Plain HTTP on 127.0.0.1. */
    FakeSii();
    /** @brief HTTPS on 127.0.0.1 with the PEM certificate and key files given. */
    FakeSii(const QString& certificatePemFile, const QString& keyPemFile);
    ~FakeSii();
    FakeSii(const FakeSii&) = delete;
    FakeSii& operator=(const FakeSii&) = delete;

    /** @brief http://127.0.0.1:<port>, or https://localhost:<port> for the TLS server (its certificate names
     * localhost). */
    QUrl baseUrl() const;

    /** @brief Forgets queued and default actions and recorded requests, and cuts short any delayed answer. */
    void reset();

    void enqueue(Endpoint endpoint, const Action& action);
    void setDefault(Endpoint endpoint, const Action& action);
    int count(Endpoint endpoint) const;
    QList<Request> requests(Endpoint endpoint) const;

    static Action respond(const QByteArray& body, int status = 200,
                          const QByteArray& contentType = "text/xml; charset=utf-8");
    static Action drop();
    static Action slow(int delayMs, const QByteArray& body);

    /** @brief A file under tests/data/sii-client/. */
    static QByteArray data(const QString& relative);
    /** @brief The SOAP answer of @p operation returning @p inner (escaped). */
    static QByteArray soapReturn(const QString& operation, const QByteArray& inner);
    static QByteArray seedAnswer(const QByteArray& seed);
    static QByteArray tokenAnswer(const QByteArray& token);
    /** @brief A RESPUESTA with only RESP_HDR (ESTADO, GLOSA), as the SOAP answer of @p operation. */
    static QByteArray headerAnswer(const QString& operation, const QByteArray& estado, const QByteArray& glosa);
    static QByteArray estEnvioAnswer(const QByteArray& trackId, const QByteArray& code);
    static QByteArray recepcion(int status, const QByteArray& trackId);
    static QByteArray soapFault(const QByteArray& code, const QByteArray& text);

    struct Private; // public only so the server's handler (in FakeSii.cpp) can reach it

private:
    std::unique_ptr<Private> d;
};

} // namespace factora::test
