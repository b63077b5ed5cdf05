// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "CollectionsRowModel.h"

#include <QFont>

#include <utility>

namespace factora::ui {

CollectionsRowModel::CollectionsRowModel(QStringList headers, QList<int> numericColumns, QObject* parent)
    : QAbstractTableModel(parent)
    , m_headers(std::move(headers))
    , m_numericColumns(std::move(numericColumns))
{
}

void CollectionsRowModel::setRows(const QList<Row>& rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int CollectionsRowModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return row;
    }
    return -1;
}

int CollectionsRowModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CollectionsRowModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant CollectionsRowModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= m_headers.size())
        return {};
    const Row& row = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return column < row.text.size() ? row.text.at(column) : QString();
    case SortRole: {
        const QVariant sort = column < row.sort.size() ? row.sort.at(column) : QVariant();
        return sort.isValid() ? sort : data(index, Qt::DisplayRole);
    }
    case IdRole:
        return row.id;
    case AttentionRole:
        return row.attention;
    case Qt::ToolTipRole:
        return row.toolTip.isEmpty() ? QVariant() : QVariant(row.toolTip);
    case Qt::TextAlignmentRole:
        return m_numericColumns.contains(column) ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::FontRole:
        if (row.attention) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

QVariant CollectionsRowModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < m_headers.size())
        return m_headers.at(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace factora::ui
