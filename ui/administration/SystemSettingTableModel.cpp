// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "SystemSettingTableModel.h"

namespace factora::ui {

SystemSettingTableModel::SystemSettingTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
    setObjectName(QStringLiteral("systemSettingTableModel"));
}

void SystemSettingTableModel::setRows(QList<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int SystemSettingTableModel::rowOf(const QString& key) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).key == key)
            return i;
    }
    return -1;
}

int SystemSettingTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int SystemSettingTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SystemSettingTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    if (role == Qt::UserRole)
        return row.key;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Key:
        return row.key;
    case Description:
        return row.description;
    case LocalValue:
        return row.localValue.isEmpty() ? tr("(vacío)") : row.localValue;
    case SharedValue:
        return row.sharedValue.isEmpty() ? tr("(sin valor compartido)") : row.sharedValue;
    case Effect:
        return row.needsServerRestart ? tr("Al reiniciar el servidor") : tr("Inmediato");
    default:
        return {};
    }
}

QVariant SystemSettingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Key:
        return tr("Clave");
    case Description:
        return tr("Descripción");
    case LocalValue:
        return tr("Valor en este equipo");
    case SharedValue:
        return tr("Valor compartido");
    case Effect:
        return tr("Se aplica");
    default:
        return {};
    }
}

} // namespace factora::ui
