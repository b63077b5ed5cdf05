// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "dte/DteRecord.h"

#include <QAbstractTableModel>
#include <QList>

namespace factora::ui {

/** @brief A cedente's DTEs that may be offered to the factoring (loaded, or rejected before) as rows. */
class OfferableDteTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Tipo, Folio, Debtor, Issued, DueDate, Amount, State, ColumnCount };
    static constexpr int DteIdRole = Qt::UserRole; ///< the DTE id
    static constexpr int SortRole = Qt::UserRole + 1; ///< the raw value to sort by

    explicit OfferableDteTableModel(QObject* parent = nullptr);

    void setDtes(const QList<core::DteRecord>& dtes);
    const QList<core::DteRecord>& dtes() const { return m_dtes; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<core::DteRecord> m_dtes;
};

} // namespace factora::ui
