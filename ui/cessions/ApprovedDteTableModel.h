// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "dte/DteRecord.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSet>

namespace factora::ui {

/** @brief The approved DTEs a user may cede, one per row, each with a check box (column 0) to choose it. */
class ApprovedDteTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DocumentColumn, EmitterColumn, DebtorColumn, IssuedColumn, DueColumn, TotalColumn, ColumnCount };

    /** @brief The DTE's id on every column. */
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit ApprovedDteTableModel(QObject* parent = nullptr);

    /** @brief Replaces the rows; DTEs still there stay checked. */
    void setDtes(QList<core::DteRecord> dtes);
    const QList<core::DteRecord>& dtes() const { return m_dtes; }

    /** @brief The checked DTEs, in row order. */
    QList<core::DteRecord> checkedDtes() const;
    /** @brief Checks or unchecks every row. */
    void setAllChecked(bool checked);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    /** @brief The set of checked DTEs changed. */
    void checkedChanged();

private:
    QList<core::DteRecord> m_dtes;
    QSet<qint64> m_checked;
};

} // namespace factora::ui
