// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "operation/Operation.h"

#include <QAbstractTableModel>
#include <QList>

namespace factora::ui {

/** @brief Operations as rows: number, client, state, how many DTEs are pending, approved and rejected, amount. */
class OperationTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Number, Client, State, Pending, Approved, Rejected, Paid, Amount, Created, ColumnCount };
    static constexpr int IdRole = Qt::UserRole; ///< the operation id
    static constexpr int SortRole = Qt::UserRole + 1; ///< the raw value to sort by

    explicit OperationTableModel(QObject* parent = nullptr);

    void setOperations(const QList<core::Operation>& operations);
    const QList<core::Operation>& operations() const { return m_operations; }
    /** @brief The row of operation @p id, or -1. */
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<core::Operation> m_operations;
};

} // namespace factora::ui
