// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "security/UserSession.h"
#include "workspace/DesktopContext.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

namespace factora::core {
class SecretStore;
}

namespace factora::ui {

class CessionEventTableModel;
class CessionTableModel;
class SiiAnswerTableModel;

/**
 * @brief The "Cesiones" tab: every cession the user may see with its state (filter by state), and for the chosen one
 * its history, the SII's answers as received with each code in words, what to do after a rejection, and "Reenviar"
 * (cession.resubmit). It reads the database again every refreshIntervalMs(): states the server's poller changes
 * show up without a restart.
 */
class CessionTrackingPanel : public QWidget
{
    Q_OBJECT

public:
    CessionTrackingPanel(DesktopContext context, core::UserSession session, core::SecretStore& secrets,
                         QWidget* parent = nullptr);

    /** @brief Reads the cessions again (off the UI thread); loaded() is emitted when they are shown. */
    void reload();

    /** @brief Milliseconds between automatic reloads (default 10000; 0 stops them). */
    void setRefreshIntervalMs(int milliseconds);
    int refreshIntervalMs() const;

    /** @brief Shows only the cessions in the state named @p stateName (CessionStates::name()); empty: all. */
    void setStateFilter(const QString& stateName);
    /** @brief Selects cession @p id, if listed; its details load (detailsLoaded()). */
    bool selectCession(qint64 id);

    CessionTableModel* model() const { return m_model; }
    CessionEventTableModel* eventModel() const { return m_eventModel; }
    SiiAnswerTableModel* answerModel() const { return m_answerModel; }

signals:
    void loaded();
    void detailsLoaded();

private:
    void onSelectionChanged();
    void loadDetails(qint64 id);
    void onResubmitClicked();
    qint64 selectedId() const;

    DesktopContext m_context;
    core::UserSession m_session;
    core::SecretStore& m_secrets;
    CessionTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    CessionEventTableModel* m_eventModel;
    SiiAnswerTableModel* m_answerModel;
    QComboBox* m_stateFilterCombo;
    QTableView* m_table;
    QTableView* m_eventTable;
    QTableView* m_answerTable;
    QPlainTextEdit* m_rawAnswerText;
    QLabel* m_summaryLabel;
    QLabel* m_adviceLabel;
    QLabel* m_statusLabel;
    QLabel* m_emptyLabel;
    QPushButton* m_resubmitButton;
    QTimer* m_refreshTimer;
    bool m_loading = false;
    qint64 m_detailsId = 0;
};

} // namespace factora::ui
