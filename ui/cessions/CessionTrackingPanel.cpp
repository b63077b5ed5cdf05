// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "CessionTrackingPanel.h"

#include "BackgroundTask.h"
#include "CessionCodeExplainer.h"
#include "CessionEventTableModel.h"
#include "CessionQueries.h"
#include "CessionTableModel.h"
#include "ResubmitDialog.h"
#include "SiiAnswerTableModel.h"
#include "cession/CessionService.h"
#include "cession/SiiClientCessionGateway.h"
#include "security/Actor.h"
#include "security/Permission.h"
#include "sii/SiiClient.h"
#include "sii/SiiClientOptions.h"
#include "sii/SiiEnvironment.h"
#include "storage/Database.h"
#include "types/Money.h"
#include "workspace/CompanyContext.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTime>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace factora::ui {

namespace {
    struct Details
    {
        qint64 id = 0;
        QList<core::CessionEvent> events;
        QList<core::CessionSiiAnswer> answers;
        QString error;
    };

    struct Resubmission
    {
        std::optional<core::Cession> cession;
        QString error;
    };

    QTableView* makeTable(const char* objectName, QWidget* parent)
    {
        auto* table = new QTableView(parent);
        table->setObjectName(QLatin1StringView(objectName));
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        table->setSelectionMode(QAbstractItemView::SingleSelection);
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->horizontalHeader()->setStretchLastSection(true);
        table->verticalHeader()->hide();
        return table;
    }
} // namespace

CessionTrackingPanel::CessionTrackingPanel(DesktopContext context, core::UserSession session,
                                           core::SecretStore& secrets, QWidget* parent)
    : QWidget(parent)
    , m_context(std::move(context))
    , m_session(std::move(session))
    , m_secrets(secrets)
    , m_model(new CessionTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_eventModel(new CessionEventTableModel(this))
    , m_answerModel(new SiiAnswerTableModel(this))
    , m_stateFilterCombo(new QComboBox(this))
    , m_table(makeTable("cessionTable", this))
    , m_eventTable(makeTable("cessionEventTable", this))
    , m_answerTable(makeTable("siiAnswerTable", this))
    , m_rawAnswerText(new QPlainTextEdit(this))
    , m_summaryLabel(new QLabel(this))
    , m_adviceLabel(new QLabel(this))
    , m_statusLabel(new QLabel(this))
    , m_emptyLabel(new QLabel(this))
    , m_resubmitButton(new QPushButton(tr("&Reenviar…"), this))
    , m_refreshTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("cessionTrackingPanel"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(CessionTableModel::StateNameRole);
    m_proxy->setFilterKeyColumn(CessionTableModel::StateColumn);
    m_proxy->setSortRole(CessionTableModel::SortRole);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CessionTableModel::UpdatedColumn, Qt::DescendingOrder);
    m_eventTable->setModel(m_eventModel);
    m_answerTable->setModel(m_answerModel);

    m_stateFilterCombo->setObjectName(QStringLiteral("stateFilterCombo"));
    m_stateFilterCombo->addItem(tr("Todos los estados"), QString());
    for (core::CessionState state : core::CessionStates::all())
        m_stateFilterCombo->addItem(core::CessionStates::description(state), core::CessionStates::name(state));
    m_rawAnswerText->setObjectName(QStringLiteral("rawAnswerText"));
    m_rawAnswerText->setReadOnly(true);
    m_rawAnswerText->setPlaceholderText(tr("Elija una respuesta del SII para ver su texto tal como llegó."));
    m_summaryLabel->setObjectName(QStringLiteral("cessionSummaryLabel"));
    m_summaryLabel->setWordWrap(true);
    m_summaryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_adviceLabel->setObjectName(QStringLiteral("cessionAdviceLabel"));
    m_adviceLabel->setWordWrap(true);
    m_adviceLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_adviceLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_statusLabel->setObjectName(QStringLiteral("trackingStatusLabel"));
    m_statusLabel->setWordWrap(true);
    m_emptyLabel->setObjectName(QStringLiteral("cessionsEmptyLabel"));
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setText(
        tr("Aún no hay cesiones. Use «Ceder facturas…» para firmar y enviar las facturas aprobadas."));
    m_emptyLabel->hide();
    m_resubmitButton->setObjectName(QStringLiteral("resubmitButton"));
    m_resubmitButton->setVisible(m_session.has(core::Permission::CessionResubmit));
    m_resubmitButton->setEnabled(false);

    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(new QLabel(tr("Estado:"), this));
    filterRow->addWidget(m_stateFilterCombo);
    filterRow->addStretch();
    filterRow->addWidget(m_resubmitButton);

    auto* details = new QTabWidget(this);
    details->setObjectName(QStringLiteral("cessionDetailTabs"));
    details->addTab(m_eventTable, tr("Historial"));
    auto* answers = new QSplitter(Qt::Vertical, this);
    answers->addWidget(m_answerTable);
    answers->addWidget(m_rawAnswerText);
    details->addTab(answers, tr("Acuses del SII"));

    auto* detailBox = new QWidget(this);
    auto* detailLayout = new QVBoxLayout(detailBox);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_summaryLabel);
    detailLayout->addWidget(m_adviceLabel);
    detailLayout->addWidget(details, 1);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(detailBox);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filterRow);
    layout->addWidget(m_emptyLabel);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_statusLabel);

    connect(m_stateFilterCombo, &QComboBox::currentIndexChanged, this,
            [this]() { setStateFilter(m_stateFilterCombo->currentData().toString()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CessionTrackingPanel::onSelectionChanged);
    connect(m_answerTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                m_rawAnswerText->setPlainText(current.data(SiiAnswerTableModel::RawRole).toString());
            });
    connect(m_resubmitButton, &QPushButton::clicked, this, &CessionTrackingPanel::onResubmitClicked);
    // Only while shown: the main window builds every page at sign-in.
    connect(m_refreshTimer, &QTimer::timeout, this, [this]() {
        if (isVisible())
            reload();
    });
    connect(m_context.company.get(), &CompanyContext::changed, this, &CessionTrackingPanel::reload);
    m_refreshTimer->start(10000);
    reload();
}

void CessionTrackingPanel::setRefreshIntervalMs(int milliseconds)
{
    if (milliseconds <= 0) {
        m_refreshTimer->stop();
        return;
    }
    m_refreshTimer->start(milliseconds);
}

int CessionTrackingPanel::refreshIntervalMs() const
{
    return m_refreshTimer->isActive() ? m_refreshTimer->interval() : 0;
}

void CessionTrackingPanel::reload()
{
    if (m_loading)
        return;
    m_loading = true;
    const std::shared_ptr<core::Database> database = m_context.database;
    const std::optional<QList<qint64>> companyIds = m_context.company->visibleCompanyIds(m_session);
    BackgroundTask::run<core::Result<QList<core::Cession>>>(
        this,
        [database, companyIds](auto&) {
            auto cessions = CessionQueries::visibleCessions(*database, companyIds);
            database->releaseThreadConnection();
            return cessions;
        },
        [this](const core::Result<QList<core::Cession>>& cessions) {
            m_loading = false;
            if (!cessions) {
                m_statusLabel->setText(tr("No se pudieron leer las cesiones: %1").arg(cessions.error().message()));
                emit loaded();
                return;
            }
            const qint64 selected = selectedId();
            m_model->setCessions(cessions.value());
            m_emptyLabel->setVisible(cessions->isEmpty());
            m_statusLabel->setText(tr("%n cesión(es). Actualizado a las %1.", nullptr, int(cessions->size()))
                                       .arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
            // The selection stays on the same cession; its summary, advice and details follow its new state.
            if (selected != 0 && (!selectCession(selected) || selectedId() == selected))
                onSelectionChanged();
            emit loaded();
        });
}

void CessionTrackingPanel::setStateFilter(const QString& stateName)
{
    const int index = m_stateFilterCombo->findData(stateName);
    if (index >= 0 && index != m_stateFilterCombo->currentIndex()) {
        m_stateFilterCombo->setCurrentIndex(index); // comes back here through the signal
        return;
    }
    m_proxy->setFilterRegularExpression(
        stateName.isEmpty() ? QRegularExpression()
                            : QRegularExpression(QStringLiteral("^%1$").arg(QRegularExpression::escape(stateName))));
}

bool CessionTrackingPanel::selectCession(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return false;
    if (selectedId() == id)
        return true;
    m_table->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

qint64 CessionTrackingPanel::selectedId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(CessionTableModel::IdRole).toLongLong();
}

void CessionTrackingPanel::onSelectionChanged()
{
    const qint64 id = selectedId();
    if (id == 0) {
        m_summaryLabel->clear();
        m_adviceLabel->clear();
        m_eventModel->setEvents({});
        m_answerModel->setAnswers({});
        m_rawAnswerText->clear();
        m_resubmitButton->setEnabled(false);
        return;
    }
    const core::Cession& cession = m_model->cessions().at(m_model->rowOf(id));
    QString summary
        = tr("%1 de %2, cedida por %3 a %4 por %5. Estado: %6.")
              .arg(CessionTableModel::documentLabel(cession.tipo, cession.folio), cession.emitterRut,
                   cession.cedenteRut, cession.cesionarioRut, core::Money::fromPesos(cession.amount).toDisplayString(),
                   core::CessionStates::description(cession.state));
    if (!cession.trackId.isEmpty())
        summary += QLatin1Char(' ')
            + tr("TRACKID %1 en %2.").arg(cession.trackId, CessionTableModel::environmentLabel(cession.environment));
    if (!cession.siiCode.isEmpty())
        summary += QLatin1Char(' ')
            + tr("Último código del SII: %1 (%2).")
                  .arg(cession.siiCode, CessionCodeExplainer::explain(cession.siiCode));
    m_summaryLabel->setText(summary);
    m_adviceLabel->setText(CessionCodeExplainer::whatToDo(cession));
    m_resubmitButton->setEnabled(cession.state == core::CessionState::Rejected);
    if (id != m_detailsId) {
        m_eventModel->setEvents({});
        m_answerModel->setAnswers({});
        m_rawAnswerText->clear();
    }
    loadDetails(id);
}

void CessionTrackingPanel::loadDetails(qint64 id)
{
    const std::shared_ptr<core::Database> database = m_context.database;
    const core::Clock* clock = m_context.clock;
    BackgroundTask::run<Details>(
        this,
        [database, clock, id](auto&) {
            Details details;
            details.id = id;
            core::CessionService service(*database, *clock);
            auto events = service.events(id);
            auto answers = service.answers(id);
            database->releaseThreadConnection();
            if (!events)
                details.error = events.error().message();
            else
                details.events = events.value();
            if (!answers)
                details.error = answers.error().message();
            else
                details.answers = answers.value();
            return details;
        },
        [this](const Details& details) {
            if (details.id != selectedId())
                return;
            if (!details.error.isEmpty())
                m_statusLabel->setText(details.error);
            const bool changed = details.id != m_detailsId || details.events.size() != m_eventModel->rowCount()
                || details.answers.size() != m_answerModel->rowCount();
            m_detailsId = details.id;
            if (changed) {
                m_eventModel->setEvents(details.events);
                m_answerModel->setAnswers(details.answers);
                m_eventTable->resizeColumnsToContents();
                m_answerTable->resizeColumnsToContents();
            }
            emit detailsLoaded();
        });
}

void CessionTrackingPanel::onResubmitClicked()
{
    const qint64 id = selectedId();
    if (id == 0)
        return;
    const core::Cession cession = m_model->cessions().at(m_model->rowOf(id));
    if (cession.state != core::CessionState::Rejected)
        return;
    auto environment = cession.environment.startsWith(QLatin1StringView("http"))
        ? core::SiiEnvironment::fromUrl(QUrl(cession.environment))
        : core::SiiEnvironment::fromName(cession.environment);
    if (!environment) {
        m_statusLabel->setText(environment.error().message());
        return;
    }
    ResubmitDialog dialog(
        tr("%1 de %2").arg(CessionTableModel::documentLabel(cession.tipo, cession.folio), cession.emitterRut),
        m_secrets, *m_context.clock, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_resubmitButton->setEnabled(false);
    m_statusLabel->setText(tr("Reenviando al SII…"));
    const std::shared_ptr<core::Database> database = m_context.database;
    const core::Clock* clock = m_context.clock;
    const core::Configuration configuration = m_context.configuration;
    const core::SiiEnvironment sii = environment.value();
    const std::shared_ptr<const core::Pkcs12Bundle> signer = dialog.signer();
    const core::Actor actor = core::Actor::user(m_session);
    const QString reason = dialog.reason();
    BackgroundTask::run<Resubmission>(
        this,
        [database, clock, configuration, sii, signer, actor, reason, id](auto&) {
            Resubmission outcome;
            auto options = core::SiiClientOptions::fromConfiguration(configuration);
            if (!options) {
                outcome.error = options.error().message();
                return outcome;
            }
            core::SiiClient client(sii, *signer, options.value(), *clock);
            core::SiiClientCessionGateway gateway(client);
            core::CessionService service(*database, *clock);
            auto resubmitted = service.resubmit(actor, id, reason, gateway);
            database->releaseThreadConnection();
            if (resubmitted)
                outcome.cession = resubmitted.value();
            else
                outcome.error = resubmitted.error().message();
            return outcome;
        },
        [this](const Resubmission& outcome) {
            m_statusLabel->setText(
                outcome.cession ? tr("Reenviada: %1.").arg(core::CessionStates::description(outcome.cession->state))
                                : tr("No se reenvió: %1").arg(outcome.error));
            reload();
        });
}

} // namespace factora::ui
