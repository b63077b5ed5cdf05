// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "DispatchPage.h"

#include "DispatchAttemptModel.h"
#include "DispatchCampaignDialog.h"
#include "DispatchLogModel.h"
#include "DispatchResendDialog.h"
#include "DispatchWords.h"
#include "dispatch/DispatchService.h"
#include "types/Money.h"
#include "types/Rut.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSet>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace factora::ui {

namespace {
    QString localTime(const QDateTime& utc)
    {
        return utc.isValid() ? utc.toLocalTime().toString(u"dd-MM-yyyy HH:mm") : QString();
    }

    QTableView* makeTable(QWidget* parent, const QString& objectName)
    {
        auto* view = new QTableView(parent);
        view->setObjectName(objectName);
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        view->setAlternatingRowColors(true);
        view->verticalHeader()->hide();
        view->horizontalHeader()->setStretchLastSection(true);
        view->setWordWrap(false);
        return view;
    }
} // namespace

DispatchPage::DispatchPage(const DesktopContext& context, const core::UserSession& session, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_session(session)
    , m_canManage(session.has(core::Permission::DispatchManage))
{
    setObjectName(QStringLiteral("dispatchPage"));
    const QDate today = m_context.clock->nowUtc().date();

    // Filters, applied in core.
    auto* filters = new QGroupBox(tr("Filtros"), this);
    auto* grid = new QGridLayout(filters);
    m_rut = new QLineEdit(filters);
    m_rut->setObjectName(QStringLiteral("dispatchRutEdit"));
    m_rut->setPlaceholderText(tr("p. ej. 76.354.771-K"));
    m_rut->setClearButtonEnabled(true);
    m_folio = new QLineEdit(filters);
    m_folio->setObjectName(QStringLiteral("dispatchFolioEdit"));
    m_folio->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,18}")), m_folio));
    m_folio->setClearButtonEnabled(true);
    m_state = new QComboBox(filters);
    m_state->setObjectName(QStringLiteral("dispatchStateCombo"));
    m_state->addItem(tr("(todos)"), QString());
    for (const QString& name : core::DispatchStates::names())
        m_state->addItem(DispatchWords::state(*core::DispatchStates::parse(name)), name);
    m_channel = new QComboBox(filters);
    m_channel->setObjectName(QStringLiteral("dispatchChannelCombo"));
    m_channel->addItem(tr("(todos)"), QString());
    m_channel->addItem(DispatchWords::channel(core::DispatchChannel::Email), QStringLiteral("email"));
    m_channel->addItem(DispatchWords::channel(core::DispatchChannel::Sms), QStringLiteral("sms"));
    m_channel->setToolTip(tr("Envíos con al menos un intento por este canal"));
    m_dateCheck = new QCheckBox(tr("Cr&eados entre"), filters);
    m_dateCheck->setObjectName(QStringLiteral("dispatchDateCheck"));
    m_dateCheck->setToolTip(tr("Días en hora UTC"));
    m_dateCheck->setChecked(true);
    m_from = new QDateEdit(today.addDays(-30), filters);
    m_from->setObjectName(QStringLiteral("dispatchFromDate"));
    m_to = new QDateEdit(today, filters);
    m_to->setObjectName(QStringLiteral("dispatchToDate"));
    for (QDateEdit* edit : { m_from, m_to }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
        connect(m_dateCheck, &QCheckBox::toggled, edit, &QWidget::setEnabled);
    }
    auto* apply = new QPushButton(tr("&Buscar"), filters);
    apply->setObjectName(QStringLiteral("dispatchApplyButton"));
    auto* rutLabel = new QLabel(tr("&RUT deudor:"), filters);
    rutLabel->setBuddy(m_rut);
    auto* folioLabel = new QLabel(tr("F&olio:"), filters);
    folioLabel->setBuddy(m_folio);
    auto* stateLabel = new QLabel(tr("Es&tado:"), filters);
    stateLabel->setBuddy(m_state);
    auto* channelLabel = new QLabel(tr("Ca&nal:"), filters);
    channelLabel->setBuddy(m_channel);
    grid->addWidget(rutLabel, 0, 0);
    grid->addWidget(m_rut, 0, 1);
    grid->addWidget(folioLabel, 0, 2);
    grid->addWidget(m_folio, 0, 3);
    grid->addWidget(stateLabel, 0, 4);
    grid->addWidget(m_state, 0, 5);
    grid->addWidget(channelLabel, 1, 0);
    grid->addWidget(m_channel, 1, 1);
    auto* dates = new QHBoxLayout;
    dates->addWidget(m_dateCheck);
    dates->addWidget(m_from);
    dates->addWidget(new QLabel(tr("y"), filters));
    dates->addWidget(m_to);
    dates->addStretch(1);
    grid->addLayout(dates, 1, 2, 1, 3);
    grid->addWidget(apply, 1, 5);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);

    // Quick search and actions.
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("dispatchSearchEdit"));
    m_search->setPlaceholderText(tr("Buscar en la lista: deudor, correo, motivo… (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    auto* find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, this, [this]() {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    addAction(find);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("dispatchCountLabel"));
    auto* refreshButton = new QPushButton(tr("Actuali&zar"), this);
    refreshButton->setObjectName(QStringLiteral("dispatchRefreshButton"));
    refreshButton->setToolTip(tr("Vuelve a leer el registro de envíos (F5)"));
    auto* f5 = new QShortcut(QKeySequence::Refresh, this);
    f5->setContext(Qt::WidgetWithChildrenShortcut);
    m_exportButton = new QPushButton(tr("E&xportar CSV…"), this);
    m_exportButton->setObjectName(QStringLiteral("dispatchExportButton"));
    m_exportButton->setToolTip(tr("Guarda los envíos que muestra la lista, con sus intentos, en un CSV para Excel"));
    m_campaignButton = new QPushButton(tr("Ca&mpaña…"), this);
    m_campaignButton->setObjectName(QStringLiteral("dispatchCampaignButton"));
    m_campaignButton->setToolTip(tr("Envía las facturas de una operación o de las filas elegidas"));
    m_campaignButton->setVisible(m_canManage);
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_search, 2);
    bar->addWidget(m_count, 1);
    bar->addWidget(refreshButton);
    bar->addWidget(m_exportButton);
    bar->addWidget(m_campaignButton);

    // The log.
    m_log = new DispatchLogModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_log);
    m_proxy->setSortRole(DispatchLogModel::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view = makeTable(this, QStringLiteral("dispatchLogView"));
    m_view->setModel(m_proxy);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(DispatchLogModel::Created, Qt::DescendingOrder);
    m_view->setColumnWidth(DispatchLogModel::Created, 120);
    m_view->setColumnWidth(DispatchLogModel::Debtor, 240);
    m_view->setColumnWidth(DispatchLogModel::Recipient, 220);
    m_view->setColumnWidth(DispatchLogModel::State, 200);
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("dispatchEmptyLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMargin(24);
    m_logStack = new QStackedWidget(this);
    m_logStack->addWidget(m_view);
    m_logStack->addWidget(m_empty);

    // The detail of the selected dispatch.
    auto* detail = new QGroupBox(tr("Envío elegido"), this);
    auto* detailLayout = new QVBoxLayout(detail);
    m_detailLabel = new QLabel(detail);
    m_detailLabel->setObjectName(QStringLiteral("dispatchDetailLabel"));
    m_detailLabel->setWordWrap(true);
    m_detailLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_suppressionLabel = new QLabel(detail);
    m_suppressionLabel->setObjectName(QStringLiteral("dispatchSuppressionLabel"));
    m_suppressionLabel->setWordWrap(true);
    m_suppressionLabel->setStyleSheet(QStringLiteral("color:#b00020"));
    m_suppressionLabel->hide();
    m_attempts = new DispatchAttemptModel(this);
    m_attemptView = makeTable(detail, QStringLiteral("dispatchAttemptView"));
    m_attemptView->setModel(m_attempts);
    m_attemptView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_attemptView->setColumnWidth(DispatchAttemptModel::Started, 135);
    m_attemptView->setColumnWidth(DispatchAttemptModel::Channel, 60);
    m_attemptView->setColumnWidth(DispatchAttemptModel::Recipient, 170);
    m_attemptView->setColumnWidth(DispatchAttemptModel::ReplyCode, 90);
    m_attemptView->setColumnWidth(DispatchAttemptModel::ReplyText, 150);
    m_attemptView->setColumnWidth(DispatchAttemptModel::Outcome, 200);
    m_resendButton = new QPushButton(tr("Reen&viar…"), detail);
    m_resendButton->setObjectName(QStringLiteral("dispatchResendButton"));
    m_resendButton->setToolTip(tr("Crea un envío nuevo de esta factura, si quiere a otro correo o teléfono"));
    m_resendButton->setVisible(m_canManage);
    auto* detailTop = new QHBoxLayout;
    detailTop->addWidget(m_detailLabel, 1);
    detailTop->addWidget(m_resendButton, 0, Qt::AlignTop);
    detailLayout->addLayout(detailTop);
    detailLayout->addWidget(m_suppressionLabel);
    detailLayout->addWidget(m_attemptView, 1);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_logStack);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("dispatchStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("dispatchBusyIndicator"));
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(160);
    m_progress->hide();
    auto* statusBar = new QHBoxLayout;
    statusBar->addWidget(m_status, 1);
    statusBar->addWidget(m_progress);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(filters);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);
    layout->addLayout(statusBar);

    setTabOrder(m_rut, m_folio);
    setTabOrder(m_folio, m_state);
    setTabOrder(m_state, m_channel);
    setTabOrder(m_channel, m_dateCheck);
    setTabOrder(m_dateCheck, m_from);
    setTabOrder(m_from, m_to);
    setTabOrder(m_to, apply);
    setTabOrder(apply, m_search);
    setTabOrder(m_search, refreshButton);
    setTabOrder(refreshButton, m_exportButton);
    setTabOrder(m_exportButton, m_campaignButton);
    setTabOrder(m_campaignButton, m_view);
    setTabOrder(m_view, m_resendButton);
    setTabOrder(m_resendButton, m_attemptView);

    connect(apply, &QPushButton::clicked, this, &DispatchPage::refresh);
    connect(refreshButton, &QPushButton::clicked, this, &DispatchPage::refresh);
    connect(f5, &QShortcut::activated, this, &DispatchPage::refresh);
    for (QLineEdit* edit : { m_rut, m_folio })
        connect(edit, &QLineEdit::returnPressed, this, &DispatchPage::refresh);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterFixedString(text.trimmed());
        updateEmptyState();
    });
    connect(m_exportButton, &QPushButton::clicked, this, &DispatchPage::chooseExportFile);
    connect(m_campaignButton, &QPushButton::clicked, this, &DispatchPage::launchCampaign);
    connect(m_resendButton, &QPushButton::clicked, this, &DispatchPage::resendSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &DispatchPage::loadDetail);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &DispatchPage::updateActions);
    clearDetail(tr("Elija un envío para ver sus intentos."));
    updateEmptyState();
    updateActions();
}

void DispatchPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_loadedOnce) {
        m_loadedOnce = true;
        refresh();
    }
}

std::optional<core::DispatchFilter> DispatchPage::currentFilter()
{
    core::DispatchFilter filter;
    const QString rut = m_rut->text().trimmed();
    if (!rut.isEmpty()) {
        auto parsed = core::Rut::parse(rut);
        if (!parsed) {
            showStatus(tr("El RUT del deudor no es válido: %1").arg(parsed.error().message()), true);
            return std::nullopt;
        }
        filter.debtorRut = parsed->toString();
    }
    if (!m_folio->text().isEmpty()) {
        bool ok = false;
        const qint64 folio = m_folio->text().toLongLong(&ok);
        if (!ok || folio <= 0) {
            showStatus(tr("El folio «%1» no es un número mayor que cero.").arg(m_folio->text()), true);
            return std::nullopt;
        }
        filter.folio = folio;
    }
    if (const QString state = m_state->currentData().toString(); !state.isEmpty())
        filter.state = *core::DispatchStates::parse(state);
    if (const QString channel = m_channel->currentData().toString(); !channel.isEmpty())
        filter.channel = *core::DispatchStates::parseChannel(channel);
    if (m_dateCheck->isChecked()) {
        if (m_from->date() > m_to->date()) {
            showStatus(tr("La fecha «desde» (%1) es posterior a «hasta» (%2).")
                           .arg(m_from->date().toString(u"dd-MM-yyyy"), m_to->date().toString(u"dd-MM-yyyy")),
                       true);
            return std::nullopt;
        }
        filter.from = m_from->date();
        filter.to = m_to->date();
    }
    return filter;
}

void DispatchPage::refresh()
{
    const auto filter = currentFilter();
    if (!filter) {
        Q_EMIT logLoaded();
        return;
    }
    const quint64 generation = ++m_generation;
    setBusy(+1);
    m_count->setText(tr("Buscando…"));
    auto* watcher = new QFutureWatcher<DispatchLoader::LogResult>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation]() {
        watcher->deleteLater();
        setBusy(-1);
        if (generation != m_generation)
            return;
        applyLog(watcher->result());
        Q_EMIT logLoaded();
    });
    watcher->setFuture(DispatchLoader::startSearch(m_context.database, *filter));
}

void DispatchPage::applyLog(const DispatchLoader::LogResult& result)
{
    if (!result.error.isEmpty()) {
        showStatus(tr("No se pudo leer el registro de envíos: %1").arg(result.error), true);
        m_count->clear();
        return;
    }
    const std::optional<core::DispatchRecord> current = currentDispatch();
    const qint64 keep = m_selectAfterLoad != 0 ? m_selectAfterLoad : (current ? current->id : 0);
    m_selectAfterLoad = 0;
    m_truncated = result.truncated;
    m_log->setDispatches(result.dispatches);
    if (m_status->property("error").toBool())
        showStatus(QString(), false);
    updateEmptyState();
    const int row = keep != 0 ? m_log->rowOf(keep) : -1;
    if (row >= 0) {
        const QModelIndex index = m_proxy->mapFromSource(m_log->index(row, 0));
        if (index.isValid()) {
            m_view->selectionModel()->setCurrentIndex(index,
                                                      QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_view->scrollTo(index);
        }
    }
    // A current row set above loads its detail (currentRowChanged); the reset left none otherwise.
    if (!m_view->selectionModel()->currentIndex().isValid())
        clearDetail(tr("Elija un envío para ver sus intentos."));
    updateActions();
}

void DispatchPage::updateEmptyState()
{
    const int total = m_log->rowCount();
    const int shown = m_proxy->rowCount();
    if (total == 0) {
        m_count->setText(tr("Ningún envío"));
        m_empty->setText(tr("No hay envíos con estos filtros.\n\nLos envíos se crean con una campaña (botón "
                            "«Campaña…»), al reenviar uno anterior o con «factora-cli dispatch send»; los envían los "
                            "procesos de factora-server."));
    } else if (shown == 0) {
        m_count->setText(tr("0 de %n envío(s)", nullptr, total));
        m_empty->setText(tr("Ningún envío de la lista contiene «%1».").arg(m_search->text().trimmed()));
    } else if (shown < total) {
        m_count->setText(tr("%1 de %n envío(s)", nullptr, total).arg(shown));
    } else {
        m_count->setText(m_truncated ? tr("Los primeros %n envíos: acote el filtro para ver los demás", nullptr, total)
                                     : tr("%n envío(s)", nullptr, total));
    }
    m_logStack->setCurrentIndex(shown == 0 ? 1 : 0);
    m_exportButton->setEnabled(shown > 0);
}

std::optional<core::DispatchRecord> DispatchPage::currentDispatch() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    const QModelIndex source = m_proxy->mapToSource(current);
    if (!source.isValid() || source.row() >= m_log->rowCount())
        return std::nullopt;
    return m_log->dispatch(source.row());
}

void DispatchPage::clearDetail(const QString& text)
{
    ++m_detailGeneration;
    m_detail.reset();
    m_detailLabel->setText(text);
    m_suppressionLabel->hide();
    m_attempts->setAttempts({});
    updateActions();
}

void DispatchPage::loadDetail()
{
    const std::optional<core::DispatchRecord> dispatch = currentDispatch();
    if (!dispatch) {
        clearDetail(tr("Elija un envío para ver sus intentos."));
        return;
    }
    const quint64 generation = ++m_detailGeneration;
    m_detail.reset();
    updateActions();
    auto* watcher = new QFutureWatcher<DispatchLoader::DetailResult>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation]() {
        watcher->deleteLater();
        if (generation != m_detailGeneration)
            return;
        showDetail(watcher->result());
        Q_EMIT detailLoaded();
    });
    watcher->setFuture(DispatchLoader::startDetail(m_context.database, dispatch->id));
}

void DispatchPage::showDetail(const DispatchLoader::DetailResult& detail)
{
    if (!detail.error.isEmpty()) {
        m_detail.reset();
        m_detailLabel->setText(tr("No se pudo leer el envío: %1").arg(detail.error));
        m_suppressionLabel->hide();
        m_attempts->setAttempts({});
        updateActions();
        return;
    }
    m_detail = detail;
    const core::DispatchRecord& d = detail.dispatch;
    QStringList lines;
    lines << tr("Envío %1 · factura tipo %2, folio %3, de %4 · %5")
                 .arg(d.id)
                 .arg(d.tipo)
                 .arg(d.folio)
                 .arg(core::Money::fromPesos(d.amount).toDisplayString(), DispatchWords::state(d.state));
    lines << tr("Motivo: %1").arg(d.lastReason.isEmpty() ? tr("(ninguno)") : d.lastReason);
    QString origin = tr("Creado el %1 por %2").arg(localTime(d.createdAt), d.createdBy);
    if (d.campaignId)
        origin += tr(" · campaña %1").arg(*d.campaignId);
    if (!core::DispatchStates::isFinal(d.state) && d.nextAttemptAt.isValid())
        origin += tr(" · próximo intento: %1").arg(localTime(d.nextAttemptAt));
    lines << origin;
    if (!detail.documentKept)
        lines << tr("El documento ya no se guarda (plazo de retención): este envío no se puede reenviar.");
    if (detail.attempts.isEmpty())
        lines << tr("Todavía no hay intentos: lo enviarán los procesos de factora-server.");
    m_detailLabel->setText(lines.join(u'\n'));
    QStringList suppressed;
    for (const core::DispatchSuppression& s : detail.suppressions) {
        suppressed << tr("%1 está suprimido desde el %2: %3").arg(s.address, localTime(s.firstFailedAt), s.reason);
    }
    m_suppressionLabel->setText(suppressed.join(u'\n'));
    m_suppressionLabel->setVisible(!suppressed.isEmpty());
    m_attempts->setAttempts(detail.attempts);
    updateActions();
}

void DispatchPage::updateActions()
{
    const bool resendable
        = m_detail && core::DispatchStates::isFinal(m_detail->dispatch.state) && m_detail->documentKept;
    m_resendButton->setEnabled(m_canManage && resendable);
    if (m_detail && !resendable) {
        m_resendButton->setToolTip(m_detail->documentKept
                                       ? tr("Solo se reenvía un envío terminado; este sigue en curso.")
                                       : tr("El documento de este envío ya no se guarda."));
    } else {
        m_resendButton->setToolTip(tr("Crea un envío nuevo de esta factura, si quiere a otro correo o teléfono"));
    }
}

QList<core::DispatchRecord> DispatchPage::visibleDispatches() const
{
    QList<core::DispatchRecord> dispatches;
    dispatches.reserve(m_proxy->rowCount());
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        dispatches << m_log->dispatch(m_proxy->mapToSource(m_proxy->index(row, 0)).row());
    return dispatches;
}

bool DispatchPage::selectFirstRow()
{
    if (m_proxy->rowCount() == 0)
        return false;
    const QModelIndex first = m_proxy->index(0, 0);
    if (m_view->selectionModel()->currentIndex() == first) {
        loadDetail();
        return true;
    }
    m_view->selectionModel()->setCurrentIndex(first, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    return true;
}

void DispatchPage::chooseExportFile()
{
    const QString suggested = QDir::home().filePath(
        tr("envios-%1.csv").arg(m_context.clock->nowUtc().toLocalTime().toString(u"yyyy-MM-dd")));
    const QString path = QFileDialog::getSaveFileName(this, tr("Exportar el registro de envíos"), suggested,
                                                      tr("CSV para Excel (*.csv)"));
    if (!path.isEmpty())
        exportCsvTo(path);
}

void DispatchPage::exportCsvTo(const QString& path)
{
    const QList<core::DispatchRecord> dispatches = visibleDispatches();
    if (dispatches.isEmpty()) {
        const QString message = tr("La lista no muestra envíos: no hay nada que exportar.");
        showStatus(message, true);
        Q_EMIT actionFinished(false, message);
        return;
    }
    setBusy(+1);
    m_exportButton->setEnabled(false);
    showStatus(tr("Exportando %n envío(s)…", nullptr, static_cast<int>(dispatches.size())), false);
    auto* watcher = new QFutureWatcher<DispatchLoader::ActionResult>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher]() {
        watcher->deleteLater();
        setBusy(-1);
        updateEmptyState();
        const DispatchLoader::ActionResult result = watcher->result();
        const bool ok = result.error.isEmpty();
        showStatus(ok ? result.message : result.error, !ok);
        Q_EMIT actionFinished(ok, ok ? result.message : result.error);
    });
    watcher->setFuture(DispatchLoader::startExport(m_context.database, dispatches, path));
}

void DispatchPage::resendSelected()
{
    if (!m_canManage || !m_detail || !m_resendButton->isEnabled())
        return;
    auto* dialog = new DispatchResendDialog(m_detail->dispatch, m_detail->suppressions, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog]() { runResend(dialog->dispatchId(), dialog->contact()); });
    dialog->open();
}

void DispatchPage::runResend(qint64 id, const core::DispatchContact& contact)
{
    setBusy(+1);
    m_resendButton->setEnabled(false);
    showStatus(tr("Reenviando el envío %1…").arg(id), false);
    auto* watcher = new QFutureWatcher<DispatchLoader::ActionResult>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher]() {
        watcher->deleteLater();
        setBusy(-1);
        const DispatchLoader::ActionResult result = watcher->result();
        const bool ok = result.error.isEmpty();
        showStatus(ok ? result.message : tr("No se reenvió: %1").arg(result.error), !ok);
        if (ok) {
            // Show the new dispatch: it was created now, so it is inside a date range ending today.
            m_selectAfterLoad = result.id;
            m_search->clear();
            refresh();
        } else {
            updateActions();
        }
        Q_EMIT actionFinished(ok, m_status->text());
    });
    watcher->setFuture(DispatchLoader::startResend(m_context.database, m_context.clock, m_session, id, contact));
}

void DispatchPage::launchCampaign()
{
    if (!m_canManage)
        return;
    QList<qint64> dteIds;
    QSet<qint64> seen;
    int withoutDte = 0;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex& index : rows) {
        const core::DispatchRecord& dispatch = m_log->dispatch(m_proxy->mapToSource(index).row());
        if (!dispatch.dteId) {
            ++withoutDte;
        } else if (!seen.contains(*dispatch.dteId)) {
            seen.insert(*dispatch.dteId);
            dteIds << *dispatch.dteId;
        }
    }
    auto* dialog = new DispatchCampaignDialog(m_context, m_session, dteIds, withoutDte, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DispatchCampaignDialog::campaignFinished, this, [this](bool ok, const QString& message) {
        showStatus(message, !ok);
        if (ok)
            refresh();
    });
    connect(dialog, &QDialog::finished, this, &DispatchPage::refresh);
    dialog->open();
}

void DispatchPage::showStatus(const QString& text, bool error)
{
    m_status->setText(text);
    m_status->setProperty("error", error);
    m_status->setStyleSheet(error ? QStringLiteral("color:#b00020") : QString());
}

void DispatchPage::setBusy(int delta)
{
    m_busy = qMax(0, m_busy + delta);
    m_progress->setVisible(m_busy > 0);
}

} // namespace factora::ui
