// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include <QAbstractTableModel>
#include <QList>

namespace factora::ui {

/**
 * @brief The shared configuration keys of the "Sistema" tab (core::SharedConfiguration::editableKeys()): the
 * value this program runs with, the value stored for every program, and when a change takes effect.
 */
class SystemSettingTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Key, Description, LocalValue, SharedValue, Effect, ColumnCount };

    struct Row
    {
        QString key;
        QString description;
        QString localValue;  ///< what this program read at start (file, environment or default)
        QString localSource; ///< "default", "file", "environment", "command line"
        QString sharedValue; ///< stored in the database; empty when none
        bool needsServerRestart = true;
    };

    explicit SystemSettingTableModel(QObject* parent = nullptr);

    void setRows(QList<Row> rows);
    const Row& row(int row) const { return m_rows.at(row); }
    int rowOf(const QString& key) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Row> m_rows;
};

} // namespace factora::ui
