// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include <QWizardPage>

class QLabel;
class QTableView;

namespace factora::ui {

class ApprovedDteTableModel;
class CessionWizard;

/** @brief First step of CessionWizard: choose among the approved DTEs of the user's companies (loaded off the UI
 * thread). */
class CessionDtesPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit CessionDtesPage(CessionWizard* wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    ApprovedDteTableModel* model() const { return m_model; }
    /** @brief True once the list has been read. */
    bool isLoaded() const { return m_loaded; }

private:
    CessionWizard* m_wizard;
    ApprovedDteTableModel* m_model;
    QTableView* m_table;
    QLabel* m_statusLabel;
    bool m_loaded = false;
};

} // namespace factora::ui
