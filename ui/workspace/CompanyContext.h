// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "security/UserSession.h"

#include <QObject>

#include <optional>

namespace factora::ui {

/**
 * @brief The company the signed-in user works for, shared by every page of the main window.
 *
 * Empty (no company) means "every company the session may see": an executive's default. A user who belongs to
 * several companies chooses one after signing in (CompanyChoiceDialog); a user of exactly one company works for
 * it. Pages read currentCompanyId() and reload on changed(). The choice only narrows what the UI asks for: core
 * services still check every company against the session.
 */
class CompanyContext : public QObject
{
    Q_OBJECT

public:
    explicit CompanyContext(QObject* parent = nullptr);

    /** @brief The chosen company; empty for all the companies the session may see. */
    std::optional<qint64> currentCompanyId() const { return m_companyId; }

    /** @brief Chooses @p companyId (empty: all); emits changed() when it differs from the current one. */
    void setCurrentCompanyId(std::optional<qint64> companyId);

    /**
     * @brief The companies whose data a page may load for @p session: the chosen one when the session may act on
     * it, else the session's own companies; empty (no restriction) only for a session that reads every company
     * and chose none. A cedente never gets an unrestricted answer.
     */
    std::optional<QList<qint64>> visibleCompanyIds(const core::UserSession& session) const;

Q_SIGNALS:
    void changed();

private:
    std::optional<qint64> m_companyId;
};

} // namespace factora::ui
