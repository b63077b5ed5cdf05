// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include <Poco/Net/Context.h>

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace factora::test {

/** @brief One answer of the Caja Vecina server as a real HTTP client saw it; status 0 when the exchange failed. */
struct HttpAnswer
{
    int status = 0;
    QByteArray reason; ///< the status line's reason phrase
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QString failure; ///< why the exchange failed (connection refused, TLS handshake, ...)

    QByteArray header(const QByteArray& name) const;
    QJsonObject json() const;
    /** @brief "codigo_error" or "codigo_resultado"; -1 without either. */
    int contractCode() const;
};

/** @brief A real Poco HTTP(S) client for the tests: one connection per request, bounded in time. */
class TestCajaVecinaClient
{
public:
    TestCajaVecinaClient(QString host, quint16 port, Poco::Net::Context::Ptr tls = nullptr);

    HttpAnswer send(const QByteArray& method, const QByteArray& target, const QByteArray& body = QByteArray(),
                    const QList<QPair<QByteArray, QByteArray>>& headers = {}) const;
    HttpAnswer get(const QByteArray& target, const QList<QPair<QByteArray, QByteArray>>& headers = {}) const
    {
        return send("GET", target, QByteArray(), headers);
    }
    HttpAnswer post(const QByteArray& target, const QByteArray& body,
                    const QList<QPair<QByteArray, QByteArray>>& headers = {}) const
    {
        return send("POST", target, body, headers);
    }

    /** @brief The value of @p name in the Prometheus text of GET /metrics, e.g. a{b="c"}; -1 when absent. */
    static double metric(const QByteArray& metricsText, const QByteArray& name);

    /** @brief A PEM of DER @p der with @p label ("CERTIFICATE"). */
    static QByteArray pem(const QByteArray& der, const QByteArray& label);

private:
    QString m_host;
    quint16 m_port;
    Poco::Net::Context::Ptr m_tls;
};

} // namespace factora::test
