// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "cession/CessionSiiAnswer.h"

#include <QAbstractTableModel>
#include <QList>

namespace factora::ui {

/** @brief The SII's answers (acuses) about one cession (sii_answers), oldest first; the raw bytes under RawRole. */
class SiiAnswerTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, ServiceColumn, TrackIdColumn, CodeColumn, MeaningColumn, ColumnCount };

    /** @brief The answer exactly as received, as text (QString), on every column. */
    static constexpr int RawRole = Qt::UserRole + 1;

    explicit SiiAnswerTableModel(QObject* parent = nullptr);

    void setAnswers(QList<core::CessionSiiAnswer> answers);
    const QList<core::CessionSiiAnswer>& answers() const { return m_answers; }

    /** @brief The answer's bytes as text: UTF-8 unless its XML declaration names ISO-8859-1. */
    static QString rawText(const QByteArray& raw);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<core::CessionSiiAnswer> m_answers;
};

} // namespace factora::ui
