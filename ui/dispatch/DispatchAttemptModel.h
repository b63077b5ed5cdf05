// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "dispatch/DispatchRecord.h"

#include <QAbstractTableModel>
#include <QList>

namespace factora::ui {

/**
 * @brief The attempts of one dispatch (its rows of the append-only attempt log), oldest first: when, by which
 * channel to whom, the reply code and text as the relay or gateway gave them, the outcome and the reason in words.
 */
class DispatchAttemptModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Started, Channel, Recipient, ReplyCode, ReplyText, Outcome, Reason, ColumnCount };

    explicit DispatchAttemptModel(QObject* parent = nullptr);

    /** @brief Replaces every row (empty: no dispatch chosen, or none attempted yet). */
    void setAttempts(const QList<core::DispatchAttemptRecord>& attempts);
    const QList<core::DispatchAttemptRecord>& attempts() const { return m_rows; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<core::DispatchAttemptRecord> m_rows;
};

} // namespace factora::ui
