// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "ApprovedDteTableModel.h"

#include "CessionTableModel.h"

#include <QLocale>

namespace factora::ui {

ApprovedDteTableModel::ApprovedDteTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ApprovedDteTableModel::setDtes(QList<core::DteRecord> dtes)
{
    beginResetModel();
    m_dtes = std::move(dtes);
    QSet<qint64> present;
    for (const core::DteRecord& dte : std::as_const(m_dtes))
        present.insert(dte.id);
    m_checked.intersect(present);
    endResetModel();
    emit checkedChanged();
}

QList<core::DteRecord> ApprovedDteTableModel::checkedDtes() const
{
    QList<core::DteRecord> checked;
    for (const core::DteRecord& dte : m_dtes) {
        if (m_checked.contains(dte.id))
            checked << dte;
    }
    return checked;
}

void ApprovedDteTableModel::setAllChecked(bool checked)
{
    m_checked.clear();
    if (checked) {
        for (const core::DteRecord& dte : std::as_const(m_dtes))
            m_checked.insert(dte.id);
    }
    if (!m_dtes.isEmpty())
        emit dataChanged(index(0, DocumentColumn), index(int(m_dtes.size()) - 1, DocumentColumn),
                         { Qt::CheckStateRole });
    emit checkedChanged();
}

int ApprovedDteTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_dtes.size());
}

int ApprovedDteTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ApprovedDteTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::DteRecord& dte = m_dtes.at(index.row());
    if (role == IdRole)
        return dte.id;
    if (role == Qt::CheckStateRole && index.column() == DocumentColumn)
        return m_checked.contains(dte.id) ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::TextAlignmentRole && index.column() == TotalColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case DocumentColumn:
        return CessionTableModel::documentLabel(dte.tipo, dte.folio);
    case EmitterColumn:
        return tr("%1 (%2)").arg(dte.emitterName, dte.emitterRut);
    case DebtorColumn:
        return tr("%1 (%2)").arg(dte.receiverName, dte.receiverRut);
    case IssuedColumn:
        return QLocale().toString(dte.fechaEmision, QLocale::ShortFormat);
    case DueColumn:
        return dte.fechaVencimiento.isValid() ? QLocale().toString(dte.fechaVencimiento, QLocale::ShortFormat)
                                              : QString();
    case TotalColumn:
        return dte.montoTotal.toDisplayString();
    default:
        return {};
    }
}

bool ApprovedDteTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || role != Qt::CheckStateRole || index.column() != DocumentColumn)
        return false;
    const qint64 id = m_dtes.at(index.row()).id;
    if (value.value<Qt::CheckState>() == Qt::Checked)
        m_checked.insert(id);
    else
        m_checked.remove(id);
    emit dataChanged(index, index, { Qt::CheckStateRole });
    emit checkedChanged();
    return true;
}

Qt::ItemFlags ApprovedDteTableModel::flags(const QModelIndex& index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == DocumentColumn)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

QVariant ApprovedDteTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DocumentColumn:
        return tr("Documento");
    case EmitterColumn:
        return tr("Emisor (cedente)");
    case DebtorColumn:
        return tr("Deudor");
    case IssuedColumn:
        return tr("Emisión");
    case DueColumn:
        return tr("Vencimiento");
    case TotalColumn:
        return tr("Total");
    default:
        return {};
    }
}

} // namespace factora::ui
