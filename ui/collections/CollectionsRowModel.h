// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>
#include <QVariantList>

namespace factora::ui {

/**
 * @brief The read-only table model behind every table of the Collections page: fixed columns, rows of display text
 * with a sort value per cell and an id per row. CollectionsRows builds the rows from core's values.
 */
class CollectionsRowModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    /** @brief The row's id (receivable, file, reconciliation item ...), as qint64. */
    static constexpr int IdRole = Qt::UserRole + 1;
    /** @brief The value to sort by: numbers and dates as such, text as text. */
    static constexpr int SortRole = Qt::UserRole + 2;
    /** @brief True for a row that needs attention (an open difference, an overdue debt). */
    static constexpr int AttentionRole = Qt::UserRole + 3;

    struct Row
    {
        QStringList text;
        QVariantList sort; ///< same length as text; an invalid QVariant sorts by the text
        qint64 id = 0;
        bool attention = false;
        QString toolTip;
    };

    /** @brief @p headers name the columns; columns listed in @p numericColumns are right-aligned. */
    CollectionsRowModel(QStringList headers, QList<int> numericColumns, QObject* parent = nullptr);

    void setRows(const QList<Row>& rows);
    const QList<Row>& rows() const { return m_rows; }
    /** @brief The row showing id @p id, or -1. */
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_headers;
    QList<int> m_numericColumns;
    QList<Row> m_rows;
};

} // namespace factora::ui
