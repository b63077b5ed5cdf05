// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "OperationDetail.h"
#include "OperationsLoader.h"
#include "OperationsSnapshot.h"
#include "security/UserSession.h"
#include "workspace/DesktopContext.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QTimer;

namespace factora::ui {

class OfferableDteTableModel;
class OperationDteTableModel;
class OperationEventTableModel;
class OperationTableModel;

/**
 * @brief The Operations section: offer and visto bueno of DTEs, and the portal's queries.
 *
 * A cedente selects its loaded DTEs and offers them to the factoring, in a new operation or an open one. An
 * executive sees the incoming offers per client and approves or rejects one or many (a reason is required to
 * reject). Both see the operations by state with each one's DTEs and history, find an operation by number and
 * DTEs by invoice (folio and/or emitter RUT); an executive may change an operation's number. Every read and
 * change runs off the UI thread (OperationsLoader); the page refreshes when shown, every RefreshIntervalMs while
 * visible, on "Actualizar" (F5) and after each change, so what others do appears without restarting.
 */
class OperationsPage : public QWidget
{
    Q_OBJECT

public:
    static constexpr int RefreshIntervalMs = 30000;

    OperationsPage(const DesktopContext& context, const core::UserSession& session, QWidget* parent = nullptr);
    ~OperationsPage() override;

    /** @brief Reads everything the page shows again (and the operation shown, if any). */
    void refresh();

Q_SIGNALS:
    /** @brief A refresh's results are on screen (or its error in the status line). */
    void refreshed();
    /** @brief An operation's, invoice's or DTE's rows or history are on screen. */
    void detailLoaded();
    /** @brief A change (offer, approval, rejection, renumbering) finished; @p message says what happened. */
    void actionFinished(bool ok, const QString& message);

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    QWidget* buildOfferTab();
    QWidget* buildPendingTab();
    QWidget* buildOperationsTab();
    QWidget* buildInvoiceTab();
    QTableView* makeTable(const QString& objectName, QSortFilterProxyModel* proxy, bool multiSelect);

    void applySnapshot(const OperationsSnapshot& snapshot);
    void applyOperationDetail(const OperationDetail& detail);
    void loadOperation(qint64 operationId);
    void findOperationByNumber();
    void searchInvoice();
    void loadInvoiceHistory();
    void offerSelected();
    void approveSelected();
    void rejectSelected();
    void renumberSelected();
    void runAction(QFuture<OperationsLoader::ActionResult> future);
    void updateActions();
    void updatePendingFilter();
    void showStatus(const QString& text, bool error);
    void setBusy(int delta);

    QList<qint64> selectedDteIds(QTableView* view, int idRole) const;
    std::optional<qint64> selectedOperationId() const;

    DesktopContext m_context;
    core::UserSession m_session;
    bool m_canOffer = false;
    bool m_canDecide = false;
    std::optional<qint64> m_offerCompanyId;
    qint64 m_shownOperationId = 0;
    quint64 m_snapshotGeneration = 0;
    quint64 m_detailGeneration = 0;
    quint64 m_invoiceGeneration = 0;
    int m_busy = 0;

    QTabWidget* m_tabs = nullptr;
    QLabel* m_status = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_refreshButton = nullptr;
    QTimer* m_refreshTimer = nullptr;

    // Offer (cedente)
    QComboBox* m_offerCompany = nullptr;
    QComboBox* m_offerTarget = nullptr;
    QPushButton* m_offerButton = nullptr;
    QLabel* m_offerEmpty = nullptr;
    QTableView* m_offerableView = nullptr;
    OfferableDteTableModel* m_offerable = nullptr;
    QSortFilterProxyModel* m_offerableProxy = nullptr;

    // Incoming offers (executive)
    QComboBox* m_clientFilter = nullptr;
    QPushButton* m_approveButton = nullptr;
    QPushButton* m_rejectButton = nullptr;
    QLabel* m_pendingEmpty = nullptr;
    QTableView* m_pendingView = nullptr;
    OperationDteTableModel* m_pending = nullptr;
    QSortFilterProxyModel* m_pendingProxy = nullptr;

    // Operations: by state, by number, with DTEs and history
    QComboBox* m_stateFilter = nullptr;
    QLineEdit* m_numberEdit = nullptr;
    QPushButton* m_renumberButton = nullptr;
    QLabel* m_operationTitle = nullptr;
    QTableView* m_operationsView = nullptr;
    OperationTableModel* m_operations = nullptr;
    QSortFilterProxyModel* m_operationsProxy = nullptr;
    QTableView* m_operationDtesView = nullptr;
    OperationDteTableModel* m_operationDtes = nullptr;
    QSortFilterProxyModel* m_operationDtesProxy = nullptr;
    OperationEventTableModel* m_history = nullptr;

    // By invoice
    QLineEdit* m_folioEdit = nullptr;
    QLineEdit* m_rutEdit = nullptr;
    QTableView* m_invoiceView = nullptr;
    OperationDteTableModel* m_invoiceRows = nullptr;
    QSortFilterProxyModel* m_invoiceProxy = nullptr;
    OperationEventTableModel* m_invoiceHistory = nullptr;
};

} // namespace factora::ui
