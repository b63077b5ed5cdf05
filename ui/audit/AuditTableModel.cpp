// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "AuditTableModel.h"

#include <QLocale>

namespace factora::ui {

AuditTableModel::AuditTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
    setObjectName(QStringLiteral("auditTableModel"));
}

int AuditTableModel::reset()
{
    beginResetModel();
    m_rows.clear();
    ++m_generation;
    m_more = false;
    m_loading = true;
    endResetModel();
    return m_generation;
}

void AuditTableModel::appendPage(int generation, const QList<core::AuditRecord>& rows, bool more)
{
    if (generation != m_generation)
        return;
    if (!rows.isEmpty()) {
        // Still "loading" while the rows go in: a view asking for more meanwhile would continue below the old end.
        const int first = static_cast<int>(m_rows.size());
        beginInsertRows({}, first, first + static_cast<int>(rows.size()) - 1);
        m_rows += rows;
        endInsertRows();
    }
    m_loading = false;
    m_more = more;
}

int AuditTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int AuditTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::AuditRecord& record = m_rows.at(index.row());
    if (role == Qt::UserRole)
        return record.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Id:
        return record.id;
    case When:
        return QLocale().toString(record.occurredAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case Actor:
        return record.event.actor;
    case Action:
        return record.event.action;
    case Entity:
        return record.event.objectType;
    case EntityId:
        return record.event.objectId;
    default:
        return {};
    }
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Id:
        return tr("N.º");
    case When:
        return tr("Fecha y hora");
    case Actor:
        return tr("Quién");
    case Action:
        return tr("Acción");
    case Entity:
        return tr("Entidad");
    case EntityId:
        return tr("Identificador");
    default:
        return {};
    }
}

bool AuditTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_more && !m_loading;
}

void AuditTableModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    m_loading = true;
    emit pageWanted(m_generation, m_rows.isEmpty() ? 0 : m_rows.constLast().id);
}

} // namespace factora::ui
