// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "CompanyTableModel.h"

#include <QStringList>

namespace factora::ui {

CompanyTableModel::CompanyTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
    setObjectName(QStringLiteral("companyTableModel"));
}

void CompanyTableModel::setCompanies(QList<core::Company> companies, QHash<qint64, core::CompanyChannels> channels)
{
    beginResetModel();
    m_companies = std::move(companies);
    m_channels = std::move(channels);
    endResetModel();
}

core::CompanyChannels CompanyTableModel::channels(qint64 companyId) const
{
    core::CompanyChannels none;
    none.companyId = companyId;
    return m_channels.value(companyId, none);
}

int CompanyTableModel::rowOf(qint64 companyId) const
{
    for (int row = 0; row < m_companies.size(); ++row) {
        if (m_companies.at(row).id == companyId)
            return row;
    }
    return -1;
}

int CompanyTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_companies.size());
}

int CompanyTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CompanyTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::Company& company = m_companies.at(index.row());
    const core::CompanyChannels channels = this->channels(company.id);
    if (role == Qt::UserRole)
        return company.id;
    if (role == Qt::CheckStateRole) {
        switch (index.column()) {
        case CajaVecina:
            return channels.cajaVecina ? Qt::Checked : Qt::Unchecked;
        case Email:
            return channels.email ? Qt::Checked : Qt::Unchecked;
        case Sms:
            return channels.sms ? Qt::Checked : Qt::Unchecked;
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && !company.enabled)
        return QVariant::fromValue(Qt::gray);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Rut:
        return company.rut;
    case Name:
        return company.razonSocial;
    case Kind: {
        QStringList kinds;
        if (company.isFactoring)
            kinds << tr("Factoring");
        if (company.isCedente)
            kinds << tr("Cliente");
        if (company.isDebtor)
            kinds << tr("Deudor");
        return kinds.join(QStringLiteral(", "));
    }
    case State:
        return company.enabled ? tr("Habilitada") : tr("Deshabilitada");
    case CajaVecina:
        return channels.cajaVecina ? tr("Sí") : tr("No");
    case Email:
        return channels.email ? tr("Sí") : tr("No");
    case Sms:
        return channels.sms ? tr("Sí") : tr("No");
    default:
        return {};
    }
}

QVariant CompanyTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Rut:
        return tr("RUT");
    case Name:
        return tr("Razón social");
    case Kind:
        return tr("Tipo");
    case State:
        return tr("Estado");
    case CajaVecina:
        return tr("Caja Vecina");
    case Email:
        return tr("Correo");
    case Sms:
        return tr("SMS");
    default:
        return {};
    }
}

} // namespace factora::ui
