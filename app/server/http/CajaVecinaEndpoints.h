// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "CajaVecinaHttpSettings.h"
#include "HttpMetrics.h"
#include "collection/CollectionService.h"
#include "security/Actor.h"
#include "storage/Database.h"

#include <QByteArray>
#include <QList>
#include <QPair>

namespace Poco::Net {
class HTTPServerRequest;
class HTTPServerResponse;
} // namespace Poco::Net

namespace factora::server {

/**
 * @brief What the Caja Vecina HTTP server does with one request: allow-list, limits, routing, authentication,
 * the contract's two calls into CollectionService, /health and /metrics, the metrics and the access log.
 *
 * handle() never throws and never lets an exception reach Poco: every failure becomes a plain JSON answer and
 * a log line without secrets. Called from every worker thread at once; it keeps no per-request state.
 */
class CajaVecinaEndpoints
{
public:
    CajaVecinaEndpoints(const CajaVecinaHttpSettings& settings, core::Database& database, const core::Clock& clock,
                        const core::BankingCalendar& calendar, HttpMetrics& metrics);

    /** @brief Answers @p request on @p response. */
    void handle(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response) noexcept;

    /** @brief Drops the statements the calling worker keeps prepared (before it closes its connection). */
    void releaseThreadStatements() { m_service.releaseThreadStatements(); }

private:
    struct Reply
    {
        int status = 200;
        QByteArray body;
        QByteArray contentType = "application/json; charset=utf-8";
        QList<QPair<QByteArray, QByteArray>> headers;
        int contractCode = -1; ///< the contract code answered, -1 for none
        bool close = false; ///< close the connection (an unread body is left on it)
        QByteArray note; ///< for the access log: the notification's outcome, the refusal's reason
    };

    Reply process(Poco::Net::HTTPServerRequest& request, HttpMetrics::Route& route);
    Reply debtQuery(Poco::Net::HTTPServerRequest& request, const QByteArray& queryString, const QByteArray& body);
    Reply paymentNotification(const QByteArray& body);
    Reply health();
    static Reply error(int status, const QString& message, const QByteArray& note);

    const CajaVecinaHttpSettings& m_settings;
    core::Database& m_database;
    HttpMetrics& m_metrics;
    core::CollectionService m_service;
    const core::Actor m_actor;
};

} // namespace factora::server
