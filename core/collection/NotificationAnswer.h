// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include <QByteArray>
#include <QDate>
#include <QJsonObject>
#include <QString>

namespace factora::core {

/**
 * @brief The answer to a payment notification (structure 4) and what Factora did with it.
 *
 * Only code and resultado go to the bank; outcome, detail, applied and accountingDate are for the caller's
 * logs and tests, and are stored with the notification.
 */
struct NotificationAnswer
{
    /** @brief What happened to the notification; stored as the outcome column. */
    enum class Outcome {
        Applied, ///< the invoices are now paid by it (1000)
        Replay, ///< its transaccion was applied before with the same data: nothing changed (1000)
        Invalid, ///< malformed: not JSON, wrong types or lengths, wrong check digit (1003)
        UnknownTransaccion, ///< no debt query issued that transaccion (2003)
        Mismatch, ///< RUT, invoices or total differ from what the query answered (2003)
        AlreadyPaid, ///< an invoice was paid meanwhile by another transaccion (2003)
        Error, ///< the database failed; nothing applied, the bank may retry (2003)
    };

    int code = 0; ///< CollectionCode::PaymentApplied, InvalidQuery or PaymentError
    QString resultado; ///< the text the bank receives
    Outcome outcome = Outcome::Error;
    QString detail; ///< what exactly was wrong, in Spanish; stored, never sent
    bool applied = false; ///< true only for the notification that applied the payment
    QDate accountingDate; ///< for Applied and Replay
    qint64 notificationId = 0; ///< the stored row; 0 when even storing failed

    /** @brief The answer for @p outcome with its contract code and resultado text. */
    static NotificationAnswer make(Outcome outcome, const QString& detail);

    /** @brief The outcome's stored name: "applied", "replay", "invalid", "unknown_transaccion", ... */
    static QString outcomeName(Outcome outcome);

    /** @brief {"codigo_resultado": Int, "resultado": String}. */
    QJsonObject toJson() const;
    QByteArray toJsonBytes() const;
};

} // namespace factora::core
