// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "InvoiceFormat.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace factora::core {

QString InvoiceFormat::documentTypeName(int tipo)
{
    switch (tipo) {
    case 33:
        return QCoreApplication::translate("InvoiceFormat", "FACTURA ELECTRÓNICA");
    case 34:
        return QCoreApplication::translate("InvoiceFormat", "FACTURA NO AFECTA O EXENTA ELECTRÓNICA");
    case 43:
        return QCoreApplication::translate("InvoiceFormat", "LIQUIDACIÓN FACTURA ELECTRÓNICA");
    case 46:
        return QCoreApplication::translate("InvoiceFormat", "FACTURA DE COMPRA ELECTRÓNICA");
    case 52:
        return QCoreApplication::translate("InvoiceFormat", "GUÍA DE DESPACHO ELECTRÓNICA");
    case 56:
        return QCoreApplication::translate("InvoiceFormat", "NOTA DE DÉBITO ELECTRÓNICA");
    case 61:
        return QCoreApplication::translate("InvoiceFormat", "NOTA DE CRÉDITO ELECTRÓNICA");
    case 110:
        return QCoreApplication::translate("InvoiceFormat", "FACTURA DE EXPORTACIÓN ELECTRÓNICA");
    case 111:
        return QCoreApplication::translate("InvoiceFormat", "NOTA DE DÉBITO DE EXPORTACIÓN ELECTRÓNICA");
    case 112:
        return QCoreApplication::translate("InvoiceFormat", "NOTA DE CRÉDITO DE EXPORTACIÓN ELECTRÓNICA");
    default:
        return {};
    }
}

QString InvoiceFormat::cedibleMark(int tipo)
{
    switch (tipo) {
    case 33:
    case 34:
    case 43:
    case 46:
        return QCoreApplication::translate("InvoiceFormat", "CEDIBLE");
    case 52:
        return QCoreApplication::translate("InvoiceFormat", "CEDIBLE CON SU FACTURA");
    default:
        return {};
    }
}

QString InvoiceFormat::referenceTypeName(const QString& code)
{
    bool numeric = false;
    const int tipo = code.toInt(&numeric);
    if (numeric) {
        switch (tipo) {
        case 30:
            return QCoreApplication::translate("InvoiceFormat", "Factura");
        case 33:
            return QCoreApplication::translate("InvoiceFormat", "Factura electrónica");
        case 34:
            return QCoreApplication::translate("InvoiceFormat", "Factura exenta electrónica");
        case 46:
            return QCoreApplication::translate("InvoiceFormat", "Factura de compra electrónica");
        case 52:
            return QCoreApplication::translate("InvoiceFormat", "Guía de despacho electrónica");
        case 56:
            return QCoreApplication::translate("InvoiceFormat", "Nota de débito electrónica");
        case 61:
            return QCoreApplication::translate("InvoiceFormat", "Nota de crédito electrónica");
        case 801:
            return QCoreApplication::translate("InvoiceFormat", "Orden de compra");
        case 802:
            return QCoreApplication::translate("InvoiceFormat", "Nota de pedido");
        case 803:
            return QCoreApplication::translate("InvoiceFormat", "Contrato");
        case 804:
            return QCoreApplication::translate("InvoiceFormat", "Resolución");
        case 805:
            return QCoreApplication::translate("InvoiceFormat", "Proceso ChileCompra");
        case 806:
            return QCoreApplication::translate("InvoiceFormat", "Ficha ChileCompra");
        case 807:
            return QCoreApplication::translate("InvoiceFormat", "DUS");
        default:
            return code;
        }
    }
    if (code == QLatin1StringView("HES"))
        return QCoreApplication::translate("InvoiceFormat", "Hoja de entrada de servicios");
    if (code == QLatin1StringView("HEM"))
        return QCoreApplication::translate("InvoiceFormat", "Hoja de entrada de materiales");
    if (code == QLatin1StringView("SET"))
        return QCoreApplication::translate("InvoiceFormat", "Set de pruebas");
    return code;
}

QString InvoiceFormat::paymentTermName(int formaPago)
{
    switch (formaPago) {
    case 1:
        return QCoreApplication::translate("InvoiceFormat", "Contado");
    case 2:
        return QCoreApplication::translate("InvoiceFormat", "Crédito");
    case 3:
        return QCoreApplication::translate("InvoiceFormat", "Sin costo");
    default:
        return {};
    }
}

QString InvoiceFormat::decimal(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^(-?)([0-9]+)(?:\\.([0-9]+))?$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return {};
    QString digits = match.captured(2);
    while (digits.size() > 1 && digits.startsWith(QLatin1Char('0')))
        digits.remove(0, 1);
    for (qsizetype at = digits.size() - 3; at > 0; at -= 3)
        digits.insert(at, QLatin1Char('.'));
    QString fraction = match.captured(3);
    while (fraction.endsWith(QLatin1Char('0')))
        fraction.chop(1);
    QString result = match.captured(1) + digits;
    if (!fraction.isEmpty())
        result += QLatin1Char(',') + fraction;
    return result == QLatin1StringView("-0") ? QStringLiteral("0") : result;
}

} // namespace factora::core
