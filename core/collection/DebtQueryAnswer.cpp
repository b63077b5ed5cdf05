// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "DebtQueryAnswer.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace factora::core {

DebtQueryAnswer DebtQueryAnswer::failure(int code, const QString& message)
{
    DebtQueryAnswer answer;
    answer.errorCode = code;
    answer.errorMessage = message.left(100);
    return answer;
}

QJsonObject DebtQueryAnswer::toJson() const
{
    if (!ok())
        return { { QStringLiteral("codigo_error"), errorCode }, { QStringLiteral("mensaje_error"), errorMessage } };
    QJsonArray ids;
    for (const qint64 id : invoiceIds)
        ids.append(id);
    return { { QStringLiteral("transaccion"), transaccion },
             { QStringLiteral("rut_cliente"), rutCliente },
             { QStringLiteral("vencimiento"), vencimiento.toString(Qt::ISODate) },
             { QStringLiteral("facturas_pagar"), static_cast<int>(invoiceIds.size()) },
             { QStringLiteral("id_facturas"), ids },
             { QStringLiteral("nombre"), nombre },
             { QStringLiteral("total"), total.toPlainString() } };
}

QByteArray DebtQueryAnswer::toJsonBytes() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Compact);
}

} // namespace factora::core
