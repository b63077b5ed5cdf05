// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "DteImportResultModel.h"

#include <QColor>
#include <QFileInfo>

#include <algorithm>

namespace factora::ui {

DteImportResultModel::DteImportResultModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void DteImportResultModel::clear()
{
    beginResetModel();
    m_results.clear();
    endResetModel();
}

void DteImportResultModel::append(const DteFileResult& result)
{
    const int row = int(m_results.size());
    beginInsertRows({}, row, row);
    m_results.append(result);
    endInsertRows();
}

int DteImportResultModel::count(DteFileResult::Outcome outcome) const
{
    return int(std::count_if(m_results.cbegin(), m_results.cend(),
                             [outcome](const DteFileResult& result) { return result.outcome == outcome; }));
}

int DteImportResultModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_results.size());
}

int DteImportResultModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DteImportResultModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DteFileResult& result = m_results.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Archivo:
            return QFileInfo(result.path).fileName();
        case Resultado:
            return DteFileResult::outcomeName(result.outcome);
        case Detalle:
            return QString(result.detail).replace(u'\n', QStringLiteral("; "));
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == Archivo)
            return result.path;
        if (index.column() == Detalle)
            return result.detail;
        return {};
    }
    if (role == Qt::ForegroundRole && index.column() == Resultado) {
        switch (result.outcome) {
        case DteFileResult::Outcome::Imported:
            return QColor(0x1b, 0x6e, 0x20);
        case DteFileResult::Outcome::Duplicate:
            return {};
        default:
            return QColor(0xb3, 0x26, 0x1e);
        }
    }
    return {};
}

QVariant DteImportResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Archivo:
        return tr("Archivo");
    case Resultado:
        return tr("Resultado");
    case Detalle:
        return tr("Detalle");
    default:
        return {};
    }
}

} // namespace factora::ui
