// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "cession/CessionEvent.h"

#include <QAbstractTableModel>
#include <QList>

namespace factora::ui {

/** @brief The state history of one cession (cession_events), oldest first, each SII code explained in words. */
class CessionEventTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, FromColumn, ToColumn, CodeColumn, MeaningColumn, ActorColumn, ReasonColumn, ColumnCount };

    explicit CessionEventTableModel(QObject* parent = nullptr);

    void setEvents(QList<core::CessionEvent> events);
    const QList<core::CessionEvent>& events() const { return m_events; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<core::CessionEvent> m_events;
};

} // namespace factora::ui
