// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "OperationEventTableModel.h"

namespace factora::ui {

OperationEventTableModel::OperationEventTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void OperationEventTableModel::setEvents(const QList<core::OperationEvent>& events)
{
    beginResetModel();
    m_events = events;
    endResetModel();
}

int OperationEventTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int OperationEventTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OperationEventTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_events.size() || index.column() >= ColumnCount)
        return {};
    const core::OperationEvent& event = m_events.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == Event)
        return event.describe();
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case When:
        return event.occurredAt.toLocalTime().toString(QStringLiteral("dd-MM-yyyy HH:mm:ss"));
    case Operation:
        return event.operationNumber;
    case Event:
        return event.describe();
    case Who:
        return event.actor;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant OperationEventTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case When:
        return tr("Fecha");
    case Operation:
        return tr("Operación");
    case Event:
        return tr("Evento");
    case Who:
        return tr("Usuario");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace factora::ui
