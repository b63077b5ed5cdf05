// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "PaymentNotification.h"

#include "BankRut.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace factora::core {

namespace {
    constexpr double MaxExactInteger = 9007199254740992.0; // 2^53: beyond it a JSON number loses integers

    Error invalid(const QString& message)
    {
        return Error(ErrorCode::InvalidInput, message);
    }

    Result<QString> stringField(const QJsonObject& object, const QString& key, qsizetype maxLength, bool allowEmpty)
    {
        const auto it = object.constFind(key);
        if (it == object.constEnd())
            return invalid(QCoreApplication::translate("PaymentNotification", "Falta la llave «%1».").arg(key));
        if (!it->isString())
            return invalid(
                QCoreApplication::translate("PaymentNotification", "La llave «%1» debe ser texto (String).").arg(key));
        const QString value = it->toString();
        if (value.size() > maxLength)
            return invalid(QCoreApplication::translate("PaymentNotification",
                                                       "La llave «%1» tiene %2 caracteres; el máximo es %3.")
                               .arg(key)
                               .arg(value.size())
                               .arg(maxLength));
        if (!allowEmpty && value.trimmed().isEmpty())
            return invalid(QCoreApplication::translate("PaymentNotification", "La llave «%1» está vacía.").arg(key));
        return value;
    }

    Result<qint64> integerValue(const QJsonValue& value, const QString& what)
    {
        if (!value.isDouble())
            return invalid(
                QCoreApplication::translate("PaymentNotification", "%1 debe ser un número entero (Int).").arg(what));
        const double number = value.toDouble();
        if (std::trunc(number) != number || number < 0 || number > MaxExactInteger)
            return invalid(
                QCoreApplication::translate("PaymentNotification", "%1 debe ser un número entero no negativo.")
                    .arg(what));
        return static_cast<qint64>(number);
    }
} // namespace

Result<PaymentNotification> PaymentNotification::parse(const QByteArray& body, const BankingCalendar& calendar)
{
    if (body.size() > maximumBodySize)
        return invalid(QCoreApplication::translate("PaymentNotification", "El mensaje tiene %1 bytes; el máximo es %2.")
                           .arg(body.size())
                           .arg(maximumBodySize));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return invalid(
            QCoreApplication::translate("PaymentNotification", "El mensaje no es JSON válido (posición %1): %2.")
                .arg(parseError.offset)
                .arg(parseError.errorString()));
    if (!document.isObject())
        return invalid(QCoreApplication::translate("PaymentNotification", "El mensaje debe ser un objeto JSON."));
    const QJsonObject object = document.object();

    PaymentNotification n;
    auto transaccion = stringField(object, QStringLiteral("transaccion"), 40, false);
    if (!transaccion)
        return transaccion.error();
    n.transaccion = transaccion.value();

    auto rut = stringField(object, QStringLiteral("rut_cliente"), 30, false);
    if (!rut)
        return rut.error();
    n.rutCliente = rut.value();
    auto candidates = BankRut::candidates(n.rutCliente);
    if (!candidates)
        return invalid(QCoreApplication::translate("PaymentNotification", "rut_cliente «%1»: %2")
                           .arg(n.rutCliente, candidates.error().message()));
    n.rutCandidates = candidates.value();

    auto fecha = stringField(object, QStringLiteral("fecha-pago"), 16, false);
    if (!fecha)
        return fecha.error();
    n.fechaPago = fecha.value();
    auto paidAt = calendar.parseLocalTimestamp(n.fechaPago);
    if (!paidAt)
        return invalid(
            QCoreApplication::translate("PaymentNotification", "fecha-pago: %1").arg(paidAt.error().message()));
    n.paidAt = paidAt.value();
    auto accounting = calendar.accountingDate(n.paidAt);
    if (!accounting)
        return invalid(
            QCoreApplication::translate("PaymentNotification", "fecha-pago: %1").arg(accounting.error().message()));
    n.accountingDate = accounting.value();

    auto nombre = stringField(object, QStringLiteral("nombre"), 100, true);
    if (!nombre)
        return nombre.error();
    n.nombre = nombre.value();

    auto total = stringField(object, QStringLiteral("total"), 20, false);
    if (!total)
        return total.error();
    n.totalText = total.value();
    if (auto exact = Money::parse(n.totalText, Money::Rounding::Exact)) {
        n.total = exact.value();
    } else if (auto fractional = Money::parse(n.totalText, Money::Rounding::Truncate); !fractional) {
        return invalid(QCoreApplication::translate("PaymentNotification", "total «%1»: %2")
                           .arg(n.totalText, fractional.error().message()));
    }

    auto vencimiento = stringField(object, QStringLiteral("vencimiento"), 10, false);
    if (!vencimiento)
        return vencimiento.error();
    static const QRegularExpression dateShape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    n.vencimiento = QDate::fromString(vencimiento.value(), Qt::ISODate);
    if (!dateShape.match(vencimiento.value()).hasMatch() || !n.vencimiento.isValid())
        return invalid(
            QCoreApplication::translate("PaymentNotification", "vencimiento «%1» no es una fecha AAAA-MM-DD.")
                .arg(vencimiento.value()));

    const auto count = object.constFind(QStringLiteral("facturas_pagar"));
    if (count == object.constEnd())
        return invalid(QCoreApplication::translate("PaymentNotification", "Falta la llave «%1».")
                           .arg(QStringLiteral("facturas_pagar")));
    auto facturas = integerValue(count.value(), QStringLiteral("facturas_pagar"));
    if (!facturas)
        return facturas.error();
    if (facturas.value() > 9'999'999'999LL)
        return invalid(QCoreApplication::translate("PaymentNotification", "facturas_pagar tiene más de 10 dígitos."));

    const auto ids = object.constFind(QStringLiteral("id_facturas"));
    if (ids == object.constEnd())
        return invalid(QCoreApplication::translate("PaymentNotification", "Falta la llave «%1».")
                           .arg(QStringLiteral("id_facturas")));
    if (!ids->isArray())
        return invalid(
            QCoreApplication::translate("PaymentNotification", "La llave «id_facturas» debe ser un arreglo (Array)."));
    const QJsonArray array = ids->toArray();
    QSet<qint64> seen;
    for (qsizetype i = 0; i < array.size(); ++i) {
        auto id
            = integerValue(array.at(i), QCoreApplication::translate("PaymentNotification", "id_facturas[%1]").arg(i));
        if (!id)
            return id.error();
        if (id.value() == 0)
            return invalid(
                QCoreApplication::translate("PaymentNotification", "id_facturas[%1] debe ser mayor que cero.").arg(i));
        if (seen.contains(id.value()))
            return invalid(QCoreApplication::translate("PaymentNotification", "id_facturas repite la factura %1.")
                               .arg(id.value()));
        seen.insert(id.value());
        n.invoiceIds << id.value();
    }
    if (facturas.value() != array.size())
        return invalid(
            QCoreApplication::translate("PaymentNotification", "facturas_pagar es %1 pero id_facturas tiene %2.")
                .arg(facturas.value())
                .arg(array.size()));
    n.facturasPagar = static_cast<int>(facturas.value());
    return n;
}

QString PaymentNotification::transaccionOf(const QByteArray& body)
{
    if (body.size() > maximumBodySize)
        return {};
    const QJsonDocument document = QJsonDocument::fromJson(body);
    const QJsonValue value
        = document.isObject() ? document.object().value(QStringLiteral("transaccion")) : QJsonValue();
    if (!value.isString() || value.toString().isEmpty() || value.toString().size() > 40)
        return {};
    return value.toString();
}

} // namespace factora::core
