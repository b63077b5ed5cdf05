// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "UserTableModel.h"

#include <QLocale>
#include <QStringList>

namespace factora::ui {

UserTableModel::UserTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
    setObjectName(QStringLiteral("userTableModel"));
}

void UserTableModel::setUsers(QList<core::User> users, QHash<qint64, QString> companyNames)
{
    beginResetModel();
    m_users = std::move(users);
    m_companyNames = std::move(companyNames);
    endResetModel();
}

int UserTableModel::rowOf(qint64 userId) const
{
    for (int row = 0; row < m_users.size(); ++row) {
        if (m_users.at(row).id == userId)
            return row;
    }
    return -1;
}

int UserTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_users.size());
}

int UserTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UserTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::User& user = m_users.at(index.row());
    if (role == Qt::UserRole)
        return user.id;
    if (role == Qt::ForegroundRole && !user.enabled)
        return QVariant::fromValue(Qt::gray);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Username:
        return user.username;
    case DisplayName:
        return user.displayName;
    case Email:
        return user.email;
    case Role:
        return core::roleDisplayName(user.role);
    case Companies: {
        QStringList names;
        for (qint64 id : user.companyIds)
            names << m_companyNames.value(id, QString::number(id));
        return names.join(QStringLiteral(", "));
    }
    case State:
        if (!user.enabled)
            return tr("Deshabilitado");
        if (user.lockedUntil.isValid())
            return tr("Bloqueado hasta %1").arg(QLocale().toString(user.lockedUntil.toLocalTime(), QLocale::ShortFormat));
        return tr("Habilitado");
    case LastLogin:
        return user.lastLoginAt.isValid() ? QLocale().toString(user.lastLoginAt.toLocalTime(), QLocale::ShortFormat)
                                          : tr("Nunca");
    default:
        return {};
    }
}

QVariant UserTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Username:
        return tr("Usuario");
    case DisplayName:
        return tr("Nombre");
    case Email:
        return tr("Correo");
    case Role:
        return tr("Rol");
    case Companies:
        return tr("Empresas");
    case State:
        return tr("Estado");
    case LastLogin:
        return tr("Último ingreso");
    default:
        return {};
    }
}

} // namespace factora::ui
