// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "DteFilterProxyModel.h"

#include "DteTableModel.h"

namespace factora::ui {

namespace {
    bool partyMatches(const QString& filter, const QString& rut, const QString& name)
    {
        return filter.isEmpty() || rut.contains(filter, Qt::CaseInsensitive)
            || name.contains(filter, Qt::CaseInsensitive);
    }

    template <typename T> int compare(const T& a, const T& b)
    {
        return a < b ? -1 : (b < a ? 1 : 0);
    }
} // namespace

DteFilterProxyModel::DteFilterProxyModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(DteTableModel::SortRole);
}

void DteFilterProxyModel::setDteModel(DteTableModel* model)
{
    m_model = model;
    setSourceModel(model);
}

void DteFilterProxyModel::setEmitterFilter(const QString& text)
{
    m_emitter = text.trimmed();
    refilter();
}

void DteFilterProxyModel::setReceiverFilter(const QString& text)
{
    m_receiver = text.trimmed();
    refilter();
}

void DteFilterProxyModel::setTypeFilter(int tipo)
{
    m_tipo = tipo;
    refilter();
}

void DteFilterProxyModel::setDateRange(const QDate& from, const QDate& to)
{
    m_from = from;
    m_to = to;
    refilter();
}

void DteFilterProxyModel::setAmountRange(std::optional<qint64> minimum, std::optional<qint64> maximum)
{
    m_minimum = minimum;
    m_maximum = maximum;
    refilter();
}

void DteFilterProxyModel::setStateFilter(const QString& state)
{
    m_state = state;
    refilter();
}

void DteFilterProxyModel::setQuickSearch(const QString& text)
{
    m_words = text.toLower().split(u' ', Qt::SkipEmptyParts);
    refilter();
}

void DteFilterProxyModel::clearFilters()
{
    m_emitter.clear();
    m_receiver.clear();
    m_tipo = 0;
    m_from = {};
    m_to = {};
    m_minimum.reset();
    m_maximum.reset();
    m_state.clear();
    m_words.clear();
    refilter();
}

void DteFilterProxyModel::refilter()
{
    invalidateFilter();
}

bool DteFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (!m_model || sourceParent.isValid())
        return true;
    const DteRow& row = m_model->row(sourceRow);
    const core::DteRecord& dte = row.record;
    if (m_tipo != 0 && dte.tipo != m_tipo)
        return false;
    if (!m_state.isEmpty() && dte.state != m_state)
        return false;
    if (m_from.isValid() && dte.fechaEmision < m_from)
        return false;
    if (m_to.isValid() && dte.fechaEmision > m_to)
        return false;
    if (m_minimum && dte.montoTotal.pesos() < *m_minimum)
        return false;
    if (m_maximum && dte.montoTotal.pesos() > *m_maximum)
        return false;
    if (!partyMatches(m_emitter, dte.emitterRut, dte.emitterName))
        return false;
    if (!partyMatches(m_receiver, dte.receiverRut, dte.receiverName))
        return false;
    for (const QString& word : m_words) {
        if (!row.searchText.contains(word))
            return false;
    }
    return true;
}

bool DteFilterProxyModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    if (!m_model)
        return QSortFilterProxyModel::lessThan(left, right);
    const DteRow& a = m_model->row(left.row());
    const DteRow& b = m_model->row(right.row());
    const core::DteRecord& x = a.record;
    const core::DteRecord& y = b.record;
    int order = 0;
    switch (left.column()) {
    case DteTableModel::Tipo:
        order = compare(x.tipo, y.tipo);
        break;
    case DteTableModel::Folio:
        order = compare(x.folio, y.folio);
        break;
    case DteTableModel::Emisor:
        order = a.emitterSortKey.compare(b.emitterSortKey);
        break;
    case DteTableModel::Receptor:
        order = a.receiverSortKey.compare(b.receiverSortKey);
        break;
    case DteTableModel::FechaEmision:
        order = compare(x.fechaEmision, y.fechaEmision);
        break;
    case DteTableModel::Vencimiento:
        order = compare(x.fechaVencimiento, y.fechaVencimiento);
        break;
    case DteTableModel::MontoTotal:
        order = compare(x.montoTotal.pesos(), y.montoTotal.pesos());
        break;
    case DteTableModel::Estado:
        order = a.stateText.compare(b.stateText);
        break;
    case DteTableModel::Verificaciones:
        order = a.checksText.compare(b.checksText);
        break;
    default:
        break;
    }
    // Equal keys fall back to the id, so that the order is stable and the same on every sort.
    return order != 0 ? order < 0 : x.id < y.id;
}

} // namespace factora::ui
