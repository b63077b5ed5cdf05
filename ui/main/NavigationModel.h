// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "Section.h"

#include <QAbstractListModel>

namespace factora::ui {

/**
 * @brief The main window's list of sections: those the session may see (sectionVisibleTo), in navigation order.
 *
 * Fixed for the life of the model. Each row gives the section's title, icon and description (tooltip), and the
 * Section itself under SectionRole.
 */
class NavigationModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Roles {
        SectionRole = Qt::UserRole + 1, ///< the row's Section, as an int
    };

    explicit NavigationModel(const core::UserSession& session, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /** @brief The visible sections, in row order. */
    const QList<Section>& sections() const { return m_sections; }

    /** @brief The row of @p section, or -1 when the session may not see it. */
    int rowOf(Section section) const;

private:
    QList<Section> m_sections;
};

} // namespace factora::ui
