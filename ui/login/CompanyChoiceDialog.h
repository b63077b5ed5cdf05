// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "company/Company.h"

#include <QDialog>
#include <QList>

#include <optional>

class QComboBox;
class QSettings;

namespace factora::ui {

/**
 * @brief Asks a user who belongs to several companies which one to work for, after signing in.
 *
 * A combo ("companyCombo") lists the companies by razón social and RUT, the remembered one (see remember())
 * selected; Enter accepts ("chooseCompanyButton"), Esc cancels and the sign-in is abandoned.
 */
class CompanyChoiceDialog : public QDialog
{
    Q_OBJECT

public:
    /**
     * @param companies the companies to offer, in the order shown; must not be empty.
     * @param preselected the company selected at first, when it is among @p companies.
     */
    CompanyChoiceDialog(const QList<core::Company>& companies, std::optional<qint64> preselected,
                        QWidget* parent = nullptr);

    /** @brief The selected company's id. */
    qint64 chosenCompanyId() const;

    /** @brief The company @p username chose last time, from @p settings ("ui/company/<username>"), if any. */
    static std::optional<qint64> remembered(const QSettings& settings, const QString& username);
    /** @brief Remembers @p companyId as @p username's choice in @p settings. */
    static void remember(QSettings& settings, const QString& username, qint64 companyId);

private:
    QComboBox* m_combo;
};

} // namespace factora::ui
