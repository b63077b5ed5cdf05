// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "dispatch/DispatchRecord.h"

#include <QAbstractTableModel>
#include <QList>

namespace factora::ui {

/**
 * @brief The delivery log as the Dispatch page lists it: one row per dispatch (DispatchRepository::search()), read
 * on a worker thread and handed over whole with setDispatches(). Sorting uses SortRole (raw values: instants,
 * folios, amounts), so a QSortFilterProxyModel sorts dates and amounts as such.
 */
class DispatchLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Created, Debtor, Document, Amount, Recipient, State, Attempts, LastReason, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole,
        IdRole, ///< the dispatch id (qint64)
    };

    explicit DispatchLogModel(QObject* parent = nullptr);

    /** @brief Replaces every row. */
    void setDispatches(const QList<core::DispatchRecord>& dispatches);
    const QList<core::DispatchRecord>& dispatches() const { return m_rows; }
    const core::DispatchRecord& dispatch(int row) const { return m_rows.at(row); }
    /** @brief The row of dispatch @p id; -1 when it is not listed. */
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const core::DispatchRecord& record, int column) const;
    QVariant sortValue(const core::DispatchRecord& record, int column) const;

    QList<core::DispatchRecord> m_rows;
};

} // namespace factora::ui
