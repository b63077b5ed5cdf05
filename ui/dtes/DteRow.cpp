// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "DteRow.h"

#include <QCoreApplication>
#include <QStringList>

#include <utility>

namespace factora::ui {

DteRow DteRow::fromRecord(core::DteRecord record)
{
    DteRow row;
    row.typeText = QStringLiteral("%1 %2").arg(record.tipo).arg(typeName(record.tipo));
    row.stateText = stateName(record.state);
    row.checksText = checksSummary(record);
    row.searchText
        = QStringList { QString::number(record.folio), record.emitterRut, record.emitterName, record.receiverRut,
                        record.receiverName,           row.typeText,      row.stateText,      record.sourceFile }
              .join(u'\n')
              .toLower();
    row.emitterSortKey = sortKey(record.emitterName);
    row.receiverSortKey = sortKey(record.receiverName);
    row.record = std::move(record);
    return row;
}

QString DteRow::sortKey(const QString& name)
{
    const QString decomposed = name.normalized(QString::NormalizationForm_D);
    QString key;
    key.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            key.append(c.toLower());
    }
    return key;
}

QString DteRow::typeName(int tipo)
{
    switch (tipo) {
    case 33:
        return QCoreApplication::translate("DteRow", "Factura electrónica");
    case 34:
        return QCoreApplication::translate("DteRow", "Factura exenta");
    case 43:
        return QCoreApplication::translate("DteRow", "Liquidación factura");
    case 46:
        return QCoreApplication::translate("DteRow", "Factura de compra");
    case 52:
        return QCoreApplication::translate("DteRow", "Guía de despacho");
    case 56:
        return QCoreApplication::translate("DteRow", "Nota de débito");
    case 61:
        return QCoreApplication::translate("DteRow", "Nota de crédito");
    default:
        return QCoreApplication::translate("DteRow", "Documento tipo %1").arg(tipo);
    }
}

QString DteRow::stateName(const QString& state)
{
    if (state == QLatin1StringView("loaded"))
        return QCoreApplication::translate("DteRow", "Cargado");
    if (state == QLatin1StringView("offered"))
        return QCoreApplication::translate("DteRow", "Ofrecido");
    if (state == QLatin1StringView("approved"))
        return QCoreApplication::translate("DteRow", "Aprobado");
    if (state == QLatin1StringView("rejected"))
        return QCoreApplication::translate("DteRow", "Rechazado");
    if (state == QLatin1StringView("ceded"))
        return QCoreApplication::translate("DteRow", "Cedido");
    return state;
}

QString DteRow::checksSummary(const core::DteRecord& record)
{
    const QString schema = record.schemaOk ? QCoreApplication::translate("DteRow", "✓ esquema")
                                           : QCoreApplication::translate("DteRow", "✗ esquema");
    QString signature;
    if (record.signatureStrictOk)
        signature = QCoreApplication::translate("DteRow", "✓ firma");
    else if (record.signatureSiiOk)
        signature = QCoreApplication::translate("DteRow", "✓ firma (modo SII)");
    else
        signature = QCoreApplication::translate("DteRow", "✗ firma");
    return schema + QStringLiteral(" · ") + signature;
}

} // namespace factora::ui
