// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "CollectionsLoader.h"
#include "CollectionsSnapshot.h"
#include "security/UserSession.h"
#include "workspace/DesktopContext.h"

#include <QWidget>

class QDateEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;

namespace factora::ui {

class CollectionChartsView;
class CollectionsRowModel;

/**
 * @brief The Collections section (Cobranza) for executives: payments per accounting date and channel, debtors with
 * their invoices paid and pending, the rendiciones generated (open, resend), the bank files imported with their
 * reconciliation differences (resolve with a reason), the charts, and the Carta Guía export.
 *
 * Reading needs collections.read; resending and resolving need collections.manage (the buttons are hidden otherwise;
 * core checks again). Every read and change runs off the UI thread (CollectionsLoader).
 */
class CollectionsPage : public QWidget
{
    Q_OBJECT

public:
    CollectionsPage(const DesktopContext& context, const core::UserSession& session, QWidget* parent = nullptr);

    /** @brief Reads every tab again for the date range shown. */
    void refresh();

    /** @brief Writes the Carta Guía of the range (or of the operation typed) to @p path (.xlsx or .csv). */
    void exportCartaGuiaTo(const QString& path);

    CollectionsRowModel* paymentsModel() const { return m_payments; }
    CollectionsRowModel* debtorsModel() const { return m_debtors; }
    CollectionsRowModel* debtorInvoicesModel() const { return m_debtorInvoices; }
    CollectionsRowModel* rendicionesModel() const { return m_rendiciones; }
    CollectionsRowModel* importsModel() const { return m_imports; }
    CollectionsRowModel* differencesModel() const { return m_differences; }

Q_SIGNALS:
    /** @brief A refresh's results are on screen (or its error in the status line). */
    void refreshed();
    /** @brief The selected debtor's invoices are on screen. */
    void debtorInvoicesLoaded();
    /** @brief A change or file operation finished; @p message says what happened. */
    void actionFinished(bool ok, const QString& message);

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* buildPaymentsTab();
    QWidget* buildDebtorsTab();
    QWidget* buildRendicionesTab();
    QWidget* buildReconciliationTab();
    QTableView* makeTable(const QString& objectName, CollectionsRowModel* model);

    void applySnapshot(const CollectionsSnapshot& snapshot);
    void loadDebtorInvoices();
    void openRendicion();
    void resendRendicion();
    void resolveDifference();
    void chooseCartaGuiaFile();
    void runAction(QFuture<CollectionsLoader::ActionResult> future);
    void updateActions();
    void showStatus(const QString& text, bool error);
    void setBusy(int delta);
    qint64 selectedId(QTableView* view) const;

    DesktopContext m_context;
    core::UserSession m_session;
    bool m_canManage = false;
    bool m_loadedOnce = false;
    quint64 m_generation = 0;
    int m_busy = 0;
    CollectionsSnapshot m_snapshot;

    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QLineEdit* m_operation = nullptr;
    QTabWidget* m_tabs = nullptr;
    QLabel* m_status = nullptr;
    QProgressBar* m_progress = nullptr;

    CollectionsRowModel* m_payments = nullptr;
    QLabel* m_paymentsTotal = nullptr;
    QLineEdit* m_search = nullptr;
    CollectionsRowModel* m_debtors = nullptr;
    QTableView* m_debtorsView = nullptr;
    CollectionsRowModel* m_debtorInvoices = nullptr;
    CollectionsRowModel* m_rendiciones = nullptr;
    QTableView* m_rendicionesView = nullptr;
    QPushButton* m_openButton = nullptr;
    QPushButton* m_resendButton = nullptr;
    CollectionsRowModel* m_imports = nullptr;
    CollectionsRowModel* m_differences = nullptr;
    QTableView* m_differencesView = nullptr;
    QPushButton* m_resolveButton = nullptr;
    CollectionChartsView* m_charts = nullptr;
};

} // namespace factora::ui
