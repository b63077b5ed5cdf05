// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "InternalApiSettings.h"
#include "collection/CartaGuiaRow.h"
#include "common/Clock.h"
#include "dispatch/DispatchService.h"
#include "operation/Operation.h"
#include "operation/OperationDte.h"
#include "security/Actor.h"
#include "storage/Database.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QUrlQuery>

namespace Poco::Net {
class HTTPServerRequest;
class HTTPServerResponse;
} // namespace Poco::Net

namespace factora::server {

/**
 * @brief What the internal HTTP API does with one request (docs/internal-api.md): allow-list, bearer token, body
 * limit, routing, the JSON of operations, Carta Guía rows and dispatches read from core services, the dispatch
 * enqueue, and the access log.
 *
 * Every answer is JSON; an error is {"error": {"code", "message"[, "field"]}} with a Spanish message and an English
 * machine code. handle() never throws and never lets an exception reach Poco. Called from every worker thread at
 * once; it keeps no per-request state. Reads and the enqueue run as the system actor "server:api".
 */
class InternalApiEndpoints
{
public:
    InternalApiEndpoints(const InternalApiSettings& settings, core::Database& database, const core::Clock& clock);

    /** @brief Answers @p request on @p response. */
    void handle(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response) noexcept;

    /** @brief The JSON keys of the Carta Guía columns, in CartaGuiaExporter::columnNames() order. */
    static QStringList cartaGuiaKeys();

    /** @brief One Carta Guía row as JSON: cartaGuiaKeys() → its values (null when the file's cell is empty). */
    static QJsonObject cartaGuiaRowJson(const core::CartaGuiaRow& row);

private:
    struct Reply
    {
        int status = 200;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        bool close = false; ///< close the connection (an unread body is left on it)
        QByteArray note; ///< for the access log: the error code, the dispatch id
    };

    Reply process(Poco::Net::HTTPServerRequest& request);
    Reply listOperations(const QUrlQuery& query);
    Reply operationDetail(const QString& number);
    Reply cartaGuia(const QUrlQuery& query);
    Reply createDispatch(const QByteArray& body);
    Reply dispatchDetail(const QString& idText);

    /** The operation's counts, cession states and collection progress (from the Carta Guía rows of it). */
    core::Result<QJsonObject> operationJson(const core::Operation& operation, QList<core::OperationDte>* dtes,
                                            QList<core::CartaGuiaRow>* rows);

    static Reply json(int status, const QJsonObject& object);
    static Reply error(int status, const QByteArray& code, const QString& message, const QString& field = QString());
    /** A core failure as an answer: InvalidInput 400, NotFound 404, PermissionDenied 403, anything else 503/500. */
    static Reply coreError(const core::Error& failure, const QString& field = QString());

    const InternalApiSettings& m_settings;
    core::Database& m_database;
    const core::Clock& m_clock;
    core::DispatchService m_dispatch;
    const core::Actor m_actor;
};

} // namespace factora::server
