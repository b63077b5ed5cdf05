// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "cession/Cession.h"

#include <QAbstractTableModel>
#include <QList>

namespace factora::ui {

/** @brief The cessions a user may see, one per row, with where each stands at the SII (table cessions). */
class CessionTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        DocumentColumn,
        CedenteColumn,
        CesionarioColumn,
        AmountColumn,
        StateColumn,
        SiiCodeColumn,
        TrackIdColumn,
        EnvironmentColumn,
        UpdatedColumn,
        ColumnCount
    };

    /** @brief The cession id on every column. */
    static constexpr int IdRole = Qt::UserRole + 1;
    /** @brief CessionStates::name() of the state, on every column (what the state filter matches). */
    static constexpr int StateNameRole = Qt::UserRole + 2;
    /** @brief The value to sort by (numbers and times as such). */
    static constexpr int SortRole = Qt::UserRole + 3;

    explicit CessionTableModel(QObject* parent = nullptr);

    /** @brief Replaces the rows, keeping the rows of cessions still there in place (no reset when ids match). */
    void setCessions(QList<core::Cession> cessions);
    const QList<core::Cession>& cessions() const { return m_cessions; }
    /** @brief The row of cession @p id, or -1. */
    int rowOf(qint64 id) const;

    /** @brief "Factura electrónica 33 N° 170" style label of a document type and folio. */
    static QString documentLabel(int tipo, qint64 folio);
    /** @brief The environment for people: "Certificación", "Producción" or the URL. */
    static QString environmentLabel(const QString& environmentName);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<core::Cession> m_cessions;
};

} // namespace factora::ui
