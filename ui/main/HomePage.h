// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include <QWidget>

namespace factora::core {
class UserSession;
}

namespace factora::ui {

/** @brief The "Inicio" page: who is signed in, with which role, and how many companies they work with. */
class HomePage : public QWidget
{
    Q_OBJECT

public:
    explicit HomePage(const core::UserSession& session, QWidget* parent = nullptr);

    /** @brief The text shown for the session's companies: their number, or "all" for companies.read_all. */
    static QString companiesText(const core::UserSession& session);
};

} // namespace factora::ui
