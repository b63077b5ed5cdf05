// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "DteTableModel.h"

#include <QColor>

#include <utility>

namespace factora::ui {

DteTableModel::DteTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void DteTableModel::setRows(QList<DteRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int DteTableModel::rowOfId(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).record.id == id)
            return i;
    }
    return -1;
}

int DteTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DteTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DteTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DteRow& row = m_rows.at(index.row());
    const core::DteRecord& dte = row.record;
    if (role == IdRole)
        return dte.id;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Tipo:
            return row.typeText;
        case Folio:
            return QString::number(dte.folio);
        case Emisor:
            return dte.emitterName.isEmpty() ? dte.emitterRut : tr("%1 (%2)").arg(dte.emitterName, dte.emitterRut);
        case Receptor:
            return dte.receiverName.isEmpty() ? dte.receiverRut : tr("%1 (%2)").arg(dte.receiverName, dte.receiverRut);
        case FechaEmision:
            return dte.fechaEmision.toString(QStringLiteral("dd-MM-yyyy"));
        case Vencimiento:
            return dte.fechaVencimiento.isValid() ? dte.fechaVencimiento.toString(QStringLiteral("dd-MM-yyyy"))
                                                  : tr("—");
        case MontoTotal:
            return dte.montoTotal.toDisplayString();
        case Estado:
            return row.stateText;
        case Verificaciones:
            return row.checksText;
        default:
            return {};
        }
    }
    if (role == SortRole) {
        switch (index.column()) {
        case Tipo:
            return dte.tipo;
        case Folio:
            return dte.folio;
        case Emisor:
            return dte.emitterName;
        case Receptor:
            return dte.receiverName;
        case FechaEmision:
            return dte.fechaEmision;
        case Vencimiento:
            return dte.fechaVencimiento;
        case MontoTotal:
            return dte.montoTotal.pesos();
        case Estado:
            return row.stateText;
        case Verificaciones:
            return row.checksText;
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole) {
        if (index.column() == Folio || index.column() == MontoTotal)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (role == Qt::ForegroundRole && index.column() == Verificaciones) {
        const bool good = dte.schemaOk && (dte.signatureStrictOk || dte.signatureSiiOk);
        return good ? QVariant() : QVariant(QColor(0xb3, 0x26, 0x1e));
    }
    if (role == Qt::ToolTipRole && (index.column() == Emisor || index.column() == Receptor))
        return data(index, Qt::DisplayRole);
    return {};
}

QVariant DteTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Tipo:
        return tr("Tipo");
    case Folio:
        return tr("Folio");
    case Emisor:
        return tr("Emisor");
    case Receptor:
        return tr("Receptor");
    case FechaEmision:
        return tr("Fecha emisión");
    case Vencimiento:
        return tr("Vencimiento");
    case MontoTotal:
        return tr("Monto total");
    case Estado:
        return tr("Estado");
    case Verificaciones:
        return tr("Verificaciones");
    default:
        return {};
    }
}

} // namespace factora::ui
