// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "CessionEventTableModel.h"

#include "CessionCodeExplainer.h"

#include <QLocale>

namespace factora::ui {

CessionEventTableModel::CessionEventTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void CessionEventTableModel::setEvents(QList<core::CessionEvent> events)
{
    beginResetModel();
    m_events = std::move(events);
    endResetModel();
}

int CessionEventTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int CessionEventTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CessionEventTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const core::CessionEvent& event = m_events.at(index.row());
    switch (index.column()) {
    case TimeColumn:
        return QLocale().toString(event.occurredAt.toLocalTime(), QLocale::ShortFormat);
    case FromColumn:
        return event.from ? core::CessionStates::description(*event.from) : tr("(registrada)");
    case ToColumn:
        return core::CessionStates::description(event.to);
    case CodeColumn:
        return event.siiCode;
    case MeaningColumn:
        return CessionCodeExplainer::explain(event.siiCode);
    case ActorColumn:
        return event.actor;
    case ReasonColumn:
        return event.reason;
    default:
        return {};
    }
}

QVariant CessionEventTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Fecha");
    case FromColumn:
        return tr("Desde");
    case ToColumn:
        return tr("Hacia");
    case CodeColumn:
        return tr("Código SII");
    case MeaningColumn:
        return tr("Significado");
    case ActorColumn:
        return tr("Quién");
    case ReasonColumn:
        return tr("Motivo");
    default:
        return {};
    }
}

} // namespace factora::ui
