// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "audit/AuditRecord.h"

#include <QAbstractTableModel>
#include <QList>

namespace factora::ui {

/**
 * @brief The audit rows matching the current filter, newest first, loaded a page at a time.
 *
 * The model does no database work: when the view scrolls near the end, fetchMore() emits pageWanted() with the id
 * to continue below, and the page (AuditPage) answers with appendPage() once a worker thread has read it. A reset()
 * starts a new generation, so a page read for an older filter is dropped.
 */
class AuditTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Id, When, Actor, Action, Entity, EntityId, ColumnCount };

    explicit AuditTableModel(QObject* parent = nullptr);

    /** @brief Empties the model for a new filter and returns the new generation. */
    int reset();
    /** @brief Adds @p rows of generation @p generation at the end; @p more tells whether rows remain below. */
    void appendPage(int generation, const QList<core::AuditRecord>& rows, bool more);
    int generation() const { return m_generation; }
    bool isLoading() const { return m_loading; }
    const core::AuditRecord& record(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

signals:
    /** @brief The next page is wanted: rows with an id below @p beforeId (0: from the newest). */
    void pageWanted(int generation, qint64 beforeId);

private:
    QList<core::AuditRecord> m_rows;
    int m_generation = 0;
    bool m_more = false;
    bool m_loading = false;
};

} // namespace factora::ui
