// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "OfferableDteTableModel.h"

#include "types/Rut.h"

namespace factora::ui {

OfferableDteTableModel::OfferableDteTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void OfferableDteTableModel::setDtes(const QList<core::DteRecord>& dtes)
{
    beginResetModel();
    m_dtes = dtes;
    endResetModel();
}

int OfferableDteTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_dtes.size());
}

int OfferableDteTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OfferableDteTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_dtes.size() || index.column() >= ColumnCount)
        return {};
    const core::DteRecord& dte = m_dtes.at(index.row());
    if (role == DteIdRole)
        return dte.id;
    if (role == Qt::TextAlignmentRole) {
        if (index.column() == Folio || index.column() == Amount)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    const bool sort = role == SortRole;
    switch (Column(index.column())) {
    case Tipo:
        return dte.tipo;
    case Folio:
        return dte.folio;
    case Debtor: {
        if (sort)
            return dte.receiverName;
        auto rut = core::Rut::parse(dte.receiverRut);
        return QStringLiteral("%1 (%2)").arg(dte.receiverName, rut ? rut->toDottedString() : dte.receiverRut);
    }
    case Issued:
        return sort ? QVariant(dte.fechaEmision) : QVariant(dte.fechaEmision.toString(QStringLiteral("dd-MM-yyyy")));
    case DueDate:
        if (sort)
            return dte.fechaVencimiento;
        return dte.fechaVencimiento.isValid() ? dte.fechaVencimiento.toString(QStringLiteral("dd-MM-yyyy"))
                                              : QStringLiteral("—");
    case Amount:
        return sort ? QVariant(dte.montoTotal.pesos()) : QVariant(dte.montoTotal.toDisplayString());
    case State:
        return dte.state == u"rejected" ? tr("Rechazado antes") : tr("Cargado");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant OfferableDteTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Tipo:
        return tr("Tipo");
    case Folio:
        return tr("Folio");
    case Debtor:
        return tr("Deudor");
    case Issued:
        return tr("Emisión");
    case DueDate:
        return tr("Vencimiento");
    case Amount:
        return tr("Monto");
    case State:
        return tr("Estado");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace factora::ui
