// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "company/Company.h"
#include "company/CompanyChannels.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace factora::ui {

/** @brief The companies of the Administration page with their state and channel convenios, one per row. */
class CompanyTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Rut, Name, Kind, State, CajaVecina, Email, Sms, ColumnCount };

    explicit CompanyTableModel(QObject* parent = nullptr);

    void setCompanies(QList<core::Company> companies, QHash<qint64, core::CompanyChannels> channels);
    const core::Company& company(int row) const { return m_companies.at(row); }
    core::CompanyChannels channels(qint64 companyId) const;
    /** @brief The row of @p companyId, or -1. */
    int rowOf(qint64 companyId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<core::Company> m_companies;
    QHash<qint64, core::CompanyChannels> m_channels;
};

} // namespace factora::ui
