// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "OperationsPage.h"

#include "OfferableDteTableModel.h"
#include "OperationDteTableModel.h"
#include "OperationEventTableModel.h"
#include "OperationTableModel.h"
#include "RejectReasonDialog.h"
#include "RenumberDialog.h"
#include "security/Permission.h"

#include <QComboBox>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelection>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QPair>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace factora::ui {

namespace {
    // Hands @p future's result to @p done on @p receiver's thread; not at all once the receiver is gone.
    template <typename T, typename Done> void whenReady(QObject* receiver, const QFuture<T>& future, Done done)
    {
        auto* watcher = new QFutureWatcher<T>(receiver);
        QObject::connect(watcher, &QFutureWatcherBase::finished, receiver, [watcher, done]() {
            watcher->deleteLater();
            const QFuture<T> finished = watcher->future();
            if (finished.resultCount() > 0)
                done(finished.result());
        });
        watcher->setFuture(future);
    }

    // Replaces @p combo's items with @p items, keeping the current one (by data), only when they differ: a refresh
    // must not close a list the user has open.
    void setItems(QComboBox* combo, const QList<QPair<QString, QVariant>>& items)
    {
        bool same = combo->count() == items.size();
        for (int i = 0; same && i < items.size(); ++i)
            same = combo->itemText(i) == items.at(i).first && combo->itemData(i) == items.at(i).second;
        if (same)
            return;
        const QVariant current = combo->currentData();
        combo->clear();
        for (const auto& item : items)
            combo->addItem(item.first, item.second);
        combo->setCurrentIndex(std::max(0, combo->findData(current)));
    }

    // Selects again the rows of @p view whose @p idRole is in @p ids (after its model was reset).
    void reselect(QTableView* view, int idRole, const QList<qint64>& ids)
    {
        if (ids.isEmpty())
            return;
        QItemSelection selection;
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            const QModelIndex index = view->model()->index(row, 0);
            if (ids.contains(index.data(idRole).toLongLong()))
                selection.select(index, view->model()->index(row, view->model()->columnCount() - 1));
        }
        view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    }

    QLabel* emptyStateLabel(const QString& objectName, const QString& text, QWidget* parent)
    {
        auto* label = new QLabel(text, parent);
        label->setObjectName(objectName);
        label->setWordWrap(true);
        label->setAlignment(Qt::AlignCenter);
        label->setStyleSheet(QStringLiteral("color: palette(mid); padding: 12px;"));
        return label;
    }
} // namespace

OperationsPage::OperationsPage(const DesktopContext& context, const core::UserSession& session, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_session(session)
    , m_canOffer(session.role() == core::Role::Cedente && session.has(core::Permission::DteImport))
    , m_canDecide(session.has(core::Permission::DteApprove))
{
    setObjectName(QStringLiteral("operationsPage"));
    auto* layout = new QVBoxLayout(this);

    auto* header = new QHBoxLayout;
    auto* title = new QLabel(tr("<h2>Operaciones</h2>"), this);
    header->addWidget(title);
    header->addStretch();
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("operationsProgress"));
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(120);
    m_progress->setTextVisible(false);
    m_progress->setVisible(false);
    header->addWidget(m_progress);
    m_refreshButton = new QPushButton(tr("Actualizar"), this);
    m_refreshButton->setObjectName(QStringLiteral("operationsRefreshButton"));
    m_refreshButton->setShortcut(QKeySequence::Refresh);
    m_refreshButton->setToolTip(tr("Vuelve a leer ofertas y operaciones (F5)"));
    header->addWidget(m_refreshButton);
    layout->addLayout(header);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("operationsStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("operationsTabs"));
    if (m_canOffer)
        m_tabs->addTab(buildOfferTab(), tr("Ofrecer DTE"));
    if (m_canDecide)
        m_tabs->addTab(buildPendingTab(), tr("Ofertas recibidas"));
    m_tabs->addTab(buildOperationsTab(), tr("Operaciones"));
    m_tabs->addTab(buildInvoiceTab(), tr("Por factura"));
    layout->addWidget(m_tabs, 1);

    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setObjectName(QStringLiteral("operationsRefreshTimer"));
    m_refreshTimer->setInterval(RefreshIntervalMs);
    connect(m_refreshTimer, &QTimer::timeout, this, [this]() {
        if (m_busy == 0)
            refresh();
    });
    connect(m_refreshButton, &QPushButton::clicked, this, &OperationsPage::refresh);
    if (m_context.company)
        connect(m_context.company.get(), &CompanyContext::changed, this, &OperationsPage::refresh);
    updateActions();
}

OperationsPage::~OperationsPage() = default;

QTableView* OperationsPage::makeTable(const QString& objectName, QSortFilterProxyModel* proxy, bool multiSelect)
{
    auto* view = new QTableView(this);
    view->setObjectName(objectName);
    view->setModel(proxy);
    view->setSortingEnabled(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(multiSelect ? QAbstractItemView::ExtendedSelection : QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->setVisible(false);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return view;
}

QWidget* OperationsPage::buildOfferTab()
{
    auto* tab = new QWidget(this);
    tab->setObjectName(QStringLiteral("offerTab"));
    auto* layout = new QVBoxLayout(tab);
    auto* intro
        = new QLabel(tr("Seleccione los DTE cargados que quiere ofrecer al factoring para su visto bueno."), tab);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* controls = new QHBoxLayout;
    auto* companyLabel = new QLabel(tr("&Empresa:"), tab);
    m_offerCompany = new QComboBox(tab);
    m_offerCompany->setObjectName(QStringLiteral("offerCompanyCombo"));
    companyLabel->setBuddy(m_offerCompany);
    controls->addWidget(companyLabel);
    controls->addWidget(m_offerCompany, 1);
    auto* targetLabel = new QLabel(tr("O&peración:"), tab);
    m_offerTarget = new QComboBox(tab);
    m_offerTarget->setObjectName(QStringLiteral("offerTargetCombo"));
    targetLabel->setBuddy(m_offerTarget);
    controls->addWidget(targetLabel);
    controls->addWidget(m_offerTarget, 1);
    m_offerButton = new QPushButton(tr("&Ofrecer al factoring"), tab);
    m_offerButton->setObjectName(QStringLiteral("offerButton"));
    controls->addWidget(m_offerButton);
    layout->addLayout(controls);

    m_offerable = new OfferableDteTableModel(this);
    m_offerable->setObjectName(QStringLiteral("offerableModel"));
    m_offerableProxy = new QSortFilterProxyModel(this);
    m_offerableProxy->setSourceModel(m_offerable);
    m_offerableProxy->setSortRole(OfferableDteTableModel::SortRole);
    m_offerableView = makeTable(QStringLiteral("offerableView"), m_offerableProxy, true);
    m_offerEmpty = emptyStateLabel(QStringLiteral("offerEmptyLabel"),
                                   tr("No hay DTE cargados para ofrecer. Cárguelos en la sección DTE; los que el "
                                      "factoring rechace vuelven a aparecer aquí."),
                                   tab);
    layout->addWidget(m_offerEmpty);
    layout->addWidget(m_offerableView, 1);

    connect(m_offerButton, &QPushButton::clicked, this, &OperationsPage::offerSelected);
    connect(m_offerableView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &OperationsPage::updateActions);
    connect(m_offerCompany, &QComboBox::activated, this, [this](int index) {
        m_offerCompanyId = m_offerCompany->itemData(index).toLongLong();
        refresh();
    });
    setTabOrder(m_offerCompany, m_offerTarget);
    setTabOrder(m_offerTarget, m_offerButton);
    setTabOrder(m_offerButton, m_offerableView);
    return tab;
}

QWidget* OperationsPage::buildPendingTab()
{
    auto* tab = new QWidget(this);
    tab->setObjectName(QStringLiteral("pendingTab"));
    auto* layout = new QVBoxLayout(tab);
    auto* controls = new QHBoxLayout;
    auto* clientLabel = new QLabel(tr("&Cliente:"), tab);
    m_clientFilter = new QComboBox(tab);
    m_clientFilter->setObjectName(QStringLiteral("clientFilterCombo"));
    clientLabel->setBuddy(m_clientFilter);
    controls->addWidget(clientLabel);
    controls->addWidget(m_clientFilter, 1);
    m_approveButton = new QPushButton(tr("&Aprobar"), tab);
    m_approveButton->setObjectName(QStringLiteral("approveButton"));
    m_rejectButton = new QPushButton(tr("&Rechazar…"), tab);
    m_rejectButton->setObjectName(QStringLiteral("rejectButton"));
    controls->addWidget(m_approveButton);
    controls->addWidget(m_rejectButton);
    layout->addLayout(controls);

    m_pending = new OperationDteTableModel(this);
    m_pending->setObjectName(QStringLiteral("pendingModel"));
    m_pendingProxy = new QSortFilterProxyModel(this);
    m_pendingProxy->setSourceModel(m_pending);
    m_pendingProxy->setSortRole(OperationDteTableModel::SortRole);
    m_pendingProxy->setFilterRole(OperationDteTableModel::CompanyIdRole);
    m_pendingView = makeTable(QStringLiteral("pendingView"), m_pendingProxy, true);
    m_pendingView->sortByColumn(OperationDteTableModel::Client, Qt::AscendingOrder);
    m_pendingEmpty
        = emptyStateLabel(QStringLiteral("pendingEmptyLabel"), tr("No hay ofertas pendientes de visto bueno."), tab);
    layout->addWidget(m_pendingEmpty);
    layout->addWidget(m_pendingView, 1);

    connect(m_approveButton, &QPushButton::clicked, this, &OperationsPage::approveSelected);
    connect(m_rejectButton, &QPushButton::clicked, this, &OperationsPage::rejectSelected);
    connect(m_pendingView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &OperationsPage::updateActions);
    connect(m_clientFilter, &QComboBox::currentIndexChanged, this, &OperationsPage::updatePendingFilter);
    setTabOrder(m_clientFilter, m_approveButton);
    setTabOrder(m_approveButton, m_rejectButton);
    setTabOrder(m_rejectButton, m_pendingView);
    return tab;
}

QWidget* OperationsPage::buildOperationsTab()
{
    auto* tab = new QWidget(this);
    tab->setObjectName(QStringLiteral("operationsTab"));
    auto* layout = new QVBoxLayout(tab);
    auto* controls = new QHBoxLayout;
    auto* stateLabel = new QLabel(tr("&Estado:"), tab);
    m_stateFilter = new QComboBox(tab);
    m_stateFilter->setObjectName(QStringLiteral("stateFilterCombo"));
    m_stateFilter->addItem(tr("Todas"), QString());
    for (core::OperationState state : core::OperationStates::all())
        m_stateFilter->addItem(core::OperationStates::displayName(state), core::OperationStates::name(state));
    stateLabel->setBuddy(m_stateFilter);
    controls->addWidget(stateLabel);
    controls->addWidget(m_stateFilter);
    controls->addSpacing(16);
    auto* numberLabel = new QLabel(tr("&Número:"), tab);
    m_numberEdit = new QLineEdit(tab);
    m_numberEdit->setObjectName(QStringLiteral("operationNumberEdit"));
    m_numberEdit->setPlaceholderText(tr("Buscar operación por número"));
    m_numberEdit->setClearButtonEnabled(true);
    numberLabel->setBuddy(m_numberEdit);
    auto* findButton = new QPushButton(tr("Buscar"), tab);
    findButton->setObjectName(QStringLiteral("findOperationButton"));
    controls->addWidget(numberLabel);
    controls->addWidget(m_numberEdit, 1);
    controls->addWidget(findButton);
    if (m_canDecide) {
        m_renumberButton = new QPushButton(tr("Cambiar &número…"), tab);
        m_renumberButton->setObjectName(QStringLiteral("renumberButton"));
        controls->addWidget(m_renumberButton);
        connect(m_renumberButton, &QPushButton::clicked, this, &OperationsPage::renumberSelected);
    }
    layout->addLayout(controls);

    m_operations = new OperationTableModel(this);
    m_operations->setObjectName(QStringLiteral("operationsModel"));
    m_operationsProxy = new QSortFilterProxyModel(this);
    m_operationsProxy->setSourceModel(m_operations);
    m_operationsProxy->setSortRole(OperationTableModel::SortRole);
    m_operationsView = makeTable(QStringLiteral("operationsView"), m_operationsProxy, false);

    auto* detail = new QWidget(tab);
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    m_operationTitle = new QLabel(tr("Seleccione una operación para ver sus DTE y su historial."), detail);
    m_operationTitle->setObjectName(QStringLiteral("operationTitleLabel"));
    detailLayout->addWidget(m_operationTitle);
    m_operationDtes = new OperationDteTableModel(this);
    m_operationDtes->setObjectName(QStringLiteral("operationDtesModel"));
    m_operationDtesProxy = new QSortFilterProxyModel(this);
    m_operationDtesProxy->setSourceModel(m_operationDtes);
    m_operationDtesProxy->setSortRole(OperationDteTableModel::SortRole);
    m_operationDtesView = makeTable(QStringLiteral("operationDtesView"), m_operationDtesProxy, false);
    m_operationDtesView->setColumnHidden(OperationDteTableModel::Client, true);
    m_operationDtesView->setColumnHidden(OperationDteTableModel::Operation, true);
    m_history = new OperationEventTableModel(this);
    m_history->setObjectName(QStringLiteral("operationHistoryModel"));
    auto* historyView = new QTableView(detail);
    historyView->setObjectName(QStringLiteral("operationHistoryView"));
    historyView->setModel(m_history);
    historyView->setSelectionBehavior(QAbstractItemView::SelectRows);
    historyView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    historyView->verticalHeader()->setVisible(false);
    historyView->horizontalHeader()->setStretchLastSection(true);
    historyView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto* detailSplitter = new QSplitter(Qt::Horizontal, detail);
    detailSplitter->addWidget(m_operationDtesView);
    detailSplitter->addWidget(historyView);
    detailLayout->addWidget(detailSplitter, 1);

    auto* splitter = new QSplitter(Qt::Vertical, tab);
    splitter->setObjectName(QStringLiteral("operationsSplitter"));
    splitter->addWidget(m_operationsView);
    splitter->addWidget(detail);
    layout->addWidget(splitter, 1);

    connect(m_stateFilter, &QComboBox::currentIndexChanged, this, &OperationsPage::refresh);
    connect(m_numberEdit, &QLineEdit::returnPressed, this, &OperationsPage::findOperationByNumber);
    connect(findButton, &QPushButton::clicked, this, &OperationsPage::findOperationByNumber);
    connect(m_operationsView->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this]() {
        updateActions();
        if (auto id = selectedOperationId(); id && *id != m_shownOperationId)
            loadOperation(*id);
    });
    return tab;
}

QWidget* OperationsPage::buildInvoiceTab()
{
    auto* tab = new QWidget(this);
    tab->setObjectName(QStringLiteral("invoiceTab"));
    auto* layout = new QVBoxLayout(tab);
    auto* controls = new QHBoxLayout;
    auto* folioLabel = new QLabel(tr("&Folio:"), tab);
    m_folioEdit = new QLineEdit(tab);
    m_folioEdit->setObjectName(QStringLiteral("invoiceFolioEdit"));
    m_folioEdit->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,18}")), m_folioEdit));
    folioLabel->setBuddy(m_folioEdit);
    auto* rutLabel = new QLabel(tr("&RUT emisor:"), tab);
    m_rutEdit = new QLineEdit(tab);
    m_rutEdit->setObjectName(QStringLiteral("invoiceRutEdit"));
    m_rutEdit->setPlaceholderText(tr("76.354.771-K"));
    rutLabel->setBuddy(m_rutEdit);
    auto* searchButton = new QPushButton(tr("&Buscar"), tab);
    searchButton->setObjectName(QStringLiteral("searchInvoiceButton"));
    controls->addWidget(folioLabel);
    controls->addWidget(m_folioEdit);
    controls->addWidget(rutLabel);
    controls->addWidget(m_rutEdit);
    controls->addWidget(searchButton);
    controls->addStretch();
    layout->addLayout(controls);

    m_invoiceRows = new OperationDteTableModel(this);
    m_invoiceRows->setObjectName(QStringLiteral("invoiceModel"));
    m_invoiceProxy = new QSortFilterProxyModel(this);
    m_invoiceProxy->setSourceModel(m_invoiceRows);
    m_invoiceProxy->setSortRole(OperationDteTableModel::SortRole);
    m_invoiceView = makeTable(QStringLiteral("invoiceView"), m_invoiceProxy, false);
    m_invoiceHistory = new OperationEventTableModel(this);
    m_invoiceHistory->setObjectName(QStringLiteral("invoiceHistoryModel"));
    auto* historyView = new QTableView(tab);
    historyView->setObjectName(QStringLiteral("invoiceHistoryView"));
    historyView->setModel(m_invoiceHistory);
    historyView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    historyView->verticalHeader()->setVisible(false);
    historyView->horizontalHeader()->setStretchLastSection(true);
    historyView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto* splitter = new QSplitter(Qt::Vertical, tab);
    splitter->addWidget(m_invoiceView);
    splitter->addWidget(historyView);
    layout->addWidget(splitter, 1);

    connect(searchButton, &QPushButton::clicked, this, &OperationsPage::searchInvoice);
    connect(m_folioEdit, &QLineEdit::returnPressed, this, &OperationsPage::searchInvoice);
    connect(m_rutEdit, &QLineEdit::returnPressed, this, &OperationsPage::searchInvoice);
    connect(m_invoiceView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &OperationsPage::loadInvoiceHistory);
    setTabOrder(m_folioEdit, m_rutEdit);
    setTabOrder(m_rutEdit, searchButton);
    setTabOrder(searchButton, m_invoiceView);
    return tab;
}

void OperationsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
    m_refreshTimer->start();
}

void OperationsPage::hideEvent(QHideEvent* event)
{
    m_refreshTimer->stop();
    QWidget::hideEvent(event);
}

void OperationsPage::refresh()
{
    const quint64 generation = ++m_snapshotGeneration;
    std::optional<core::OperationState> state;
    if (const QString name = m_stateFilter->currentData().toString(); !name.isEmpty())
        state = core::OperationStates::fromName(name);
    const auto companies = m_context.company ? m_context.company->visibleCompanyIds(m_session)
                                             : std::optional<QList<qint64>>(m_session.companyIds());
    setBusy(+1);
    whenReady(this,
              OperationsLoader::startSnapshot(m_context.database, m_context.clock, m_session, companies,
                                              m_offerCompanyId, state),
              [this, generation](const OperationsSnapshot& snapshot) {
                  setBusy(-1);
                  if (generation != m_snapshotGeneration)
                      return;
                  applySnapshot(snapshot);
                  if (m_shownOperationId != 0)
                      loadOperation(m_shownOperationId);
                  Q_EMIT refreshed();
              });
}

void OperationsPage::applySnapshot(const OperationsSnapshot& snapshot)
{
    if (!snapshot.error.isEmpty()) {
        showStatus(snapshot.error, true);
        return;
    }

    if (m_canOffer) {
        m_offerCompanyId = snapshot.offerCompanyId;
        QList<QPair<QString, QVariant>> companies;
        for (const core::Company& company : snapshot.companies)
            companies.append({ company.razonSocial, company.id });
        setItems(m_offerCompany, companies);
        if (m_offerCompanyId)
            m_offerCompany->setCurrentIndex(m_offerCompany->findData(*m_offerCompanyId));
        m_offerCompany->setEnabled(m_offerCompany->count() > 1);

        QList<QPair<QString, QVariant>> targets { { tr("Operación nueva"), QVariant(qint64(0)) } };
        for (const core::Operation& operation : snapshot.offerTargets) {
            targets.append(
                { tr("Agregar a la operación %1 (%n DTE)", nullptr, operation.dteCount()).arg(operation.number),
                  operation.id });
        }
        setItems(m_offerTarget, targets);

        const QList<qint64> selected = selectedDteIds(m_offerableView, OfferableDteTableModel::DteIdRole);
        m_offerable->setDtes(snapshot.offerable);
        reselect(m_offerableView, OfferableDteTableModel::DteIdRole, selected);
        m_offerEmpty->setVisible(snapshot.offerable.isEmpty());
        m_offerableView->setVisible(!snapshot.offerable.isEmpty());
    }

    if (m_canDecide) {
        const QVariant client = m_clientFilter->currentData();
        QMap<qint64, QPair<QString, int>> clients;
        for (const core::OperationDte& row : snapshot.pending) {
            clients[row.companyId].first = row.companyName;
            ++clients[row.companyId].second;
        }
        QList<QPair<QString, QVariant>> clientItems {
            { tr("Todos los clientes (%n DTE)", nullptr, int(snapshot.pending.size())), QVariant(qint64(0)) }
        };
        for (auto it = clients.cbegin(); it != clients.cend(); ++it)
            clientItems.append({ tr("%1 (%n DTE)", nullptr, it->second).arg(it->first), it.key() });
        {
            const QSignalBlocker blocker(m_clientFilter);
            setItems(m_clientFilter, clientItems);
            m_clientFilter->setCurrentIndex(std::max(0, m_clientFilter->findData(client)));
        }
        const QList<qint64> selected = selectedDteIds(m_pendingView, OperationDteTableModel::DteIdRole);
        m_pending->setRows(snapshot.pending);
        updatePendingFilter();
        reselect(m_pendingView, OperationDteTableModel::DteIdRole, selected);
        m_pendingEmpty->setVisible(snapshot.pending.isEmpty());
        m_pendingView->setVisible(!snapshot.pending.isEmpty());
    }

    const std::optional<qint64> selectedOperation = selectedOperationId();
    m_operations->setOperations(snapshot.operations);
    if (selectedOperation) {
        const int row = m_operations->rowOf(*selectedOperation);
        if (row >= 0) {
            const QModelIndex index = m_operationsProxy->mapFromSource(m_operations->index(row, 0));
            m_operationsView->selectionModel()->select(index,
                                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        }
    }
    showStatus(
        tr("Actualizado a las %1.").arg(m_context.clock->nowUtc().toLocalTime().toString(QStringLiteral("HH:mm:ss"))),
        false);
    updateActions();
}

void OperationsPage::loadOperation(qint64 operationId)
{
    const quint64 generation = ++m_detailGeneration;
    m_shownOperationId = operationId;
    setBusy(+1);
    whenReady(this, OperationsLoader::startOperation(m_context.database, m_context.clock, m_session, operationId),
              [this, generation](const OperationDetail& detail) {
                  setBusy(-1);
                  if (generation == m_detailGeneration)
                      applyOperationDetail(detail);
              });
}

void OperationsPage::findOperationByNumber()
{
    const QString number = m_numberEdit->text().trimmed();
    if (number.isEmpty()) {
        showStatus(tr("Escriba el número de la operación que busca."), true);
        return;
    }
    const quint64 generation = ++m_detailGeneration;
    setBusy(+1);
    whenReady(this, OperationsLoader::startOperationByNumber(m_context.database, m_context.clock, m_session, number),
              [this, generation](const OperationDetail& detail) {
                  setBusy(-1);
                  if (generation != m_detailGeneration)
                      return;
                  applyOperationDetail(detail);
                  if (!detail.error.isEmpty())
                      return;
                  // Show it in the list too, whatever the state filter.
                  const int row = m_operations->rowOf(detail.operationId);
                  if (row < 0) {
                      m_stateFilter->setCurrentIndex(0);
                      return;
                  }
                  m_operationsView->selectionModel()->select(
                      m_operationsProxy->mapFromSource(m_operations->index(row, 0)),
                      QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
              });
}

void OperationsPage::applyOperationDetail(const OperationDetail& detail)
{
    if (!detail.error.isEmpty()) {
        showStatus(detail.error, true);
        m_shownOperationId = 0;
        m_operationDtes->setRows({});
        m_history->setEvents({});
        m_operationTitle->setText(tr("Seleccione una operación para ver sus DTE y su historial."));
        Q_EMIT detailLoaded();
        return;
    }
    m_shownOperationId = detail.operationId;
    m_operationDtes->setRows(detail.dtes);
    m_history->setEvents(detail.events);
    const QString number = detail.events.isEmpty() ? QString() : detail.events.first().operationNumber;
    m_operationTitle->setText(tr("Operación %1: %n DTE", nullptr, int(detail.dtes.size())).arg(number));
    Q_EMIT detailLoaded();
}

void OperationsPage::searchInvoice()
{
    const QString folioText = m_folioEdit->text().trimmed();
    const QString rut = m_rutEdit->text().trimmed();
    if (folioText.isEmpty() && rut.isEmpty()) {
        showStatus(tr("Escriba el folio de la factura, el RUT del emisor o ambos."), true);
        return;
    }
    const std::optional<qint64> folio
        = folioText.isEmpty() ? std::nullopt : std::optional<qint64>(folioText.toLongLong());
    const quint64 generation = ++m_invoiceGeneration;
    setBusy(+1);
    whenReady(this, OperationsLoader::startInvoice(m_context.database, m_context.clock, m_session, folio, rut),
              [this, generation](const OperationDetail& detail) {
                  setBusy(-1);
                  if (generation != m_invoiceGeneration)
                      return;
                  m_invoiceHistory->setEvents({});
                  m_invoiceRows->setRows(detail.dtes);
                  if (!detail.error.isEmpty())
                      showStatus(detail.error, true);
                  else if (detail.dtes.isEmpty())
                      showStatus(tr("Ninguna factura con esos datos fue ofrecida en una operación."), false);
                  else
                      showStatus(tr("%n fila(s) encontrada(s).", nullptr, int(detail.dtes.size())), false);
                  Q_EMIT detailLoaded();
              });
}

void OperationsPage::loadInvoiceHistory()
{
    const QList<qint64> ids = selectedDteIds(m_invoiceView, OperationDteTableModel::DteIdRole);
    if (ids.isEmpty())
        return;
    const quint64 generation = ++m_invoiceGeneration;
    setBusy(+1);
    whenReady(this, OperationsLoader::startDteHistory(m_context.database, m_context.clock, m_session, ids.first()),
              [this, generation](const OperationDetail& detail) {
                  setBusy(-1);
                  if (generation != m_invoiceGeneration)
                      return;
                  if (!detail.error.isEmpty())
                      showStatus(detail.error, true);
                  m_invoiceHistory->setEvents(detail.events);
                  Q_EMIT detailLoaded();
              });
}

void OperationsPage::offerSelected()
{
    const QList<qint64> ids = selectedDteIds(m_offerableView, OfferableDteTableModel::DteIdRole);
    if (ids.isEmpty() || !m_offerCompanyId)
        return;
    const qint64 target = m_offerTarget->currentData().toLongLong();
    runAction(OperationsLoader::startOffer(m_context.database, m_context.clock, m_session, *m_offerCompanyId, ids,
                                           target > 0 ? std::optional<qint64>(target) : std::nullopt));
}

void OperationsPage::approveSelected()
{
    const QList<qint64> ids = selectedDteIds(m_pendingView, OperationDteTableModel::DteIdRole);
    if (ids.isEmpty())
        return;
    runAction(OperationsLoader::startDecision(m_context.database, m_context.clock, m_session, ids, true, QString()));
}

void OperationsPage::rejectSelected()
{
    const QList<qint64> ids = selectedDteIds(m_pendingView, OperationDteTableModel::DteIdRole);
    if (ids.isEmpty())
        return;
    auto* dialog = new RejectReasonDialog(int(ids.size()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, ids]() {
        runAction(OperationsLoader::startDecision(m_context.database, m_context.clock, m_session, ids, false,
                                                  dialog->reason()));
    });
    dialog->open();
}

void OperationsPage::renumberSelected()
{
    const auto id = selectedOperationId();
    if (!id)
        return;
    const int row = m_operations->rowOf(*id);
    if (row < 0)
        return;
    auto* dialog = new RenumberDialog(m_operations->operations().at(row).number, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, operationId = *id]() {
        runAction(OperationsLoader::startRenumber(m_context.database, m_context.clock, m_session, operationId,
                                                  dialog->number()));
    });
    dialog->open();
}

void OperationsPage::runAction(QFuture<OperationsLoader::ActionResult> future)
{
    setBusy(+1);
    whenReady(this, future, [this](const OperationsLoader::ActionResult& result) {
        setBusy(-1);
        const bool ok = result.error.isEmpty();
        showStatus(ok ? result.message : result.error, !ok);
        Q_EMIT actionFinished(ok, ok ? result.message : result.error);
        refresh();
    });
}

void OperationsPage::updateActions()
{
    const bool idle = m_busy == 0;
    if (m_offerButton) {
        m_offerButton->setEnabled(idle && m_offerCompanyId.has_value()
                                  && m_offerableView->selectionModel()->hasSelection());
    }
    if (m_approveButton) {
        const bool selected = m_pendingView->selectionModel()->hasSelection();
        m_approveButton->setEnabled(idle && selected);
        m_rejectButton->setEnabled(idle && selected);
    }
    if (m_renumberButton)
        m_renumberButton->setEnabled(idle && selectedOperationId().has_value());
}

void OperationsPage::updatePendingFilter()
{
    const qint64 client = m_clientFilter->currentData().toLongLong();
    if (client == 0)
        m_pendingProxy->setFilterRegularExpression(QRegularExpression());
    else
        m_pendingProxy->setFilterRegularExpression(QRegularExpression(QStringLiteral("^%1$").arg(client)));
    updateActions();
}

void OperationsPage::showStatus(const QString& text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b01e1e;") : QString());
}

void OperationsPage::setBusy(int delta)
{
    m_busy = std::max(0, m_busy + delta);
    m_progress->setVisible(m_busy > 0);
    updateActions();
}

QList<qint64> OperationsPage::selectedDteIds(QTableView* view, int idRole) const
{
    QList<qint64> ids;
    if (!view || !view->selectionModel())
        return ids;
    for (const QModelIndex& index : view->selectionModel()->selectedRows())
        ids << index.data(idRole).toLongLong();
    return ids;
}

std::optional<qint64> OperationsPage::selectedOperationId() const
{
    const QModelIndexList rows = m_operationsView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first().data(OperationTableModel::IdRole).toLongLong();
}

} // namespace factora::ui
