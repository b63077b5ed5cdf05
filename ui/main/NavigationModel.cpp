// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "NavigationModel.h"

namespace factora::ui {

NavigationModel::NavigationModel(const core::UserSession& session, QObject* parent)
    : QAbstractListModel(parent)
{
    for (Section section : allSections()) {
        if (sectionVisibleTo(section, session))
            m_sections.append(section);
    }
}

int NavigationModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_sections.size());
}

QVariant NavigationModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Section section = m_sections.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return sectionTitle(section);
    case Qt::DecorationRole:
        return sectionIcon(section);
    case Qt::ToolTipRole:
        return sectionDescription(section);
    case SectionRole:
        return static_cast<int>(section);
    default:
        return {};
    }
}

QHash<int, QByteArray> NavigationModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(SectionRole, QByteArrayLiteral("section"));
    return names;
}

int NavigationModel::rowOf(Section section) const
{
    return int(m_sections.indexOf(section));
}

} // namespace factora::ui
