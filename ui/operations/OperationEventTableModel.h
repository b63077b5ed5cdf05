// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "operation/OperationEvent.h"

#include <QAbstractTableModel>
#include <QList>

namespace factora::ui {

/** @brief An operation's or a DTE's history as rows: when, which operation, what happened (with reasons), who. */
class OperationEventTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { When, Operation, Event, Who, ColumnCount };

    explicit OperationEventTableModel(QObject* parent = nullptr);

    void setEvents(const QList<core::OperationEvent>& events);
    const QList<core::OperationEvent>& events() const { return m_events; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<core::OperationEvent> m_events;
};

} // namespace factora::ui
