// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "CessionWizardState.h"

#include <QList>
#include <QWizardPage>

#include <atomic>
#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace factora::ui {

class CessionWizard;

/**
 * @brief Fifth step of CessionWizard: builds and signs one AEC per chosen DTE on a worker thread (AecBuilder),
 * with progress, cancel and each document's result. Nothing is recorded or sent yet.
 */
class CessionSigningPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit CessionSigningPage(CessionWizard* wizard);

    void initializePage() override;
    bool isComplete() const override;
    void cleanupPage() override;

    /** @brief True once the signing ended (done or cancelled). */
    bool isFinished() const { return m_finished; }
    /** @brief Asks the worker to stop after the document it is signing. */
    void cancel();

private:
    void onFinished(const QList<SignedCession>& results, bool cancelled);

    CessionWizard* m_wizard;
    QProgressBar* m_progressBar;
    QPushButton* m_cancelButton;
    QLabel* m_statusLabel;
    QTableWidget* m_resultTable;
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_finished = false;
};

} // namespace factora::ui
