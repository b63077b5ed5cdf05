// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "DteRow.h"

#include <QAbstractTableModel>
#include <QList>

namespace factora::ui {

/**
 * @brief The DTEs a session may see, one row each: tipo, folio, emisor, receptor, fecha emisión, vencimiento,
 * monto total, estado, verificaciones. Read-only; setRows() replaces everything at once (a model reset).
 *
 * Qt::DisplayRole gives the text shown; SortRole the raw value (numbers, dates, names) for sorting; IdRole the
 * DTE's id.
 */
class DteTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Tipo,
        Folio,
        Emisor,
        Receptor,
        FechaEmision,
        Vencimiento,
        MontoTotal,
        Estado,
        Verificaciones,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole + 1, IdRole };

    explicit DteTableModel(QObject* parent = nullptr);

    /** @brief Replaces the rows. */
    void setRows(QList<DteRow> rows);

    /** @brief The row @p row (0 <= row < rowCount()). */
    const DteRow& row(int row) const { return m_rows.at(row); }
    /** @brief The row of the DTE @p id, or -1. */
    int rowOfId(qint64 id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<DteRow> m_rows;
};

} // namespace factora::ui
