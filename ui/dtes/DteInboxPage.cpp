// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "DteInboxPage.h"

#include "DteDetailView.h"
#include "DteFilterProxyModel.h"
#include "DteImportJob.h"
#include "DteImportResultModel.h"
#include "DteInboxLoader.h"
#include "DteTableModel.h"
#include "security/Permission.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace factora::ui {

namespace {
    // The "no date" value of the date filters: shown as "—".
    const QDate NoDate(2000, 1, 1);

    std::optional<qint64> pesos(const QLineEdit* edit)
    {
        QString digits = edit->text();
        digits.remove(u'.').remove(u'$').remove(u' ');
        bool ok = false;
        const qint64 value = digits.toLongLong(&ok);
        return ok ? std::optional<qint64>(value) : std::nullopt;
    }

    QStringList localPaths(const QMimeData* mime)
    {
        QStringList paths;
        if (!mime || !mime->hasUrls())
            return paths;
        const auto urls = mime->urls();
        for (const QUrl& url : urls) {
            if (url.isLocalFile())
                paths << url.toLocalFile();
        }
        return paths;
    }
} // namespace

DteInboxPage::DteInboxPage(const DesktopContext& context, const core::UserSession& session, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_session(session)
    , m_model(new DteTableModel(this))
    , m_proxy(new DteFilterProxyModel(this))
    , m_results(new DteImportResultModel(this))
    , m_detail(new DteDetailView(this))
{
    setObjectName(QStringLiteral("dteInboxPage"));
    if (!m_context.company)
        m_context.company = std::make_shared<CompanyContext>();
    setAcceptDrops(m_session.has(core::Permission::DteImport));
    m_proxy->setDteModel(m_model);

    // Toolbar: import, reload, quick search.
    m_importFilesButton = new QPushButton(tr("&Importar archivos…"), this);
    m_importFilesButton->setObjectName(QStringLiteral("importFilesButton"));
    m_importFilesButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importFilesButton->setToolTip(tr("Cargar archivos XML de DTE (Ctrl+I); también puede arrastrarlos aquí."));
    connect(m_importFilesButton, &QPushButton::clicked, this, &DteInboxPage::chooseFiles);
    m_importFolderButton = new QPushButton(tr("Importar &carpeta…"), this);
    m_importFolderButton->setObjectName(QStringLiteral("importFolderButton"));
    m_importFolderButton->setToolTip(tr("Cargar todos los XML de una carpeta y sus subcarpetas."));
    connect(m_importFolderButton, &QPushButton::clicked, this, &DteInboxPage::chooseFolder);
    const bool mayImport = m_session.has(core::Permission::DteImport);
    m_importFilesButton->setVisible(mayImport);
    m_importFolderButton->setVisible(mayImport);
    auto* reloadButton = new QPushButton(tr("&Actualizar"), this);
    reloadButton->setObjectName(QStringLiteral("reloadButton"));
    reloadButton->setShortcut(QKeySequence(Qt::Key_F5));
    reloadButton->setToolTip(tr("Volver a leer los DTE (F5)."));
    connect(reloadButton, &QPushButton::clicked, this, &DteInboxPage::reload);
    m_searchEdit = new QLineEdit(this);
    m_searchEdit->setObjectName(QStringLiteral("quickSearchEdit"));
    m_searchEdit->setPlaceholderText(tr("Buscar folio, RUT, razón social… (Ctrl+F)"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->setMinimumWidth(260);
    connect(m_searchEdit, &QLineEdit::textChanged, m_proxy, &DteFilterProxyModel::setQuickSearch);
    connect(m_searchEdit, &QLineEdit::textChanged, this, &DteInboxPage::updateCount);
    auto* findAction = new QAction(this);
    findAction->setShortcut(QKeySequence::Find);
    findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(findAction, &QAction::triggered, this, [this] {
        m_searchEdit->setFocus(Qt::ShortcutFocusReason);
        m_searchEdit->selectAll();
    });
    addAction(findAction);
    auto* toolbar = new QHBoxLayout;
    toolbar->addWidget(m_importFilesButton);
    toolbar->addWidget(m_importFolderButton);
    toolbar->addWidget(reloadButton);
    toolbar->addStretch();
    toolbar->addWidget(m_searchEdit);

    // The table, or its empty state.
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("dteTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(DteTableModel::FechaEmision, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultSectionSize(110);
    m_table->setColumnWidth(DteTableModel::Tipo, 170);
    m_table->setColumnWidth(DteTableModel::Folio, 80);
    m_table->setColumnWidth(DteTableModel::Emisor, 220);
    m_table->setColumnWidth(DteTableModel::Receptor, 220);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &DteInboxPage::onCurrentChanged);
    m_emptyLabel = new QLabel(this);
    m_emptyLabel->setObjectName(QStringLiteral("dteEmptyLabel"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_tableStack = new QStackedWidget(this);
    m_tableStack->setObjectName(QStringLiteral("dteTableStack"));
    m_tableStack->addWidget(m_table);
    m_tableStack->addWidget(m_emptyLabel);
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("dteCountLabel"));
    auto* tableColumn = new QWidget(this);
    auto* tableLayout = new QVBoxLayout(tableColumn);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_tableStack, 1);
    tableLayout->addWidget(m_countLabel);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("dteSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(tableColumn);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(toolbar);
    layout->addWidget(createFilterBar());
    layout->addWidget(createImportPanel());
    layout->addWidget(splitter, 1);
    setTabOrder(m_searchEdit, m_emitterEdit);

    connect(&m_rowsWatcher, &QFutureWatcher<DteRowSet>::finished, this, &DteInboxPage::onRowsLoaded);
    connect(&m_importWatcher, &QFutureWatcher<DteFileResult>::resultReadyAt, this, &DteInboxPage::onImportResult);
    connect(&m_importWatcher, &QFutureWatcher<DteFileResult>::progressValueChanged, this,
            &DteInboxPage::onImportProgress);
    connect(&m_importWatcher, &QFutureWatcher<DteFileResult>::progressRangeChanged, m_importProgress,
            &QProgressBar::setRange);
    connect(&m_importWatcher, &QFutureWatcher<DteFileResult>::finished, this, &DteInboxPage::onImportFinished);
    connect(&m_detailWatcher, &QFutureWatcher<DteDetail>::finished, this, &DteInboxPage::onDetailLoaded);
    connect(m_context.company.get(), &CompanyContext::changed, this, &DteInboxPage::reload);
    reload();
}

DteInboxPage::~DteInboxPage()
{
    m_importWatcher.cancel();
    // The jobs hold their own copy of the database pointer; their results are dropped with the watchers.
}

QWidget* DteInboxPage::createFilterBar()
{
    auto* bar = new QWidget(this);
    bar->setObjectName(QStringLiteral("dteFilterBar"));
    m_emitterEdit = new QLineEdit(bar);
    m_emitterEdit->setObjectName(QStringLiteral("emitterFilterEdit"));
    m_emitterEdit->setPlaceholderText(tr("RUT o razón social"));
    m_emitterEdit->setClearButtonEnabled(true);
    m_receiverEdit = new QLineEdit(bar);
    m_receiverEdit->setObjectName(QStringLiteral("receiverFilterEdit"));
    m_receiverEdit->setPlaceholderText(tr("RUT o razón social"));
    m_receiverEdit->setClearButtonEnabled(true);
    m_typeCombo = new QComboBox(bar);
    m_typeCombo->setObjectName(QStringLiteral("typeFilterCombo"));
    m_typeCombo->addItem(tr("Todos"), 0);
    for (int tipo : { 33, 34, 43, 46 })
        m_typeCombo->addItem(QStringLiteral("%1 %2").arg(tipo).arg(DteRow::typeName(tipo)), tipo);
    m_stateCombo = new QComboBox(bar);
    m_stateCombo->setObjectName(QStringLiteral("stateFilterCombo"));
    m_stateCombo->addItem(tr("Todos"), QString());
    for (const char* state : { "loaded", "offered", "approved", "rejected", "ceded" })
        m_stateCombo->addItem(DteRow::stateName(QLatin1StringView(state)), QString::fromLatin1(state));
    auto dateEdit = [bar](const QString& name) {
        auto* edit = new QDateEdit(bar);
        edit->setObjectName(name);
        edit->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
        edit->setCalendarPopup(true);
        edit->setMinimumDate(NoDate);
        edit->setSpecialValueText(tr("—"));
        edit->setDate(NoDate);
        return edit;
    };
    m_fromEdit = dateEdit(QStringLiteral("fromDateEdit"));
    m_toEdit = dateEdit(QStringLiteral("toDateEdit"));
    auto amountEdit = [bar](const QString& name, const QString& placeholder) {
        auto* edit = new QLineEdit(bar);
        edit->setObjectName(name);
        edit->setPlaceholderText(placeholder);
        edit->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9. $]{0,20}")), edit));
        edit->setMaximumWidth(130);
        return edit;
    };
    m_minimumEdit = amountEdit(QStringLiteral("minimumAmountEdit"), tr("mínimo"));
    m_maximumEdit = amountEdit(QStringLiteral("maximumAmountEdit"), tr("máximo"));
    auto* clearButton = new QPushButton(tr("&Limpiar filtros"), bar);
    clearButton->setObjectName(QStringLiteral("clearFiltersButton"));
    connect(clearButton, &QPushButton::clicked, this, &DteInboxPage::clearFilters);

    for (QLineEdit* edit : { m_emitterEdit, m_receiverEdit, m_minimumEdit, m_maximumEdit })
        connect(edit, &QLineEdit::textChanged, this, &DteInboxPage::applyFilters);
    for (QComboBox* combo : { m_typeCombo, m_stateCombo })
        connect(combo, &QComboBox::currentIndexChanged, this, &DteInboxPage::applyFilters);
    for (QDateEdit* edit : { m_fromEdit, m_toEdit })
        connect(edit, &QDateEdit::dateChanged, this, &DteInboxPage::applyFilters);

    auto labelFor = [bar](const QString& text, QWidget* buddy) {
        auto* label = new QLabel(text, bar);
        label->setBuddy(buddy);
        return label;
    };
    auto* grid = new QGridLayout(bar);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(labelFor(tr("&Emisor:"), m_emitterEdit), 0, 0);
    grid->addWidget(m_emitterEdit, 0, 1);
    grid->addWidget(labelFor(tr("&Receptor:"), m_receiverEdit), 0, 2);
    grid->addWidget(m_receiverEdit, 0, 3);
    grid->addWidget(labelFor(tr("&Tipo:"), m_typeCombo), 0, 4);
    grid->addWidget(m_typeCombo, 0, 5);
    grid->addWidget(labelFor(tr("E&stado:"), m_stateCombo), 0, 6);
    grid->addWidget(m_stateCombo, 0, 7);
    grid->addWidget(labelFor(tr("Emitidos &desde:"), m_fromEdit), 1, 0);
    grid->addWidget(m_fromEdit, 1, 1);
    grid->addWidget(labelFor(tr("&hasta:"), m_toEdit), 1, 2);
    grid->addWidget(m_toEdit, 1, 3);
    grid->addWidget(labelFor(tr("&Monto desde:"), m_minimumEdit), 1, 4);
    grid->addWidget(m_minimumEdit, 1, 5);
    grid->addWidget(labelFor(tr("hasta:"), m_maximumEdit), 1, 6);
    grid->addWidget(m_maximumEdit, 1, 7);
    grid->addWidget(clearButton, 1, 8);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    return bar;
}

QWidget* DteInboxPage::createImportPanel()
{
    m_importPanel = new QWidget(this);
    m_importPanel->setObjectName(QStringLiteral("importPanel"));
    m_importProgress = new QProgressBar(m_importPanel);
    m_importProgress->setObjectName(QStringLiteral("importProgress"));
    m_importProgress->setFormat(tr("%v de %m archivos"));
    m_importLabel = new QLabel(m_importPanel);
    m_importLabel->setObjectName(QStringLiteral("importStatusLabel"));
    m_importLabel->setWordWrap(true);
    m_cancelImportButton = new QPushButton(tr("Cancelar"), m_importPanel);
    m_cancelImportButton->setObjectName(QStringLiteral("cancelImportButton"));
    m_cancelImportButton->setToolTip(tr("Detener la importación antes del siguiente archivo (Esc)."));
    m_cancelImportButton->setShortcut(QKeySequence(Qt::Key_Escape));
    connect(m_cancelImportButton, &QPushButton::clicked, this, &DteInboxPage::cancelImport);
    auto* closeButton = new QPushButton(tr("Cerrar resultados"), m_importPanel);
    closeButton->setObjectName(QStringLiteral("closeImportResultsButton"));
    connect(closeButton, &QPushButton::clicked, m_importPanel, &QWidget::hide);
    connect(&m_importWatcher, &QFutureWatcher<DteFileResult>::started, closeButton,
            [closeButton] { closeButton->setEnabled(false); });
    connect(&m_importWatcher, &QFutureWatcher<DteFileResult>::finished, closeButton,
            [closeButton] { closeButton->setEnabled(true); });
    m_resultsTable = new QTableView(m_importPanel);
    m_resultsTable->setObjectName(QStringLiteral("importResultsTable"));
    m_resultsTable->setModel(m_results);
    m_resultsTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_resultsTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_resultsTable->verticalHeader()->hide();
    m_resultsTable->horizontalHeader()->setStretchLastSection(true);
    m_resultsTable->setColumnWidth(DteImportResultModel::Archivo, 260);
    m_resultsTable->setMaximumHeight(150);

    auto* row = new QHBoxLayout;
    row->addWidget(m_importProgress, 1);
    row->addWidget(m_cancelImportButton);
    row->addWidget(closeButton);
    auto* layout = new QVBoxLayout(m_importPanel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_importLabel);
    layout->addWidget(m_resultsTable);
    m_importPanel->hide();
    return m_importPanel;
}

bool DteInboxPage::isImporting() const
{
    return m_importWatcher.isRunning();
}

bool DteInboxPage::isLoading() const
{
    return m_loading;
}

bool DteInboxPage::importPaths(const QStringList& paths)
{
    if (paths.isEmpty() || isImporting() || !m_session.has(core::Permission::DteImport))
        return false;
    m_results->clear();
    m_importProgress->setRange(0, 0);
    m_importProgress->setValue(0);
    m_importLabel->setText(tr("Buscando archivos XML…"));
    m_cancelImportButton->setEnabled(true);
    m_importFilesButton->setEnabled(false);
    m_importFolderButton->setEnabled(false);
    m_importPanel->show();
    m_importWatcher.setFuture(DteImportJob::start(m_context.database, m_session, m_context.clock, paths));
    return true;
}

void DteInboxPage::cancelImport()
{
    if (!isImporting())
        return;
    m_importWatcher.cancel();
    m_cancelImportButton->setEnabled(false);
    m_importLabel->setText(tr("Cancelando: se detiene antes del siguiente archivo…"));
}

void DteInboxPage::onImportResult(int index)
{
    m_results->append(m_importWatcher.resultAt(index));
    m_resultsTable->scrollToBottom();
}

void DteInboxPage::onImportProgress(int value)
{
    m_importProgress->setValue(value);
    if (m_cancelImportButton->isEnabled())
        m_importLabel->setText(tr("Importando %1 de %2 archivos…").arg(value).arg(m_importProgress->maximum()));
}

void DteInboxPage::onImportFinished()
{
    const bool cancelled = m_importWatcher.isCanceled();
    // Results reported just before the end may not have been delivered through resultReadyAt yet.
    const int available = m_importWatcher.future().resultCount();
    for (int i = int(m_results->results().size()); i < available; ++i)
        m_results->append(m_importWatcher.resultAt(i));
    if (m_importProgress->maximum() == 0)
        m_importProgress->setRange(0, 1);
    m_cancelImportButton->setEnabled(false);
    m_importFilesButton->setEnabled(true);
    m_importFolderButton->setEnabled(true);
    const int imported = m_results->count(DteFileResult::Outcome::Imported);
    const int duplicates = m_results->count(DteFileResult::Outcome::Duplicate);
    const int refused = int(m_results->results().size()) - imported - duplicates;
    QString summary
        = tr("%1 archivos importados, %2 duplicados, %3 con problemas.").arg(imported).arg(duplicates).arg(refused);
    if (cancelled)
        summary = tr("Importación cancelada: ") + summary + u' ' + tr("Los archivos ya procesados quedan cargados.");
    else if (m_results->results().isEmpty())
        summary = tr("No se encontró ningún archivo XML que importar.");
    m_importLabel->setText(summary);
    reload();
    Q_EMIT importFinished(cancelled);
}

void DteInboxPage::chooseFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Importar DTE"), QString(),
                                                            tr("Documentos XML (*.xml *.XML);;Todos los archivos (*)"));
    importPaths(files);
}

void DteInboxPage::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Importar los DTE de una carpeta"));
    if (!folder.isEmpty())
        importPaths({ folder });
}

void DteInboxPage::dragEnterEvent(QDragEnterEvent* event)
{
    if (!isImporting() && m_session.has(core::Permission::DteImport) && !localPaths(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void DteInboxPage::dropEvent(QDropEvent* event)
{
    if (importPaths(localPaths(event->mimeData())))
        event->acceptProposedAction();
}

void DteInboxPage::reload()
{
    if (m_loading) {
        m_reloadAgain = true;
        return;
    }
    m_loading = true;
    m_countLabel->setText(tr("Cargando DTE…"));
    m_rowsWatcher.setFuture(
        DteInboxLoader::startRows(m_context.database, m_context.company->visibleCompanyIds(m_session)));
}

void DteInboxPage::onRowsLoaded()
{
    if (m_reloadAgain) {
        m_reloadAgain = false;
        m_rowsWatcher.setFuture(
            DteInboxLoader::startRows(m_context.database, m_context.company->visibleCompanyIds(m_session)));
        return;
    }
    m_loading = false;
    DteRowSet set = m_rowsWatcher.result();
    const qint64 shown = m_detail->dteId();
    m_model->setRows(std::move(set.rows));
    if (!set.error.isEmpty()) {
        m_emptyLabel->setText(tr("No se pudieron leer los DTE: %1").arg(set.error));
        m_tableStack->setCurrentWidget(m_emptyLabel);
        m_countLabel->clear();
        Q_EMIT rowsLoaded(set.error);
        return;
    }
    const int row = shown != 0 ? m_model->rowOfId(shown) : -1;
    if (row >= 0)
        m_table->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)));
    else
        m_detail->clear();
    updateCount();
    Q_EMIT rowsLoaded({});
}

void DteInboxPage::applyFilters()
{
    m_proxy->setEmitterFilter(m_emitterEdit->text());
    m_proxy->setReceiverFilter(m_receiverEdit->text());
    m_proxy->setTypeFilter(m_typeCombo->currentData().toInt());
    m_proxy->setStateFilter(m_stateCombo->currentData().toString());
    const QDate from = m_fromEdit->date() == NoDate ? QDate() : m_fromEdit->date();
    const QDate to = m_toEdit->date() == NoDate ? QDate() : m_toEdit->date();
    m_proxy->setDateRange(from, to);
    m_proxy->setAmountRange(pesos(m_minimumEdit), pesos(m_maximumEdit));
    updateCount();
}

void DteInboxPage::clearFilters()
{
    const QSignalBlocker blockers[]
        = { QSignalBlocker(m_emitterEdit), QSignalBlocker(m_receiverEdit), QSignalBlocker(m_typeCombo),
            QSignalBlocker(m_stateCombo),  QSignalBlocker(m_fromEdit),     QSignalBlocker(m_toEdit),
            QSignalBlocker(m_minimumEdit), QSignalBlocker(m_maximumEdit),  QSignalBlocker(m_searchEdit) };
    m_emitterEdit->clear();
    m_receiverEdit->clear();
    m_typeCombo->setCurrentIndex(0);
    m_stateCombo->setCurrentIndex(0);
    m_fromEdit->setDate(NoDate);
    m_toEdit->setDate(NoDate);
    m_minimumEdit->clear();
    m_maximumEdit->clear();
    m_searchEdit->clear();
    m_proxy->clearFilters();
    updateCount();
}

void DteInboxPage::updateCount()
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    if (total == 0) {
        m_emptyLabel->setText(m_session.has(core::Permission::DteImport)
                                  ? tr("Aún no hay DTE cargados. Impórtelos con «Importar archivos…» o «Importar "
                                       "carpeta…», o arrastre los archivos XML a esta ventana.")
                                  : tr("Aún no hay DTE cargados."));
        m_tableStack->setCurrentWidget(m_emptyLabel);
    } else if (shown == 0) {
        m_emptyLabel->setText(tr("Ningún DTE coincide con los filtros. Use «Limpiar filtros» para verlos todos."));
        m_tableStack->setCurrentWidget(m_emptyLabel);
    } else {
        m_tableStack->setCurrentWidget(m_table);
    }
    m_countLabel->setText(shown == total ? tr("%n DTE", nullptr, total)
                                         : tr("%1 de %n DTE", nullptr, total).arg(shown));
}

void DteInboxPage::onCurrentChanged(const QModelIndex& current)
{
    if (!current.isValid()) {
        m_wantedDetailId = 0;
        m_detail->clear();
        return;
    }
    const qint64 id = m_proxy->data(current, DteTableModel::IdRole).toLongLong();
    if (id == m_wantedDetailId && (m_detailWatcher.isRunning() || m_detail->dteId() == id))
        return;
    m_wantedDetailId = id;
    m_detail->showLoading();
    if (!m_detailWatcher.isRunning())
        m_detailWatcher.setFuture(DteInboxLoader::startDetail(m_context.database, m_context.clock, m_session, id));
}

void DteInboxPage::onDetailLoaded()
{
    const DteDetail detail = m_detailWatcher.result();
    if (m_wantedDetailId != 0 && detail.record.id != m_wantedDetailId) {
        // The choice moved while this one was read: read the one now chosen.
        m_detailWatcher.setFuture(
            DteInboxLoader::startDetail(m_context.database, m_context.clock, m_session, m_wantedDetailId));
        return;
    }
    if (m_wantedDetailId == 0) {
        m_detail->clear();
        return;
    }
    m_detail->setDetail(detail);
    Q_EMIT detailLoaded(detail.record.id);
}

} // namespace factora::ui
