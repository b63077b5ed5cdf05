// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "NotificationAnswer.h"

#include "CollectionCodes.h"

#include <QJsonDocument>

namespace factora::core {

NotificationAnswer NotificationAnswer::make(Outcome outcome, const QString& detail)
{
    // The bank's channel shows resultado as is: short ASCII texts, the seed's own for 1000 and 1003.
    NotificationAnswer answer;
    answer.outcome = outcome;
    answer.detail = detail;
    switch (outcome) {
    case Outcome::Applied:
    case Outcome::Replay:
        answer.code = CollectionCode::PaymentApplied;
        answer.resultado = QStringLiteral("Informacion obtenida con exito");
        break;
    case Outcome::Invalid:
        answer.code = CollectionCode::InvalidQuery;
        answer.resultado = QStringLiteral("Peticion Invalida.");
        break;
    case Outcome::UnknownTransaccion:
        answer.code = CollectionCode::PaymentError;
        answer.resultado = QStringLiteral("Trx desconocida");
        break;
    case Outcome::Mismatch:
        answer.code = CollectionCode::PaymentError;
        answer.resultado = QStringLiteral("Datos distintos");
        break;
    case Outcome::AlreadyPaid:
        answer.code = CollectionCode::PaymentError;
        answer.resultado = QStringLiteral("Ya pagada");
        break;
    case Outcome::Error:
        answer.code = CollectionCode::PaymentError;
        answer.resultado = QStringLiteral("Error interno");
        break;
    }
    return answer;
}

QString NotificationAnswer::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Applied:
        return QStringLiteral("applied");
    case Outcome::Replay:
        return QStringLiteral("replay");
    case Outcome::Invalid:
        return QStringLiteral("invalid");
    case Outcome::UnknownTransaccion:
        return QStringLiteral("unknown_transaccion");
    case Outcome::Mismatch:
        return QStringLiteral("mismatch");
    case Outcome::AlreadyPaid:
        return QStringLiteral("already_paid");
    case Outcome::Error:
        return QStringLiteral("error");
    }
    return QStringLiteral("error");
}

QJsonObject NotificationAnswer::toJson() const
{
    return { { QStringLiteral("codigo_resultado"), code }, { QStringLiteral("resultado"), resultado } };
}

QByteArray NotificationAnswer::toJsonBytes() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Compact);
}

} // namespace factora::core
