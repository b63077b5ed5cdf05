// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "OperationTableModel.h"

#include "types/Rut.h"

namespace factora::ui {

OperationTableModel::OperationTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void OperationTableModel::setOperations(const QList<core::Operation>& operations)
{
    beginResetModel();
    m_operations = operations;
    endResetModel();
}

int OperationTableModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_operations.size(); ++row) {
        if (m_operations.at(row).id == id)
            return row;
    }
    return -1;
}

int OperationTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_operations.size());
}

int OperationTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OperationTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_operations.size() || index.column() >= ColumnCount)
        return {};
    const core::Operation& operation = m_operations.at(index.row());
    if (role == IdRole)
        return operation.id;
    if (role == Qt::TextAlignmentRole) {
        if (index.column() >= Pending && index.column() <= Amount)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (role == Qt::ToolTipRole && index.column() == Paid) {
        return tr("%1 de %n DTE aprobado(s) ya pagado(s) por el deudor", nullptr, operation.approvedCount)
            .arg(operation.paidCount);
    }
    if (role == Qt::ToolTipRole && index.column() == Client) {
        auto rut = core::Rut::parse(operation.companyRut);
        return rut ? rut->toDottedString() : operation.companyRut;
    }
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    const bool sort = role == SortRole;
    switch (Column(index.column())) {
    case Number:
        return operation.number;
    case Client:
        return operation.companyName;
    case State:
        return core::OperationStates::displayName(operation.state);
    case Pending:
        return operation.offeredCount;
    case Approved:
        return operation.approvedCount;
    case Rejected:
        return operation.rejectedCount;
    case Paid:
        return operation.paidCount;
    case Amount:
        return sort ? QVariant(operation.totalAmount.pesos()) : QVariant(operation.totalAmount.toDisplayString());
    case Created:
        return sort ? QVariant(operation.createdAt)
                    : QVariant(operation.createdAt.toLocalTime().toString(QStringLiteral("dd-MM-yyyy HH:mm")));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant OperationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Number:
        return tr("Número");
    case Client:
        return tr("Cliente");
    case State:
        return tr("Estado");
    case Pending:
        return tr("Pendientes");
    case Approved:
        return tr("Aprobados");
    case Rejected:
        return tr("Rechazados");
    case Paid:
        return tr("Pagados");
    case Amount:
        return tr("Monto total");
    case Created:
        return tr("Creada");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace factora::ui
