// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "AuditPage.h"

#include "AuditTableModel.h"
#include "administration/AdminTask.h"
#include "audit/AuditQuery.h"
#include "cessions/BackgroundTask.h"
#include "security/Actor.h"

#include <QCoreApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace factora::ui {

namespace {
struct AuditPageResult
{
    QList<core::AuditRecord> rows;
    bool more = false;
    qint64 total = -1; ///< only for the first page of a filter
    QString error;
};

struct AuditChoices
{
    QStringList objectTypes;
    QStringList actions;
};

struct VerificationOutcome
{
    bool intact = false;
    QString message;
};
} // namespace

AuditPage::AuditPage(DesktopContext context, core::UserSession session, QWidget* parent)
    : QWidget(parent)
    , m_context(std::move(context))
    , m_session(std::move(session))
    , m_model(new AuditTableModel(this))
    , m_dateCheck(new QCheckBox(tr("Entre"), this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_actor(new QLineEdit(this))
    , m_action(new QComboBox(this))
    , m_entity(new QComboBox(this))
    , m_entityId(new QLineEdit(this))
    , m_applyButton(new QPushButton(tr("&Filtrar"), this))
    , m_countLabel(new QLabel(this))
    , m_view(new QTableView(this))
    , m_details(new QPlainTextEdit(this))
    , m_verifyButton(new QPushButton(tr("&Verificar cadena"), this))
    , m_cancelVerifyButton(new QPushButton(tr("Cancelar"), this))
    , m_progress(new QProgressBar(this))
    , m_verifyResult(new QLabel(this))
{
    setObjectName(QStringLiteral("auditPage"));
    const QDate today = m_context.clock->nowUtc().toLocalTime().date();
    m_dateCheck->setObjectName(QStringLiteral("auditDateCheck"));
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
        edit->setEnabled(false);
    }
    m_from->setObjectName(QStringLiteral("auditFromDate"));
    m_from->setDate(today.addDays(-30));
    m_to->setObjectName(QStringLiteral("auditToDate"));
    m_to->setDate(today);
    connect(m_dateCheck, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_dateCheck, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    m_actor->setObjectName(QStringLiteral("auditActorEdit"));
    m_actor->setPlaceholderText(tr("p. ej. maria o server"));
    m_action->setObjectName(QStringLiteral("auditActionCombo"));
    m_action->setEditable(true);
    m_entity->setObjectName(QStringLiteral("auditEntityCombo"));
    m_entityId->setObjectName(QStringLiteral("auditEntityIdEdit"));
    m_entityId->setPlaceholderText(tr("RUT, usuario, folio…"));
    m_applyButton->setObjectName(QStringLiteral("auditApplyButton"));
    m_countLabel->setObjectName(QStringLiteral("auditCountLabel"));
    m_view->setObjectName(QStringLiteral("auditView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->hide();
    m_details->setObjectName(QStringLiteral("auditDetailsView"));
    m_details->setReadOnly(true);
    m_details->setPlaceholderText(tr("Elija una entrada para ver su detalle."));
    m_verifyButton->setObjectName(QStringLiteral("verifyChainButton"));
    m_cancelVerifyButton->setObjectName(QStringLiteral("cancelVerifyButton"));
    m_cancelVerifyButton->hide();
    m_progress->setObjectName(QStringLiteral("verifyProgress"));
    m_progress->hide();
    m_verifyResult->setObjectName(QStringLiteral("verifyResultLabel"));
    m_verifyResult->setWordWrap(true);
    m_verifyResult->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* filters = new QGroupBox(tr("Filtros"), this);
    auto* form = new QFormLayout(filters);
    auto* dates = new QHBoxLayout;
    dates->addWidget(m_dateCheck);
    dates->addWidget(m_from);
    dates->addWidget(new QLabel(tr("y"), this));
    dates->addWidget(m_to);
    dates->addStretch();
    form->addRow(tr("Fechas"), dates);
    form->addRow(tr("Quién"), m_actor);
    form->addRow(tr("Acción"), m_action);
    form->addRow(tr("Entidad"), m_entity);
    form->addRow(tr("Identificador"), m_entityId);
    auto* apply = new QHBoxLayout;
    apply->addWidget(m_countLabel, 1);
    apply->addWidget(m_applyButton);
    form->addRow(apply);

    auto* verifyBox = new QGroupBox(tr("Integridad"), this);
    auto* verifyLayout = new QVBoxLayout(verifyBox);
    auto* verifyButtons = new QHBoxLayout;
    verifyButtons->addWidget(m_verifyButton);
    verifyButtons->addWidget(m_progress, 1);
    verifyButtons->addWidget(m_cancelVerifyButton);
    verifyLayout->addLayout(verifyButtons);
    verifyLayout->addWidget(m_verifyResult);

    auto* top = new QHBoxLayout;
    top->addWidget(filters, 3);
    top->addWidget(verifyBox, 2);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    connect(m_applyButton, &QPushButton::clicked, this, &AuditPage::applyFilter);
    for (QLineEdit* edit : {m_actor, m_entityId})
        connect(edit, &QLineEdit::returnPressed, this, &AuditPage::applyFilter);
    connect(m_model, &AuditTableModel::pageWanted, this, &AuditPage::loadPage);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AuditPage::showDetails);
    connect(m_verifyButton, &QPushButton::clicked, this, &AuditPage::verifyChain);
    connect(m_cancelVerifyButton, &QPushButton::clicked, this, [this]() {
        if (m_cancelVerify)
            m_cancelVerify->store(true);
    });
    loadChoices();
    applyFilter();
}

core::AuditFilter AuditPage::currentFilter() const
{
    core::AuditFilter filter;
    if (m_dateCheck->isChecked()) {
        filter.from = m_from->date().startOfDay();
        filter.to = m_to->date().addDays(1).startOfDay();
    }
    filter.actor = m_actor->text();
    filter.action = m_action->currentText() == tr("(todas)") ? QString() : m_action->currentText();
    filter.objectType = m_entity->currentData().toString();
    filter.objectId = m_entityId->text();
    return filter;
}

void AuditPage::loadChoices()
{
    const core::UserSession session = m_session;
    const core::Clock* clock = m_context.clock;
    AdminTask::run<AuditChoices>(
        this, m_context.database,
        [session, clock](core::Database& database) {
            AuditChoices choices;
            auto found = core::AuditQuery(database, *clock).objectTypesAndActions(core::Actor::user(session));
            if (found) {
                choices.objectTypes = found->first;
                choices.actions = found->second;
            }
            return choices;
        },
        [this](const AuditChoices& choices) {
            const QString action = m_action->currentText();
            m_action->clear();
            m_action->addItem(tr("(todas)"));
            QStringList prefixes;
            for (const QString& name : choices.actions) {
                const QString prefix = name.section(u'.', 0, 0) + u'.';
                if (!prefixes.contains(prefix))
                    prefixes << prefix;
            }
            m_action->addItems(prefixes);
            m_action->addItems(choices.actions);
            m_action->setCurrentText(action.isEmpty() ? tr("(todas)") : action);
            const QString entity = m_entity->currentData().toString();
            m_entity->clear();
            m_entity->addItem(tr("(todas)"), QString());
            for (const QString& type : choices.objectTypes)
                m_entity->addItem(type, type);
            m_entity->setCurrentIndex(qMax(0, m_entity->findData(entity)));
        });
}

void AuditPage::applyFilter()
{
    m_details->clear();
    m_countLabel->setText(tr("Buscando…"));
    loadPage(m_model->reset(), 0);
}

void AuditPage::loadPage(int generation, qint64 beforeId)
{
    const core::UserSession session = m_session;
    const core::Clock* clock = m_context.clock;
    const core::AuditFilter filter = currentFilter();
    AdminTask::run<AuditPageResult>(
        this, m_context.database,
        [session, clock, filter, beforeId](core::Database& database) {
            AuditPageResult result;
            core::AuditQuery query(database, *clock);
            const core::Actor actor = core::Actor::user(session);
            auto rows = query.page(actor, filter, beforeId, PageSize + 1);
            if (!rows) {
                result.error = rows.error().message();
                return result;
            }
            result.rows = rows.value();
            result.more = result.rows.size() > PageSize;
            if (result.more)
                result.rows.removeLast();
            if (beforeId == 0) {
                auto total = query.count(actor, filter);
                if (total)
                    result.total = total.value();
            }
            return result;
        },
        [this, generation](const AuditPageResult& result) {
            if (generation != m_model->generation())
                return;
            if (!result.error.isEmpty())
                m_countLabel->setText(result.error);
            else if (result.total == 0)
                m_countLabel->setText(tr("Ninguna entrada coincide con el filtro."));
            else if (result.total > 0)
                m_countLabel->setText(tr("%n entrada(s)", nullptr, static_cast<int>(qMin<qint64>(result.total, INT_MAX))));
            m_model->appendPage(generation, result.rows, result.more);
            emit pageLoaded();
        });
}

void AuditPage::showDetails()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        m_details->clear();
        return;
    }
    const core::AuditRecord& record = m_model->record(rows.first().row());
    QStringList lines;
    lines << tr("Entrada n.º %1").arg(record.id)
          << tr("Fecha y hora: %1").arg(QLocale().toString(record.occurredAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz t")))
          << tr("Quién: %1").arg(record.event.actor) << tr("Acción: %1").arg(record.event.action)
          << tr("Entidad: %1 %2").arg(record.event.objectType, record.event.objectId);
    if (record.event.companyId)
        lines << tr("Empresa: %1").arg(*record.event.companyId);
    lines << tr("Detalle:") << QString::fromUtf8(QJsonDocument(record.event.details).toJson(QJsonDocument::Indented)).trimmed()
          << tr("Hash anterior: %1").arg(record.previousHash) << tr("Hash: %1").arg(record.hash);
    m_details->setPlainText(lines.join(u'\n'));
}

void AuditPage::verifyChain()
{
    m_cancelVerify = std::make_shared<std::atomic_bool>(false);
    m_verifyButton->setEnabled(false);
    m_cancelVerifyButton->show();
    m_progress->setRange(0, 0);
    m_progress->show();
    m_verifyResult->setText(tr("Verificando la cadena…"));
    const core::UserSession session = m_session;
    const core::Clock* clock = m_context.clock;
    const std::shared_ptr<core::Database> database = m_context.database;
    const std::shared_ptr<std::atomic_bool> cancel = m_cancelVerify;
    auto* watcher = BackgroundTask::run<VerificationOutcome>(
        this,
        [session, clock, database, cancel](QPromise<VerificationOutcome>& promise) {
            VerificationOutcome outcome;
            auto verdict = core::AuditQuery(*database, *clock)
                               .verifyChain(core::Actor::user(session), [&promise, &cancel](qint64 checked, qint64 total) {
                                   promise.setProgressRange(0, static_cast<int>(qMin<qint64>(total, INT_MAX)));
                                   promise.setProgressValue(static_cast<int>(qMin<qint64>(checked, INT_MAX)));
                                   return !cancel->load();
                               });
            database->releaseThreadConnection();
            if (!verdict) {
                outcome.message = verdict.error().message();
            } else if (verdict->intact) {
                outcome.intact = true;
                outcome.message = QCoreApplication::translate("AuditPage", "La cadena está íntegra: se comprobaron %n entrada(s).",
                                                              nullptr, static_cast<int>(qMin<qint64>(verdict->rowsChecked, INT_MAX)));
            } else if (verdict->firstBrokenId > 0) {
                outcome.message = QCoreApplication::translate("AuditPage", "La cadena está rota en la entrada n.º %1: %2")
                                      .arg(verdict->firstBrokenId)
                                      .arg(verdict->reason);
            } else {
                outcome.message = QCoreApplication::translate("AuditPage", "La cadena está rota: %1").arg(verdict->reason);
            }
            return outcome;
        },
        [this](const VerificationOutcome& outcome) {
            m_verifyButton->setEnabled(true);
            m_cancelVerifyButton->hide();
            m_progress->hide();
            m_verifyResult->setText(outcome.message);
            m_verifyResult->setStyleSheet(outcome.intact ? QString() : QStringLiteral("color:#b00020"));
            emit verificationFinished(outcome.intact, outcome.message);
        });
    connect(watcher, &QFutureWatcherBase::progressRangeChanged, m_progress, &QProgressBar::setRange);
    connect(watcher, &QFutureWatcherBase::progressValueChanged, m_progress, &QProgressBar::setValue);
}

} // namespace factora::ui
