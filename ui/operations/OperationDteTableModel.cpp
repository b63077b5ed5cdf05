// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "OperationDteTableModel.h"

#include "cession/CessionState.h"
#include "types/Rut.h"

#include <QBrush>
#include <QColor>

namespace factora::ui {

OperationDteTableModel::OperationDteTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void OperationDteTableModel::setRows(const QList<core::OperationDte>& rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int OperationDteTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OperationDteTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString OperationDteTableModel::cessionText(const QString& state)
{
    if (state.isEmpty())
        return QStringLiteral("—");
    const auto known = core::CessionStates::fromName(state);
    return known ? core::CessionStates::description(*known) : state;
}

QString OperationDteTableModel::collectionText(const QString& state)
{
    if (state == u"pending")
        return tr("Por cobrar");
    if (state == u"paid")
        return tr("Pagada");
    if (state == u"withdrawn")
        return tr("Retirada de la cartera");
    return state.isEmpty() ? QStringLiteral("—") : state;
}

QVariant OperationDteTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount)
        return {};
    const core::OperationDte& row = m_rows.at(index.row());
    switch (role) {
    case DteIdRole:
        return row.dteId;
    case CompanyIdRole:
        return row.companyId;
    case OperationIdRole:
        return row.operationId;
    case Qt::TextAlignmentRole:
        if (index.column() == Folio || index.column() == Amount)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Decision && row.decision == core::OperationDteState::Rejected)
            return QBrush(QColor(0xb0, 0x1e, 0x1e));
        if (index.column() == Decision && row.decision == core::OperationDteState::Approved)
            return QBrush(QColor(0x1e, 0x6b, 0x2e));
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Reason && !row.reason.isEmpty())
            return row.reason;
        if (index.column() == Decision && !row.decidedBy.isEmpty()) {
            return tr("Por %1 el %2")
                .arg(row.decidedBy, row.decidedAt.toLocalTime().toString(QStringLiteral("dd-MM-yyyy HH:mm")));
        }
        return {};
    case Qt::DisplayRole:
    case SortRole:
        break;
    default:
        return {};
    }
    const bool sort = role == SortRole;
    switch (Column(index.column())) {
    case Client:
        return row.companyName;
    case Operation:
        return row.operationNumber;
    case Tipo:
        return row.tipo;
    case Folio:
        return row.folio;
    case Debtor: {
        if (sort)
            return row.receiverName;
        auto rut = core::Rut::parse(row.receiverRut);
        return QStringLiteral("%1 (%2)").arg(row.receiverName, rut ? rut->toDottedString() : row.receiverRut);
    }
    case Amount:
        return sort ? QVariant(row.montoTotal.pesos()) : QVariant(row.montoTotal.toDisplayString());
    case DueDate:
        if (sort)
            return row.fechaVencimiento;
        return row.fechaVencimiento.isValid() ? row.fechaVencimiento.toString(QStringLiteral("dd-MM-yyyy"))
                                              : QStringLiteral("—");
    case Decision:
        return core::OperationDteStates::displayName(row.decision);
    case Reason:
        return row.reason;
    case Cession:
        return sort ? row.cessionState : cessionText(row.cessionState);
    case Collection:
        return sort ? row.collectionState : collectionText(row.collectionState);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant OperationDteTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Client:
        return tr("Cliente");
    case Operation:
        return tr("Operación");
    case Tipo:
        return tr("Tipo");
    case Folio:
        return tr("Folio");
    case Debtor:
        return tr("Deudor");
    case Amount:
        return tr("Monto");
    case DueDate:
        return tr("Vencimiento");
    case Decision:
        return tr("VºBº");
    case Reason:
        return tr("Motivo");
    case Cession:
        return tr("Cesión");
    case Collection:
        return tr("Cobranza");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace factora::ui
