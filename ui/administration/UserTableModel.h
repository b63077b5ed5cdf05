// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "security/User.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace factora::ui {

/** @brief The user accounts of the Administration page: name, role, companies and state, one per row. */
class UserTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Username, DisplayName, Email, Role, Companies, State, LastLogin, ColumnCount };

    explicit UserTableModel(QObject* parent = nullptr);

    /** @brief Shows @p users; @p companyNames names their memberships. */
    void setUsers(QList<core::User> users, QHash<qint64, QString> companyNames);
    const core::User& user(int row) const { return m_users.at(row); }
    /** @brief The row of @p userId, or -1. */
    int rowOf(qint64 userId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<core::User> m_users;
    QHash<qint64, QString> m_companyNames;
};

} // namespace factora::ui
