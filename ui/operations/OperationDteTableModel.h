// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "operation/OperationDte.h"

#include <QAbstractTableModel>
#include <QList>

namespace factora::ui {

/**
 * @brief DTEs offered in operations as rows: client, operation, document, debtor, amount, the decision (with the
 * rejection's reason) and the cession's state. Used for incoming offers, an operation's DTEs and invoice queries.
 */
class OperationDteTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Client, Operation, Tipo, Folio, Debtor, Amount, DueDate, Decision, Reason, Cession, Collection, ColumnCount };
    static constexpr int DteIdRole = Qt::UserRole; ///< the DTE id
    static constexpr int SortRole = Qt::UserRole + 1; ///< the raw value to sort by
    static constexpr int CompanyIdRole = Qt::UserRole + 2; ///< the client company id
    static constexpr int OperationIdRole = Qt::UserRole + 3;

    explicit OperationDteTableModel(QObject* parent = nullptr);

    void setRows(const QList<core::OperationDte>& rows);
    const QList<core::OperationDte>& rows() const { return m_rows; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** @brief A cession state's name (CessionStates::name) in words; "—" when there is none. */
    static QString cessionText(const QString& state);
    /** @brief The receivable's state (OperationDte::collectionState) in words; "—" when there is none. */
    static QString collectionText(const QString& state);

private:
    QList<core::OperationDte> m_rows;
};

} // namespace factora::ui
