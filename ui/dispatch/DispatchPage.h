// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "DispatchLoader.h"
#include "dispatch/DispatchRecord.h"
#include "security/UserSession.h"
#include "workspace/DesktopContext.h"

#include <QList>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace factora::ui {

class DispatchAttemptModel;
class DispatchLogModel;

/**
 * @brief The Dispatch section (Despacho): the delivery log of the invoices sent to the debtors.
 *
 * The log is filtered by debtor RUT, folio, state, channel and creation dates (UTC days) in core, read on a worker
 * thread, and narrowed further by a quick search over the shown columns (Ctrl+F). The selected dispatch shows every
 * attempt with the reply and the reason in words, and the suppression of its address or phone. "Exportar CSV…"
 * writes the dispatches the filter shows with their attempts (DispatchLogExport). With "dispatch.manage" (the buttons
 * are hidden otherwise; core checks again) a finished dispatch can be resent, to a new e-mail or phone if wanted, and
 * campaigns launched (DispatchCampaignDialog). The desktop only queues: factora-server's workers send.
 */
class DispatchPage : public QWidget
{
    Q_OBJECT

public:
    DispatchPage(const DesktopContext& context, const core::UserSession& session, QWidget* parent = nullptr);

    DispatchLogModel* logModel() const { return m_log; }
    QSortFilterProxyModel* logProxy() const { return m_proxy; }
    DispatchAttemptModel* attemptModel() const { return m_attempts; }
    /** @brief The dispatches the table shows now (filter and quick search), in the table's order. */
    QList<core::DispatchRecord> visibleDispatches() const;
    /** @brief Makes the table's first row the current one (its detail follows); false when the table is empty. */
    bool selectFirstRow();

public Q_SLOTS:
    /** @brief Reads the log again with the filter of the form (F5, "Buscar"). */
    void refresh();
    /** @brief Writes visibleDispatches() with their attempts to @p path as CSV; actionFinished() follows. */
    void exportCsvTo(const QString& path);
    /** @brief Asks where to save the CSV, then exportCsvTo(). */
    void chooseExportFile();
    /** @brief Opens the resend dialog for the selected dispatch (a DispatchResendDialog child of the page). */
    void resendSelected();
    /** @brief Opens the campaign dialog with the chosen rows' DTEs (a DispatchCampaignDialog child of the page). */
    void launchCampaign();

Q_SIGNALS:
    /** @brief The log was read (or its error shown in the status line). */
    void logLoaded();
    /** @brief The selected dispatch's detail is on screen. */
    void detailLoaded();
    /** @brief A change or an export finished; @p message says what happened. */
    void actionFinished(bool ok, const QString& message);

protected:
    void showEvent(QShowEvent* event) override;

private:
    std::optional<core::DispatchFilter> currentFilter();
    void applyLog(const DispatchLoader::LogResult& result);
    void updateEmptyState();
    void loadDetail();
    void showDetail(const DispatchLoader::DetailResult& detail);
    void clearDetail(const QString& text);
    void runResend(qint64 id, const core::DispatchContact& contact);
    void updateActions();
    void showStatus(const QString& text, bool error);
    void setBusy(int delta);
    std::optional<core::DispatchRecord> currentDispatch() const;

    DesktopContext m_context;
    core::UserSession m_session;
    bool m_canManage = false;
    bool m_loadedOnce = false;
    quint64 m_generation = 0;
    quint64 m_detailGeneration = 0;
    int m_busy = 0;
    bool m_truncated = false;
    qint64 m_selectAfterLoad = 0;
    std::optional<DispatchLoader::DetailResult> m_detail;

    QLineEdit* m_rut = nullptr;
    QLineEdit* m_folio = nullptr;
    QComboBox* m_state = nullptr;
    QComboBox* m_channel = nullptr;
    QCheckBox* m_dateCheck = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QLineEdit* m_search = nullptr;
    QLabel* m_count = nullptr;
    QPushButton* m_exportButton = nullptr;
    QPushButton* m_campaignButton = nullptr;
    QPushButton* m_resendButton = nullptr;

    DispatchLogModel* m_log = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QStackedWidget* m_logStack = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_empty = nullptr;

    DispatchAttemptModel* m_attempts = nullptr;
    QLabel* m_detailLabel = nullptr;
    QLabel* m_suppressionLabel = nullptr;
    QTableView* m_attemptView = nullptr;

    QLabel* m_status = nullptr;
    QProgressBar* m_progress = nullptr;
};

} // namespace factora::ui
