// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "DteFileResult.h"

#include <QAbstractTableModel>
#include <QList>

namespace factora::ui {

/** @brief The per-file results of an import, in the order the files were imported: archivo, resultado, detalle. */
class DteImportResultModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Archivo, Resultado, Detalle, ColumnCount };

    explicit DteImportResultModel(QObject* parent = nullptr);

    void clear();
    void append(const DteFileResult& result);
    const QList<DteFileResult>& results() const { return m_results; }
    /** @brief How many files had @p outcome. */
    int count(DteFileResult::Outcome outcome) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<DteFileResult> m_results;
};

} // namespace factora::ui
