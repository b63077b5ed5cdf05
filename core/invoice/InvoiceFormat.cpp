// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "InvoiceFormat.h"

#include <QRegularExpression>

namespace factora::core {

// The printed invoice is a Chilean tax document: its words are the SII's Spanish whatever language the program
// speaks, so they are plain literals here, never passed through the translation catalogue.

QString InvoiceFormat::documentTypeName(int tipo)
{
    switch (tipo) {
    case 33:
        return QStringLiteral("FACTURA ELECTRÓNICA");
    case 34:
        return QStringLiteral("FACTURA NO AFECTA O EXENTA ELECTRÓNICA");
    case 43:
        return QStringLiteral("LIQUIDACIÓN FACTURA ELECTRÓNICA");
    case 46:
        return QStringLiteral("FACTURA DE COMPRA ELECTRÓNICA");
    case 52:
        return QStringLiteral("GUÍA DE DESPACHO ELECTRÓNICA");
    case 56:
        return QStringLiteral("NOTA DE DÉBITO ELECTRÓNICA");
    case 61:
        return QStringLiteral("NOTA DE CRÉDITO ELECTRÓNICA");
    case 110:
        return QStringLiteral("FACTURA DE EXPORTACIÓN ELECTRÓNICA");
    case 111:
        return QStringLiteral("NOTA DE DÉBITO DE EXPORTACIÓN ELECTRÓNICA");
    case 112:
        return QStringLiteral("NOTA DE CRÉDITO DE EXPORTACIÓN ELECTRÓNICA");
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
        return QStringLiteral("CEDIBLE");
    case 52:
        return QStringLiteral("CEDIBLE CON SU FACTURA");
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
            return QStringLiteral("Factura");
        case 33:
            return QStringLiteral("Factura electrónica");
        case 34:
            return QStringLiteral("Factura exenta electrónica");
        case 46:
            return QStringLiteral("Factura de compra electrónica");
        case 52:
            return QStringLiteral("Guía de despacho electrónica");
        case 56:
            return QStringLiteral("Nota de débito electrónica");
        case 61:
            return QStringLiteral("Nota de crédito electrónica");
        case 801:
            return QStringLiteral("Orden de compra");
        case 802:
            return QStringLiteral("Nota de pedido");
        case 803:
            return QStringLiteral("Contrato");
        case 804:
            return QStringLiteral("Resolución");
        case 805:
            return QStringLiteral("Proceso ChileCompra");
        case 806:
            return QStringLiteral("Ficha ChileCompra");
        case 807:
            return QStringLiteral("DUS");
        default:
            return code;
        }
    }
    if (code == QLatin1StringView("HES"))
        return QStringLiteral("Hoja de entrada de servicios");
    if (code == QLatin1StringView("HEM"))
        return QStringLiteral("Hoja de entrada de materiales");
    if (code == QLatin1StringView("SET"))
        return QStringLiteral("Set de pruebas");
    return code;
}

QString InvoiceFormat::paymentTermName(int formaPago)
{
    switch (formaPago) {
    case 1:
        return QStringLiteral("Contado");
    case 2:
        return QStringLiteral("Crédito");
    case 3:
        return QStringLiteral("Sin costo");
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
