// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "DteDetail.h"
#include "DteFileResult.h"
#include "DteRowSet.h"
#include "security/UserSession.h"
#include "workspace/DesktopContext.h"

#include <QFutureWatcher>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;

namespace factora::ui {

class DteDetailView;
class DteFilterProxyModel;
class DteImportResultModel;
class DteTableModel;

/**
 * @brief The "DTEs" section: the DTEs the session may see (of the company chosen in the CompanyContext), their
 * import and their detail.
 *
 * Importing ("Importar archivos…", "Importar carpeta…", or files and folders dropped on the page) runs off the UI
 * thread (DteImportJob) with an inline progress bar and "Cancelar"; each file's result is listed as it arrives
 * (DteImportResultModel). The table (DteTableModel behind a DteFilterProxyModel) is loaded off the UI thread in
 * one query (DteInboxLoader), sorted by clicking a header, narrowed by the filter bar and the quick search. The
 * chosen DTE's detail (DteDetailView), with its rendered invoice, is read off the UI thread too.
 */
class DteInboxPage : public QWidget
{
    Q_OBJECT

public:
    DteInboxPage(const DesktopContext& context, const core::UserSession& session, QWidget* parent = nullptr);
    ~DteInboxPage() override;

    /**
     * @brief Imports @p paths (files, and folders walked for "*.xml"); false, doing nothing, when an import is
     * already running, the list is empty or the session may not import DTEs.
     */
    bool importPaths(const QStringList& paths);
    /** @brief Stops the running import before its next file. */
    void cancelImport();
    bool isImporting() const;
    bool isLoading() const;

    /** @brief Reads the table again (after an import, when the company changes, on F5). */
    void reload();

    DteTableModel* tableModel() const { return m_model; }
    DteFilterProxyModel* proxyModel() const { return m_proxy; }
    DteImportResultModel* importResults() const { return m_results; }
    DteDetailView* detailView() const { return m_detail; }
    QTableView* tableView() const { return m_table; }

Q_SIGNALS:
    /** @brief The table holds what was read; @p error is empty on success. */
    void rowsLoaded(const QString& error);
    /** @brief The import ended, finished or cancelled; importResults() holds one row per file done. */
    void importFinished(bool cancelled);
    /** @brief The detail view shows the DTE @p dteId. */
    void detailLoaded(qint64 dteId);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    QWidget* createFilterBar();
    QWidget* createImportPanel();
    void chooseFiles();
    void chooseFolder();
    void applyFilters();
    void clearFilters();
    void updateCount();
    void onRowsLoaded();
    void onImportResult(int index);
    void onImportProgress(int value);
    void onImportFinished();
    void onCurrentChanged(const QModelIndex& current);
    void onDetailLoaded();

    DesktopContext m_context;
    core::UserSession m_session;
    DteTableModel* m_model;
    DteFilterProxyModel* m_proxy;
    DteImportResultModel* m_results;
    DteDetailView* m_detail;
    QTableView* m_table = nullptr;
    QStackedWidget* m_tableStack = nullptr;
    QLabel* m_emptyLabel = nullptr;
    QLabel* m_countLabel = nullptr;
    QLineEdit* m_searchEdit = nullptr;
    QLineEdit* m_emitterEdit = nullptr;
    QLineEdit* m_receiverEdit = nullptr;
    QComboBox* m_typeCombo = nullptr;
    QComboBox* m_stateCombo = nullptr;
    QDateEdit* m_fromEdit = nullptr;
    QDateEdit* m_toEdit = nullptr;
    QLineEdit* m_minimumEdit = nullptr;
    QLineEdit* m_maximumEdit = nullptr;
    QPushButton* m_importFilesButton = nullptr;
    QPushButton* m_importFolderButton = nullptr;
    QWidget* m_importPanel = nullptr;
    QProgressBar* m_importProgress = nullptr;
    QLabel* m_importLabel = nullptr;
    QPushButton* m_cancelImportButton = nullptr;
    QTableView* m_resultsTable = nullptr;
    QFutureWatcher<DteRowSet> m_rowsWatcher;
    QFutureWatcher<DteFileResult> m_importWatcher;
    QFutureWatcher<DteDetail> m_detailWatcher;
    bool m_reloadAgain = false;
    bool m_loading = false; ///< from reload() until the rows are in the table
    qint64 m_wantedDetailId = 0;
};

} // namespace factora::ui
