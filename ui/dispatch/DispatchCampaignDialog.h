// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "dispatch/DispatchCampaign.h"
#include "security/UserSession.h"
#include "workspace/DesktopContext.h"

#include <QDateTime>
#include <QDialog>
#include <QList>
#include <QTimer>

#include <chrono>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QStackedWidget;

namespace factora::ui {

/**
 * @brief Launches a dispatch campaign and follows it.
 *
 * The form: a name, what to send — the annotated cessions of one of the company's operations, or the invoices (DTEs)
 * of the rows chosen in the delivery log — and the attachment (PDF, or a zip with PDF and XML). "Crear campaña" runs
 * DispatchCampaignService::create() on a worker with a progress bar; it writes the whole campaign in one
 * transaction, so it cannot be interrupted halfway (it only queues, so it is quick). Then the summary (queued,
 * skipped with each reason) and the campaign's dispatches per state, read again every refreshInterval(): the
 * server's dispatch workers do the sending, and the dialog says so when nothing moved for a while.
 */
class DispatchCampaignDialog : public QDialog
{
    Q_OBJECT

public:
    /**
     * @param selectedDteIds the DTEs of the log rows chosen (distinct)
     * @param selectedWithoutDte how many chosen rows have no DTE (sent from a file): they cannot be part of a campaign
     */
    DispatchCampaignDialog(DesktopContext context, core::UserSession session, QList<qint64> selectedDteIds,
                           int selectedWithoutDte, QWidget* parent = nullptr);

    /** @brief How often the campaign's progress is read again (default 5 s). */
    void setRefreshInterval(std::chrono::milliseconds interval);
    /** @brief After how many reads without any change the dialog says nothing moves (default 6). */
    void setIdleRefreshes(int refreshes) { m_idleRefreshes = refreshes; }

    /** @brief The campaign as created and as last read; campaignId 0 before it is created. */
    const core::DispatchCampaignSummary& summary() const { return m_summary; }

public Q_SLOTS:
    /** @brief Creates the campaign the form describes; campaignFinished() follows. */
    void create();

Q_SIGNALS:
    /** @brief The operations to choose from are listed (or their error shown). */
    void operationsLoaded();
    /** @brief The campaign was created (@p ok) or refused; @p message says which, in words. */
    void campaignFinished(bool ok, const QString& message);
    /** @brief The campaign's counts per state were read again. */
    void progressRefreshed();

protected:
    void reject() override;

private:
    void loadOperations();
    void updateButtons();
    void showSummary();
    void refreshProgress();

    DesktopContext m_context;
    core::UserSession m_session;
    QList<qint64> m_selectedDteIds;
    core::DispatchCampaignSummary m_summary;
    bool m_running = false;
    bool m_refreshing = false;
    int m_unchanged = 0;
    int m_idleRefreshes = 6;
    QDateTime m_lastChange;
    QTimer m_refreshTimer;

    QStackedWidget* m_pages = nullptr;
    QLineEdit* m_name = nullptr;
    QRadioButton* m_byOperation = nullptr;
    QComboBox* m_operation = nullptr;
    QRadioButton* m_bySelection = nullptr;
    QComboBox* m_attachment = nullptr;
    QProgressBar* m_createProgress = nullptr;
    QLabel* m_formStatus = nullptr;
    QPushButton* m_createButton = nullptr;

    QLabel* m_summaryLabel = nullptr;
    QPlainTextEdit* m_skipped = nullptr;
    QProgressBar* m_stateProgress = nullptr;
    QLabel* m_stateCounts = nullptr;
    QLabel* m_idleLabel = nullptr;
};

} // namespace factora::ui
