// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include <QWizardPage>

class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace factora::ui {

class CessionWizard;

/**
 * @brief Fourth step of CessionWizard: what will be signed, document by document (parties, amounts, due date,
 * signer, environment), and on demand the exact XML of each DTE that goes into its AEC.
 */
class CessionPreviewPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit CessionPreviewPage(CessionWizard* wizard);

    void initializePage() override;

private:
    CessionWizard* m_wizard;
    QTextBrowser* m_summary;
    QPushButton* m_showXmlButton;
    QPlainTextEdit* m_xmlText;
};

} // namespace factora::ui
