// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "CessionSigningPage.h"

#include "BackgroundTask.h"
#include "CessionQueries.h"
#include "CessionTableModel.h"
#include "CessionWizard.h"
#include "aec/AecBuilder.h"
#include "storage/Database.h"

#include <QColor>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace factora::ui {

namespace {
    struct SigningOutcome
    {
        QList<SignedCession> results;
        bool cancelled = false;
    };
} // namespace

CessionSigningPage::CessionSigningPage(CessionWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_progressBar(new QProgressBar(this))
    , m_cancelButton(new QPushButton(tr("&Cancelar la firma"), this))
    , m_statusLabel(new QLabel(this))
    , m_resultTable(new QTableWidget(0, 2, this))
{
    setObjectName(QStringLiteral("cessionSigningPage"));
    setTitle(tr("Firma"));
    setSubTitle(tr("Se arma y firma un AEC por factura. Puede cancelar: las ya firmadas se conservan."));
    setCommitPage(true);
    m_progressBar->setObjectName(QStringLiteral("signingProgressBar"));
    m_cancelButton->setObjectName(QStringLiteral("cancelSigningButton"));
    m_statusLabel->setObjectName(QStringLiteral("signingStatusLabel"));
    m_statusLabel->setWordWrap(true);
    m_resultTable->setObjectName(QStringLiteral("signingResultTable"));
    m_resultTable->setHorizontalHeaderLabels({ tr("Documento"), tr("Resultado") });
    m_resultTable->horizontalHeader()->setStretchLastSection(true);
    m_resultTable->verticalHeader()->hide();
    m_resultTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_progressBar);
    layout->addWidget(m_cancelButton, 0, Qt::AlignLeft);
    layout->addWidget(m_resultTable, 1);
    layout->addWidget(m_statusLabel);
    connect(m_cancelButton, &QPushButton::clicked, this, &CessionSigningPage::cancel);
}

void CessionSigningPage::initializePage()
{
    m_finished = false;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const CessionWizardState& state = m_wizard->state();
    m_resultTable->setRowCount(0);
    m_progressBar->setRange(0, int(state.dtes.size()));
    m_progressBar->setValue(0);
    m_cancelButton->setEnabled(true);
    m_statusLabel->setText(tr("Firmando…"));

    const std::shared_ptr<core::Database> database = m_wizard->context().database;
    const core::Clock* clock = m_wizard->context().clock;
    const std::shared_ptr<const core::Pkcs12Bundle> signer = state.signer;
    const QList<core::DteRecord> dtes = state.dtes;
    const core::AecParty cedente = state.cedente;
    const core::AecParty cesionario = state.cesionario;
    const bool declaracion = state.declaracionJurada;
    const std::shared_ptr<std::atomic_bool> cancelled = m_cancel;
    auto* watcher = BackgroundTask::run<SigningOutcome>(
        this,
        [database, clock, signer, dtes, cedente, cesionario, declaracion,
         cancelled](QPromise<SigningOutcome>& promise) {
            SigningOutcome outcome;
            promise.setProgressRange(0, int(dtes.size()));
            for (const core::DteRecord& record : dtes) {
                if (cancelled->load()) {
                    outcome.cancelled = true;
                    break;
                }
                SignedCession result;
                result.dteId = record.id;
                result.label = CessionTableModel::documentLabel(record.tipo, record.folio);
                result.amount = record.montoTotal.pesos();
                auto dte = CessionQueries::loadDte(*database, record.id);
                if (!dte) {
                    result.error = dte.error().message();
                } else {
                    core::AecRequest request;
                    request.dte = dte.value();
                    request.cedente = cedente;
                    request.cesionario = cesionario;
                    request.declaracionJurada = declaracion;
                    auto built = core::AecBuilder::build(request, *signer, *clock);
                    if (!built) {
                        result.error = built.error().message();
                    } else {
                        result.aec = built->xml;
                        result.warnings = built->warnings;
                        result.fileName = QStringLiteral("AEC-%1-%2-%3-%4.xml")
                                              .arg(record.emitterRut)
                                              .arg(record.tipo)
                                              .arg(record.folio)
                                              .arg(built->seqCesion);
                    }
                }
                outcome.results << result;
                promise.setProgressValueAndText(int(outcome.results.size()),
                                                result.error.isEmpty() ? tr("%1: firmado").arg(result.label)
                                                                       : tr("%1: %2").arg(result.label, result.error));
            }
            database->releaseThreadConnection();
            return outcome;
        },
        [this](const SigningOutcome& outcome) { onFinished(outcome.results, outcome.cancelled); });
    connect(watcher, &QFutureWatcherBase::progressValueChanged, m_progressBar, &QProgressBar::setValue);
    connect(watcher, &QFutureWatcherBase::progressTextChanged, this, [this](const QString& text) {
        const int row = m_resultTable->rowCount();
        m_resultTable->insertRow(row);
        const qsizetype colon = text.indexOf(QStringLiteral(": "));
        m_resultTable->setItem(row, 0, new QTableWidgetItem(text.left(colon)));
        m_resultTable->setItem(row, 1, new QTableWidgetItem(text.mid(colon + 2)));
    });
}

void CessionSigningPage::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
    m_cancelButton->setEnabled(false);
    m_statusLabel->setText(tr("Cancelando: se termina el documento en curso…"));
}

void CessionSigningPage::onFinished(const QList<SignedCession>& results, bool cancelled)
{
    m_finished = true;
    m_cancelButton->setEnabled(false);
    m_wizard->state().signedCessions = results;
    // The final table, one row per document, with warnings; replaces the rows added as each one finished.
    m_resultTable->setRowCount(0);
    int signedCount = 0;
    for (const SignedCession& result : results) {
        const int row = m_resultTable->rowCount();
        m_resultTable->insertRow(row);
        m_resultTable->setItem(row, 0, new QTableWidgetItem(result.label));
        QString text = result.error.isEmpty() ? tr("Firmado (%1 bytes)").arg(result.aec.size())
                                              : tr("No se firmó: %1").arg(result.error);
        for (const QString& warning : result.warnings)
            text += QStringLiteral(" — ") + tr("Atención: %1").arg(warning);
        auto* item = new QTableWidgetItem(text);
        item->setToolTip(text);
        if (!result.error.isEmpty())
            item->setForeground(QColor(0xb0, 0x00, 0x20));
        m_resultTable->setItem(row, 1, item);
        signedCount += result.error.isEmpty() ? 1 : 0;
    }
    m_resultTable->resizeColumnToContents(0);
    const int total = int(m_wizard->state().dtes.size());
    QString status = tr("%1 de %2 AEC firmados.").arg(signedCount).arg(total);
    if (cancelled)
        status += QLatin1Char(' ') + tr("Firma cancelada: las facturas no firmadas quedan aprobadas para otra vez.");
    if (signedCount > 0)
        status += QLatin1Char(' ') + tr("Continúe para enviarlos al SII.");
    m_statusLabel->setText(status);
    emit completeChanged();
}

bool CessionSigningPage::isComplete() const
{
    if (!m_finished)
        return false;
    for (const SignedCession& result : m_wizard->state().signedCessions) {
        if (result.error.isEmpty())
            return true;
    }
    return false;
}

void CessionSigningPage::cleanupPage()
{
    cancel();
    m_wizard->state().signedCessions.clear();
}

} // namespace factora::ui
