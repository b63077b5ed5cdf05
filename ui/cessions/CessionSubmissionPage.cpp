// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "CessionSubmissionPage.h"

#include "BackgroundTask.h"
#include "CessionCodeExplainer.h"
#include "CessionWizard.h"
#include "cession/CessionService.h"
#include "cession/SiiClientCessionGateway.h"
#include "security/Actor.h"
#include "sii/SiiClient.h"
#include "sii/SiiClientOptions.h"
#include "storage/Database.h"

#include <QColor>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace factora::ui {

namespace {
    using Row = CessionSubmissionPage::Row;

    void fill(Row& row, const core::Cession& cession)
    {
        row.cessionId = cession.id;
        row.state = cession.state;
        row.trackId = cession.trackId;
        row.message
            = cession.siiMessage.isEmpty() ? CessionCodeExplainer::explain(cession.siiCode) : cession.siiMessage;
    }
} // namespace

CessionSubmissionPage::CessionSubmissionPage(CessionWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_environmentLabel(new QLabel(this))
    , m_submitButton(new QPushButton(tr("&Enviar al SII"), this))
    , m_resultTable(new QTableWidget(0, 4, this))
    , m_statusLabel(new QLabel(this))
    , m_pollTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("cessionSubmissionPage"));
    setTitle(tr("Envío al SII"));
    setSubTitle(tr("Los AEC firmados se registran en Factora y se envían al SII; luego se sigue su estado hasta "
                   "que el SII los anota o los rechaza."));
    setFinalPage(true);
    m_environmentLabel->setObjectName(QStringLiteral("environmentBannerLabel"));
    m_environmentLabel->setWordWrap(true);
    m_submitButton->setObjectName(QStringLiteral("submitButton"));
    m_resultTable->setObjectName(QStringLiteral("submissionResultTable"));
    m_resultTable->setHorizontalHeaderLabels({ tr("Documento"), tr("Estado"), tr("TRACKID"), tr("Detalle") });
    m_resultTable->horizontalHeader()->setStretchLastSection(true);
    m_resultTable->verticalHeader()->hide();
    m_resultTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_statusLabel->setObjectName(QStringLiteral("submissionStatusLabel"));
    m_statusLabel->setWordWrap(true);
    m_pollTimer->setSingleShot(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_environmentLabel);
    layout->addWidget(m_submitButton, 0, Qt::AlignLeft);
    layout->addWidget(m_resultTable, 1);
    layout->addWidget(m_statusLabel);
    connect(m_submitButton, &QPushButton::clicked, this, &CessionSubmissionPage::submit);
    connect(m_pollTimer, &QTimer::timeout, this, &CessionSubmissionPage::pollOnce);
}

void CessionSubmissionPage::initializePage()
{
    const auto& environment = m_wizard->environment();
    const bool production = environment && environment->isProduction();
    m_environmentLabel->setText(tr("Se enviará a: %1").arg(CessionWizard::environmentText(environment)));
    m_environmentLabel->setStyleSheet(production || !environment
                                          ? QStringLiteral("font-weight: bold; color: white; background: #b00020; "
                                                           "padding: 8px;")
                                          : QStringLiteral("font-weight: bold; background: #fff4c2; padding: 8px;"));
    m_rows.clear();
    for (const SignedCession& signedCession : m_wizard->state().signedCessions) {
        if (!signedCession.error.isEmpty())
            continue;
        Row row;
        row.dteId = signedCession.dteId;
        row.label = signedCession.label;
        row.message = tr("Firmado; aún no enviado.");
        m_rows << row;
    }
    m_submitButton->setEnabled(environment.ok() && !m_rows.isEmpty());
    m_statusLabel->setText(tr("%n AEC listo(s) para enviar.", nullptr, int(m_rows.size())));
    showRows();
}

void CessionSubmissionPage::submit()
{
    if (m_submitted || m_busy || !m_wizard->environment())
        return;
    m_busy = true;
    m_submitButton->setEnabled(false);
    m_statusLabel->setText(tr("Enviando al SII…"));
    const std::shared_ptr<core::Database> database = m_wizard->context().database;
    const core::Clock* clock = m_wizard->context().clock;
    const core::Configuration configuration = m_wizard->context().configuration;
    const core::SiiEnvironment environment = m_wizard->environment().value();
    const std::shared_ptr<const core::Pkcs12Bundle> signer = m_wizard->state().signer;
    const core::Actor actor = core::Actor::user(m_wizard->session());
    const QList<SignedCession> signedCessions = m_wizard->state().signedCessions;
    const QString emailNotif = m_wizard->state().emailNotif;
    QList<Row> rows = m_rows;
    BackgroundTask::run<QList<Row>>(
        this,
        [database, clock, configuration, environment, signer, actor, signedCessions, emailNotif, rows](auto&) mutable {
            auto options = core::SiiClientOptions::fromConfiguration(configuration);
            core::SiiClient client(environment, *signer, options.valueOr(core::SiiClientOptions {}), *clock);
            core::SiiClientCessionGateway gateway(client);
            core::CessionService service(*database, *clock);
            for (Row& row : rows) {
                if (!options) {
                    row.message = options.error().message();
                    continue;
                }
                const auto found = std::find_if(signedCessions.cbegin(), signedCessions.cend(),
                                                [&row](const SignedCession& s) { return s.dteId == row.dteId; });
                if (found == signedCessions.cend())
                    continue;
                auto recorded = service.record(actor, found->aec, found->fileName, environment.name(), emailNotif);
                if (!recorded) {
                    row.message = recorded.error().message();
                    continue;
                }
                fill(row, recorded.value());
                auto submitted = service.submit(actor, recorded->id, gateway);
                if (submitted) {
                    fill(row, submitted.value());
                    continue;
                }
                if (auto current = service.find(recorded->id))
                    fill(row, current.value());
                row.message = submitted.error().message();
            }
            database->releaseThreadConnection();
            return rows;
        },
        [this](const QList<Row>& result) {
            m_busy = false;
            m_submitted = true;
            m_rows = result;
            showRows();
            emit m_wizard->cessionsChanged();
            emit completeChanged();
            if (isFollowing())
                m_pollTimer->start(m_wizard->pollIntervalMs());
        });
}

bool CessionSubmissionPage::isFollowing() const
{
    for (const Row& row : m_rows) {
        if (row.state && core::CessionStates::isAwaitingSii(*row.state))
            return true;
    }
    return false;
}

void CessionSubmissionPage::pollOnce()
{
    if (m_busy || !isFollowing())
        return;
    m_busy = true;
    const std::shared_ptr<core::Database> database = m_wizard->context().database;
    const core::Clock* clock = m_wizard->context().clock;
    const core::Configuration configuration = m_wizard->context().configuration;
    const core::SiiEnvironment environment = m_wizard->environment().value();
    const std::shared_ptr<const core::Pkcs12Bundle> signer = m_wizard->state().signer;
    const core::Actor actor = core::Actor::user(m_wizard->session());
    QList<Row> rows = m_rows;
    BackgroundTask::run<QList<Row>>(
        this,
        [database, clock, configuration, environment, signer, actor, rows](auto&) mutable {
            auto options = core::SiiClientOptions::fromConfiguration(configuration);
            core::SiiClient client(environment, *signer, options.valueOr(core::SiiClientOptions {}), *clock);
            core::SiiClientCessionGateway gateway(client);
            core::CessionService service(*database, *clock);
            for (Row& row : rows) {
                if (!row.state || !core::CessionStates::isAwaitingSii(*row.state))
                    continue;
                // The server's poller may have moved it meanwhile: ask the SII only if it still waits.
                auto current = service.find(row.cessionId);
                if (current && !core::CessionStates::isAwaitingSii(current->state)) {
                    fill(row, current.value());
                    continue;
                }
                auto refreshed = service.refresh(actor, row.cessionId, gateway);
                if (refreshed)
                    fill(row, refreshed.value());
                else
                    row.message = refreshed.error().message();
            }
            database->releaseThreadConnection();
            return rows;
        },
        [this](const QList<Row>& result) {
            m_busy = false;
            m_rows = result;
            showRows();
            emit m_wizard->cessionsChanged();
            if (isFollowing())
                m_pollTimer->start(m_wizard->pollIntervalMs());
        });
}

void CessionSubmissionPage::showRows()
{
    m_resultTable->setRowCount(int(m_rows.size()));
    int annotated = 0;
    int rejected = 0;
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row& row = m_rows.at(i);
        m_resultTable->setItem(i, 0, new QTableWidgetItem(row.label));
        auto* state
            = new QTableWidgetItem(row.state ? core::CessionStates::description(*row.state) : tr("no registrada"));
        if (row.state == core::CessionState::Annotated) {
            state->setForeground(QColor(0x1b, 0x6e, 0x20));
            ++annotated;
        } else if (!row.state || row.state == core::CessionState::Rejected
                   || row.state == core::CessionState::Annulled) {
            state->setForeground(QColor(0xb0, 0x00, 0x20));
            rejected += row.state ? 1 : 0;
        }
        m_resultTable->setItem(i, 1, state);
        m_resultTable->setItem(i, 2, new QTableWidgetItem(row.trackId));
        auto* detail = new QTableWidgetItem(row.message);
        detail->setToolTip(row.message);
        m_resultTable->setItem(i, 3, detail);
    }
    m_resultTable->resizeColumnsToContents();
    if (!m_submitted)
        return;
    QString status = tr("Anotadas: %1. Rechazadas: %2. De %3.").arg(annotated).arg(rejected).arg(m_rows.size());
    status += QLatin1Char(' ')
        + (isFollowing() ? tr("Consultando el estado al SII cada %n segundo(s)…", nullptr,
                              qMax(1, m_wizard->pollIntervalMs() / 1000))
                         : tr("El seguimiento continúa en la pestaña «Cesiones»."));
    m_statusLabel->setText(status);
}

bool CessionSubmissionPage::isComplete() const
{
    return m_submitted;
}

} // namespace factora::ui
