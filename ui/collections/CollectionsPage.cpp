// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "CollectionsPage.h"

#include "CollectionChartsView.h"
#include "CollectionsRowModel.h"
#include "ResolveDifferenceDialog.h"
#include "calendar/BankingCalendar.h"
#include "security/Permission.h"
#include "types/Money.h"
#include "types/Rut.h"

#include <QCoreApplication>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStringDecoder>
#include <QTabWidget>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>

#include <algorithm>

namespace factora::ui {

namespace {
    QString money(qint64 pesos)
    {
        return core::Money::fromPesos(pesos).toDisplayString();
    }

    QString day(const QDate& date)
    {
        return date.isValid() ? date.toString(u"dd-MM-yyyy") : QString();
    }

    QString dottedRut(const QString& rut)
    {
        auto parsed = core::Rut::parse(rut);
        return parsed ? parsed->toDottedString() : rut;
    }

    QString localTime(const QDateTime& utc)
    {
        return utc.isValid() ? utc.toLocalTime().toString(u"dd-MM-yyyy HH:mm") : QString();
    }

    QString channelName(const QString& channel)
    {
        if (channel == u"CV")
            return QCoreApplication::translate("CollectionsPage", "Caja Vecina");
        if (channel == u"IN")
            return QCoreApplication::translate("CollectionsPage", "Internet");
        return channel;
    }

    QString stateName(const QString& state)
    {
        if (state == u"paid")
            return QCoreApplication::translate("CollectionsPage", "Pagada");
        if (state == u"withdrawn")
            return QCoreApplication::translate("CollectionsPage", "Retirada");
        return QCoreApplication::translate("CollectionsPage", "Pendiente");
    }

    QVariant optionalAmount(const std::optional<qint64>& amount)
    {
        return amount ? QVariant(*amount) : QVariant();
    }

    QString optionalMoney(const std::optional<qint64>& amount)
    {
        return amount ? money(*amount) : QString();
    }

    QDate todayInSantiago(const core::Clock& clock)
    {
        return clock.nowUtc().toTimeZone(QTimeZone(core::BankingCalendar::timeZoneId())).date();
    }
} // namespace

CollectionsPage::CollectionsPage(const DesktopContext& context, const core::UserSession& session, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_session(session)
    , m_canManage(session.has(core::Permission::CollectionsManage))
{
    setObjectName(QStringLiteral("collectionsPage"));
    const QDate today = todayInSantiago(*m_context.clock);

    m_from = new QDateEdit(today.addDays(-30), this);
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
    m_to = new QDateEdit(today, this);
    m_to->setObjectName(QStringLiteral("toDate"));
    m_to->setCalendarPopup(true);
    m_to->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
    auto* fromLabel = new QLabel(tr("&Desde"), this);
    fromLabel->setBuddy(m_from);
    auto* toLabel = new QLabel(tr("&Hasta"), this);
    toLabel->setBuddy(m_to);
    auto* refresh = new QPushButton(tr("Actuali&zar"), this);
    refresh->setObjectName(QStringLiteral("refreshButton"));
    refresh->setToolTip(tr("Vuelve a leer la cobranza del rango (F5)"));
    connect(refresh, &QPushButton::clicked, this, &CollectionsPage::refresh);
    auto* f5 = new QShortcut(QKeySequence::Refresh, this);
    connect(f5, &QShortcut::activated, this, &CollectionsPage::refresh);

    m_operation = new QLineEdit(this);
    m_operation->setObjectName(QStringLiteral("cartaGuiaOperation"));
    m_operation->setPlaceholderText(tr("N° de operación (opcional)"));
    m_operation->setToolTip(tr("Con un número, la Carta Guía trae solo esa operación; sin él, las cesiones del rango"));
    auto* exportButton = new QPushButton(tr("&Exportar Carta Guía…"), this);
    exportButton->setObjectName(QStringLiteral("exportCartaGuiaButton"));
    connect(exportButton, &QPushButton::clicked, this, &CollectionsPage::chooseCartaGuiaFile);

    auto* bar = new QHBoxLayout;
    bar->addWidget(fromLabel);
    bar->addWidget(m_from);
    bar->addWidget(toLabel);
    bar->addWidget(m_to);
    bar->addWidget(refresh);
    bar->addStretch(1);
    bar->addWidget(m_operation);
    bar->addWidget(exportButton);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("collectionsTabs"));
    m_tabs->addTab(buildPaymentsTab(), tr("&Pagos"));
    m_tabs->addTab(buildDebtorsTab(), tr("De&udores"));
    m_tabs->addTab(buildRendicionesTab(), tr("&Rendiciones"));
    m_tabs->addTab(buildReconciliationTab(), tr("&Conciliación"));
    m_charts = new CollectionChartsView(this);
    m_charts->setObjectName(QStringLiteral("chartsView"));
    m_tabs->addTab(m_charts, tr("&Gráficos"));

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("busyIndicator"));
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(160);
    m_progress->hide();
    auto* statusBar = new QHBoxLayout;
    statusBar->addWidget(m_status, 1);
    statusBar->addWidget(m_progress);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(statusBar);
    setTabOrder(m_from, m_to);
    setTabOrder(m_to, refresh);
    setTabOrder(refresh, m_operation);
    setTabOrder(m_operation, exportButton);
    setTabOrder(exportButton, m_tabs);
    updateActions();
}

QTableView* CollectionsPage::makeTable(const QString& objectName, CollectionsRowModel* model)
{
    auto* proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(model);
    proxy->setSortRole(CollectionsRowModel::SortRole);
    auto* view = new QTableView(this);
    view->setObjectName(objectName);
    view->setModel(proxy);
    // Rows come in the order core gives (by date, by pending amount ...) until the user sorts by a column.
    view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    view->setSortingEnabled(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

QWidget* CollectionsPage::buildPaymentsTab()
{
    auto* tab = new QWidget(this);
    m_payments = new CollectionsRowModel(
        { tr("Fecha contable"), tr("Canal"), tr("Transacciones"), tr("Boletas"), tr("Monto") }, { 2, 3, 4 }, this);
    auto* view = makeTable(QStringLiteral("paymentsTable"), m_payments);
    m_paymentsTotal = new QLabel(tab);
    m_paymentsTotal->setObjectName(QStringLiteral("paymentsTotal"));
    auto* layout = new QVBoxLayout(tab);
    layout->addWidget(view, 1);
    layout->addWidget(m_paymentsTotal);
    return tab;
}

QWidget* CollectionsPage::buildDebtorsTab()
{
    auto* tab = new QWidget(this);
    m_search = new QLineEdit(tab);
    m_search->setObjectName(QStringLiteral("debtorSearch"));
    m_search->setPlaceholderText(tr("Buscar por RUT o nombre del deudor"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::returnPressed, this, &CollectionsPage::refresh);
    m_debtors = new CollectionsRowModel({ tr("RUT"), tr("Deudor"), tr("Pagadas"), tr("Monto pagado"), tr("Pendientes"),
                                          tr("Monto pendiente"), tr("Vencido"), tr("Vencimiento más antiguo") },
                                        { 2, 3, 4, 5, 6 }, this);
    m_debtorsView = makeTable(QStringLiteral("debtorsTable"), m_debtors);
    connect(m_debtorsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CollectionsPage::loadDebtorInvoices);
    m_debtorInvoices
        = new CollectionsRowModel({ tr("Folio"), tr("Tipo"), tr("Emisor"), tr("Emisión"), tr("Vencimiento"),
                                    tr("Monto"), tr("Estado"), tr("Pagada el"), tr("Fecha contable") },
                                  { 0, 1, 5 }, this);
    auto* invoices = makeTable(QStringLiteral("debtorInvoicesTable"), m_debtorInvoices);
    auto* split = new QSplitter(Qt::Vertical, tab);
    split->addWidget(m_debtorsView);
    split->addWidget(invoices);
    auto* layout = new QVBoxLayout(tab);
    layout->addWidget(m_search);
    layout->addWidget(split, 1);
    return tab;
}

QWidget* CollectionsPage::buildRendicionesTab()
{
    auto* tab = new QWidget(this);
    m_rendiciones = new CollectionsRowModel({ tr("Fecha contable"), tr("Canal"), tr("Archivo"), tr("Boletas"),
                                              tr("Transacciones"), tr("Total"), tr("Generada"), tr("Por") },
                                            { 3, 4, 5 }, this);
    m_rendicionesView = makeTable(QStringLiteral("rendicionesTable"), m_rendiciones);
    connect(m_rendicionesView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CollectionsPage::updateActions);
    connect(m_rendicionesView, &QTableView::activated, this, &CollectionsPage::openRendicion);
    m_openButton = new QPushButton(tr("&Abrir"), tab);
    m_openButton->setObjectName(QStringLiteral("openRendicionButton"));
    connect(m_openButton, &QPushButton::clicked, this, &CollectionsPage::openRendicion);
    m_resendButton = new QPushButton(tr("Reen&viar…"), tab);
    m_resendButton->setObjectName(QStringLiteral("resendRendicionButton"));
    m_resendButton->setVisible(m_canManage);
    connect(m_resendButton, &QPushButton::clicked, this, &CollectionsPage::resendRendicion);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_openButton);
    buttons->addWidget(m_resendButton);
    auto* layout = new QVBoxLayout(tab);
    layout->addWidget(m_rendicionesView, 1);
    layout->addLayout(buttons);
    return tab;
}

QWidget* CollectionsPage::buildReconciliationTab()
{
    auto* tab = new QWidget(this);
    m_imports
        = new CollectionsRowModel({ tr("Fecha contable"), tr("Canal"), tr("Archivo del banco"), tr("Boletas"),
                                    tr("Nuevas"), tr("Total"), tr("Diferencias"), tr("Sin resolver"), tr("Importado") },
                                  { 3, 4, 5, 6, 7 }, this);
    auto* imports = makeTable(QStringLiteral("importsTable"), m_imports);
    m_differences
        = new CollectionsRowModel({ tr("Fecha contable"), tr("Canal"), tr("Transacción"), tr("Boleta"), tr("Resultado"),
                                    tr("Monto banco"), tr("Monto Factora"), tr("Detalle"), tr("Resolución") },
                                  { 3, 5, 6 }, this);
    m_differencesView = makeTable(QStringLiteral("differencesTable"), m_differences);
    connect(m_differencesView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CollectionsPage::updateActions);
    m_resolveButton = new QPushButton(tr("Re&solver…"), tab);
    m_resolveButton->setObjectName(QStringLiteral("resolveButton"));
    m_resolveButton->setVisible(m_canManage);
    connect(m_resolveButton, &QPushButton::clicked, this, &CollectionsPage::resolveDifference);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_resolveButton);
    auto* split = new QSplitter(Qt::Vertical, tab);
    split->addWidget(imports);
    split->addWidget(m_differencesView);
    auto* layout = new QVBoxLayout(tab);
    layout->addWidget(split, 1);
    layout->addLayout(buttons);
    return tab;
}

void CollectionsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_loadedOnce) {
        m_loadedOnce = true;
        refresh();
    }
}

void CollectionsPage::refresh()
{
    if (m_from->date() > m_to->date()) {
        showStatus(tr("La fecha «Desde» (%1) es posterior a «Hasta» (%2).").arg(day(m_from->date()), day(m_to->date())),
                   true);
        Q_EMIT refreshed();
        return;
    }
    const quint64 generation = ++m_generation;
    setBusy(+1);
    auto* watcher = new QFutureWatcher<CollectionsSnapshot>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation]() {
        watcher->deleteLater();
        setBusy(-1);
        if (generation != m_generation)
            return;
        applySnapshot(watcher->result());
        Q_EMIT refreshed();
    });
    watcher->setFuture(CollectionsLoader::startSnapshot(m_context.database, m_context.configuration, m_session,
                                                        m_from->date(), m_to->date(), m_search->text(),
                                                        todayInSantiago(*m_context.clock)));
}

void CollectionsPage::applySnapshot(const CollectionsSnapshot& snapshot)
{
    if (!snapshot.error.isEmpty()) {
        showStatus(snapshot.error, true);
        return;
    }
    m_snapshot = snapshot;

    QList<CollectionsRowModel::Row> rows;
    qint64 total = 0;
    int invoices = 0;
    for (const auto& payment : snapshot.payments) {
        rows << CollectionsRowModel::Row {
            { day(payment.accountingDate), channelName(payment.channel), QString::number(payment.transactionCount),
              QString::number(payment.invoiceCount), money(payment.amount) },
            { payment.accountingDate, QVariant(), payment.transactionCount, payment.invoiceCount, payment.amount },
            0,
            false,
            QString()
        };
        total += payment.amount;
        invoices += payment.invoiceCount;
    }
    m_payments->setRows(rows);
    m_paymentsTotal->setText(
        rows.isEmpty() ? tr("No hay pagos aplicados entre el %1 y el %2.").arg(day(m_from->date()), day(m_to->date()))
                       : tr("Total del rango: %1 en %n boleta(s).", nullptr, invoices).arg(money(total)));

    rows.clear();
    for (const auto& debtor : snapshot.debtors) {
        rows << CollectionsRowModel::Row {
            { dottedRut(debtor.rut), debtor.name, QString::number(debtor.paidCount), money(debtor.paidAmount),
              QString::number(debtor.pendingCount), money(debtor.pendingAmount), money(debtor.overdueAmount),
              day(debtor.oldestPendingDue) },
            { debtor.rut, QVariant(), debtor.paidCount, debtor.paidAmount, debtor.pendingCount, debtor.pendingAmount,
              debtor.overdueAmount, debtor.oldestPendingDue },
            0,
            debtor.overdueAmount > 0,
            debtor.rut
        };
    }
    m_debtors->setRows(rows);
    m_debtorInvoices->setRows({});

    rows.clear();
    for (const auto& file : snapshot.rendiciones) {
        rows << CollectionsRowModel::Row { { day(file.accountingDate), channelName(file.channel), file.fileName,
                                             QString::number(file.detailCount), QString::number(file.transactionCount),
                                             money(file.totalAmount), localTime(file.generatedAtUtc),
                                             file.generatedBy },
                                           { file.accountingDate, QVariant(), QVariant(), file.detailCount,
                                             file.transactionCount, file.totalAmount, file.generatedAtUtc, QVariant() },
                                           file.id,
                                           false,
                                           tr("SHA-256 %1").arg(file.sha256) };
    }
    m_rendiciones->setRows(rows);

    rows.clear();
    for (const auto& file : snapshot.imports) {
        rows << CollectionsRowModel::Row {
            { day(file.accountingDate), channelName(file.channel), file.fileName, QString::number(file.detailCount),
              QString::number(file.newRecords), money(file.totalAmount), QString::number(file.differenceCount),
              QString::number(file.unresolvedCount), localTime(file.importedAtUtc) },
            { file.accountingDate, QVariant(), QVariant(), file.detailCount, file.newRecords, file.totalAmount,
              file.differenceCount, file.unresolvedCount, file.importedAtUtc },
            file.id,
            file.unresolvedCount > 0,
            QString()
        };
    }
    m_imports->setRows(rows);

    rows.clear();
    for (const auto& item : snapshot.items) {
        const QString resolution = item.resolution
            ? tr("Resuelta por %1: %2").arg(item.resolution->resolvedBy, item.resolution->reason)
            : tr("Sin resolver");
        rows << CollectionsRowModel::Row {
            { day(item.accountingDate), channelName(item.channel), item.transaccion, QString::number(item.invoice),
              core::ReconciliationResolutionItem::outcomeLabel(item.outcome), optionalMoney(item.bankAmount),
              optionalMoney(item.ourAmount), item.detail, resolution },
            { item.accountingDate, QVariant(), QVariant(), item.invoice, QVariant(), optionalAmount(item.bankAmount),
              optionalAmount(item.ourAmount), QVariant(), QVariant() },
            item.id,
            !item.resolution.has_value(),
            item.detail
        };
    }
    m_differences->setRows(rows);

    m_charts->setChart(snapshot.chart);
    showStatus(tr("Cobranza del %1 al %2 al día.").arg(day(m_from->date()), day(m_to->date())), false);
    updateActions();
}

void CollectionsPage::loadDebtorInvoices()
{
    const QModelIndex current = m_debtorsView->currentIndex();
    if (!current.isValid())
        return;
    const QString rut = current.siblingAtColumn(0).data(CollectionsRowModel::SortRole).toString();
    auto* watcher = new QFutureWatcher<CollectionsLoader::DebtorInvoices>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher]() {
        watcher->deleteLater();
        const CollectionsLoader::DebtorInvoices result = watcher->result();
        if (!result.error.isEmpty())
            showStatus(result.error, true);
        QList<CollectionsRowModel::Row> rows;
        for (const auto& invoice : result.invoices) {
            rows << CollectionsRowModel::Row {
                { QString::number(invoice.folio), invoice.tipo > 0 ? QString::number(invoice.tipo) : QString(),
                  invoice.emitterRut.isEmpty() ? tr("Cartera") : dottedRut(invoice.emitterRut), day(invoice.issueDate),
                  day(invoice.dueDate), money(invoice.amount), stateName(invoice.state), localTime(invoice.paidAtUtc),
                  day(invoice.accountingDate) },
                { invoice.folio, invoice.tipo, QVariant(), invoice.issueDate, invoice.dueDate, invoice.amount,
                  QVariant(), invoice.paidAtUtc, invoice.accountingDate },
                invoice.receivableId,
                false,
                QString()
            };
        }
        m_debtorInvoices->setRows(rows);
        Q_EMIT debtorInvoicesLoaded();
    });
    watcher->setFuture(CollectionsLoader::startDebtorInvoices(m_context.database, m_session, rut));
}

qint64 CollectionsPage::selectedId(QTableView* view) const
{
    const QModelIndexList rows = view->selectionModel() ? view->selectionModel()->selectedRows() : QModelIndexList();
    return rows.isEmpty() ? 0 : rows.first().data(CollectionsRowModel::IdRole).toLongLong();
}

void CollectionsPage::openRendicion()
{
    const qint64 id = selectedId(m_rendicionesView);
    const auto found = std::find_if(m_snapshot.rendiciones.cbegin(), m_snapshot.rendiciones.cend(),
                                    [id](const auto& file) { return file.id == id; });
    if (found == m_snapshot.rendiciones.cend())
        return;
    setBusy(+1);
    auto* watcher = new QFutureWatcher<CollectionsLoader::FileContent>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, name = found->fileName]() {
        watcher->deleteLater();
        setBusy(-1);
        const CollectionsLoader::FileContent content = watcher->result();
        if (!content.error.isEmpty()) {
            showStatus(content.error, true);
            Q_EMIT actionFinished(false, content.error);
            return;
        }
        // Rendición files are Latin-1 or windows-1252 unless the layout says UTF-8.
        QStringDecoder utf8(QStringDecoder::Utf8);
        QString text = utf8.decode(content.bytes);
        if (utf8.hasError())
            text = QString::fromLatin1(content.bytes);
        auto* viewer = new QDialog(this);
        viewer->setObjectName(QStringLiteral("rendicionViewer"));
        viewer->setAttribute(Qt::WA_DeleteOnClose);
        viewer->setWindowTitle(tr("Rendición %1").arg(name));
        auto* edit = new QPlainTextEdit(text, viewer);
        edit->setObjectName(QStringLiteral("rendicionText"));
        edit->setReadOnly(true);
        edit->setLineWrapMode(QPlainTextEdit::NoWrap);
        edit->setFont(QFont(QStringLiteral("monospace")));
        auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, viewer);
        connect(buttons, &QDialogButtonBox::rejected, viewer, &QDialog::reject);
        auto* layout = new QVBoxLayout(viewer);
        layout->addWidget(edit);
        layout->addWidget(buttons);
        viewer->resize(900, 500);
        viewer->show();
        const QString message = tr("Rendición %1 abierta.").arg(name);
        showStatus(message, false);
        Q_EMIT actionFinished(true, message);
    });
    watcher->setFuture(CollectionsLoader::startReadRendicion(m_context.configuration, *found));
}

void CollectionsPage::resendRendicion()
{
    const qint64 id = selectedId(m_rendicionesView);
    const auto found = std::find_if(m_snapshot.rendiciones.cbegin(), m_snapshot.rendiciones.cend(),
                                    [id](const auto& file) { return file.id == id; });
    if (found == m_snapshot.rendiciones.cend())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Reenviar rendición"),
        tr("¿Reenviar %1 a todos los destinos configurados para el canal %2?").arg(found->fileName, found->channel),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    runAction(CollectionsLoader::startResend(m_context.database, m_context.configuration, m_context.clock, m_session,
                                             *found));
}

void CollectionsPage::resolveDifference()
{
    const qint64 id = selectedId(m_differencesView);
    const auto found = std::find_if(m_snapshot.items.cbegin(), m_snapshot.items.cend(),
                                    [id](const auto& item) { return item.id == id; });
    if (found == m_snapshot.items.cend() || found->resolution)
        return;
    ResolveDifferenceDialog dialog(tr("Boleta %1 de la transacción %2, fecha contable %3: %4. %5")
                                       .arg(found->invoice)
                                       .arg(found->transaccion, day(found->accountingDate),
                                            core::ReconciliationResolutionItem::outcomeLabel(found->outcome),
                                            found->detail),
                                   this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    runAction(CollectionsLoader::startResolve(m_context.database, m_context.clock, m_session, id, dialog.reason()));
}

void CollectionsPage::chooseCartaGuiaFile()
{
    const QString suggested = m_operation->text().trimmed().isEmpty()
        ? tr("carta-guia_%1_%2.xlsx").arg(m_from->date().toString(u"yyyyMMdd"), m_to->date().toString(u"yyyyMMdd"))
        : tr("carta-guia_operacion_%1.xlsx").arg(m_operation->text().trimmed());
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Exportar Carta Guía"), suggested, tr("Excel (*.xlsx);;CSV (*.csv)"));
    if (!path.isEmpty())
        exportCartaGuiaTo(path);
}

void CollectionsPage::exportCartaGuiaTo(const QString& path)
{
    runAction(CollectionsLoader::startCartaGuia(m_context.database, m_context.clock, m_session, m_from->date(),
                                                m_to->date(), m_operation->text(), path));
}

void CollectionsPage::runAction(QFuture<CollectionsLoader::ActionResult> future)
{
    setBusy(+1);
    auto* watcher = new QFutureWatcher<CollectionsLoader::ActionResult>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher]() {
        watcher->deleteLater();
        setBusy(-1);
        const CollectionsLoader::ActionResult result = watcher->result();
        const bool ok = result.error.isEmpty();
        showStatus(ok ? result.message : result.error, !ok);
        Q_EMIT actionFinished(ok, ok ? result.message : result.error);
        if (ok)
            refresh();
    });
    watcher->setFuture(future);
}

void CollectionsPage::updateActions()
{
    m_openButton->setEnabled(m_busy == 0 && selectedId(m_rendicionesView) != 0);
    m_resendButton->setEnabled(m_canManage && m_busy == 0 && selectedId(m_rendicionesView) != 0);
    const qint64 item = selectedId(m_differencesView);
    const bool open = std::any_of(m_snapshot.items.cbegin(), m_snapshot.items.cend(),
                                  [item](const auto& i) { return i.id == item && !i.resolution; });
    m_resolveButton->setEnabled(m_canManage && m_busy == 0 && open);
}

void CollectionsPage::showStatus(const QString& text, bool error)
{
    m_status->setText(text);
    m_status->setProperty("error", error);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

void CollectionsPage::setBusy(int delta)
{
    m_busy += delta;
    m_progress->setVisible(m_busy > 0);
    updateActions();
}

} // namespace factora::ui
