// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "DispatchCampaignDialog.h"

#include "DispatchLoader.h"
#include "DispatchWords.h"
#include "dispatch/DispatchSettings.h"
#include "operation/OperationState.h"

#include <QComboBox>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace factora::ui {

using namespace std::chrono_literals;

DispatchCampaignDialog::DispatchCampaignDialog(DesktopContext context, core::UserSession session,
                                               QList<qint64> selectedDteIds, int selectedWithoutDte, QWidget* parent)
    : QDialog(parent)
    , m_context(std::move(context))
    , m_session(std::move(session))
    , m_selectedDteIds(std::move(selectedDteIds))
{
    setObjectName(QStringLiteral("dispatchCampaignDialog"));
    setWindowTitle(tr("Campaña de envío"));
    resize(640, 480);
    m_pages = new QStackedWidget(this);

    // The form.
    auto* form = new QWidget(m_pages);
    auto* formLayout = new QVBoxLayout(form);
    auto* fields = new QFormLayout;
    m_name = new QLineEdit(form);
    m_name->setObjectName(QStringLiteral("campaignNameEdit"));
    m_name->setMaxLength(200);
    m_name->setText(tr("Campaña del %1").arg(m_context.clock->nowUtc().toLocalTime().toString(u"dd-MM-yyyy HH:mm")));
    fields->addRow(tr("&Nombre:"), m_name);
    formLayout->addLayout(fields);

    auto* what = new QGroupBox(tr("Qué enviar"), form);
    auto* whatLayout = new QVBoxLayout(what);
    m_byOperation = new QRadioButton(tr("Las cesiones anotadas de la &operación:"), what);
    m_byOperation->setObjectName(QStringLiteral("campaignOperationRadio"));
    m_operation = new QComboBox(what);
    m_operation->setObjectName(QStringLiteral("campaignOperationCombo"));
    m_operation->setPlaceholderText(tr("Leyendo operaciones…"));
    m_bySelection = new QRadioButton(tr("Las &facturas de las filas elegidas en el registro (%n DTE)", nullptr,
                                        static_cast<int>(m_selectedDteIds.size())),
                                     what);
    m_bySelection->setObjectName(QStringLiteral("campaignSelectionRadio"));
    m_bySelection->setEnabled(!m_selectedDteIds.isEmpty());
    whatLayout->addWidget(m_byOperation);
    whatLayout->addWidget(m_operation);
    whatLayout->addWidget(m_bySelection);
    if (selectedWithoutDte > 0) {
        auto* note = new QLabel(tr("%n fila(s) elegida(s) no corresponden a un DTE cargado (se enviaron desde un "
                                   "archivo) y no pueden ser parte de una campaña; use Reenviar para ellas.",
                                   nullptr, selectedWithoutDte),
                                what);
        note->setObjectName(QStringLiteral("campaignWithoutDteLabel"));
        note->setWordWrap(true);
        whatLayout->addWidget(note);
    }
    formLayout->addWidget(what);
    (m_selectedDteIds.isEmpty() ? m_byOperation : m_bySelection)->setChecked(true);

    auto* attachmentFields = new QFormLayout;
    m_attachment = new QComboBox(form);
    m_attachment->setObjectName(QStringLiteral("campaignAttachmentCombo"));
    m_attachment->addItem(tr("PDF de la factura"), QStringLiteral("pdf"));
    m_attachment->addItem(tr("ZIP con el PDF y el XML"), QStringLiteral("zip"));
    auto settings = core::DispatchSettings::fromConfiguration(m_context.configuration);
    const QString kind = settings ? settings->attachmentKind : QStringLiteral("pdf");
    m_attachment->setCurrentIndex(qMax(0, m_attachment->findData(kind)));
    attachmentFields->addRow(tr("&Adjunto:"), m_attachment);
    formLayout->addLayout(attachmentFields);

    auto* how = new QLabel(tr("Cada factura se envía al correo y al teléfono de la ficha de su deudor; las de deudores "
                              "sin correo ni teléfono se omiten, con el motivo. La campaña solo pone los envíos en "
                              "cola: los envían los procesos de factora-server."),
                           form);
    how->setWordWrap(true);
    formLayout->addWidget(how);
    formLayout->addStretch(1);
    m_createProgress = new QProgressBar(form);
    m_createProgress->setObjectName(QStringLiteral("campaignCreateProgress"));
    m_createProgress->hide();
    formLayout->addWidget(m_createProgress);
    m_formStatus = new QLabel(form);
    m_formStatus->setObjectName(QStringLiteral("campaignFormStatus"));
    m_formStatus->setWordWrap(true);
    formLayout->addWidget(m_formStatus);
    m_pages->addWidget(form);

    // The summary and the progress by state.
    auto* result = new QWidget(m_pages);
    auto* resultLayout = new QVBoxLayout(result);
    m_summaryLabel = new QLabel(result);
    m_summaryLabel->setObjectName(QStringLiteral("campaignSummaryLabel"));
    m_summaryLabel->setWordWrap(true);
    m_summaryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    resultLayout->addWidget(m_summaryLabel);
    m_skipped = new QPlainTextEdit(result);
    m_skipped->setObjectName(QStringLiteral("campaignSkippedView"));
    m_skipped->setReadOnly(true);
    resultLayout->addWidget(m_skipped, 1);
    m_stateProgress = new QProgressBar(result);
    m_stateProgress->setObjectName(QStringLiteral("campaignStateProgress"));
    m_stateProgress->setFormat(tr("%v de %m terminados"));
    resultLayout->addWidget(m_stateProgress);
    m_stateCounts = new QLabel(result);
    m_stateCounts->setObjectName(QStringLiteral("campaignStateCounts"));
    m_stateCounts->setWordWrap(true);
    resultLayout->addWidget(m_stateCounts);
    m_idleLabel = new QLabel(result);
    m_idleLabel->setObjectName(QStringLiteral("campaignIdleLabel"));
    m_idleLabel->setWordWrap(true);
    resultLayout->addWidget(m_idleLabel);
    m_pages->addWidget(result);

    m_createButton = new QPushButton(tr("&Crear campaña"), this);
    m_createButton->setObjectName(QStringLiteral("campaignCreateButton"));
    m_createButton->setDefault(true);
    auto* close = new QPushButton(tr("Cerrar"), this);
    close->setObjectName(QStringLiteral("campaignCloseButton"));
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_createButton);
    buttons->addWidget(close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addLayout(buttons);

    connect(m_createButton, &QPushButton::clicked, this, &DispatchCampaignDialog::create);
    connect(close, &QPushButton::clicked, this, &DispatchCampaignDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &DispatchCampaignDialog::updateButtons);
    connect(m_byOperation, &QRadioButton::toggled, this, &DispatchCampaignDialog::updateButtons);
    connect(m_operation, &QComboBox::currentIndexChanged, this, [this](int) {
        if (m_operation->currentIndex() >= 0)
            m_byOperation->setChecked(true);
        updateButtons();
    });
    m_refreshTimer.setInterval(5s);
    connect(&m_refreshTimer, &QTimer::timeout, this, &DispatchCampaignDialog::refreshProgress);
    setTabOrder(m_name, m_byOperation);
    setTabOrder(m_byOperation, m_operation);
    setTabOrder(m_operation, m_bySelection);
    setTabOrder(m_bySelection, m_attachment);
    setTabOrder(m_attachment, m_createButton);
    setTabOrder(m_createButton, close);
    updateButtons();
    loadOperations();
}

void DispatchCampaignDialog::setRefreshInterval(std::chrono::milliseconds interval)
{
    m_refreshTimer.setInterval(interval);
}

void DispatchCampaignDialog::loadOperations()
{
    auto* watcher = new QFutureWatcher<DispatchLoader::OperationsResult>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher]() {
        watcher->deleteLater();
        const DispatchLoader::OperationsResult result = watcher->result();
        m_operation->clear();
        if (!result.error.isEmpty()) {
            m_operation->setPlaceholderText(tr("No se pudieron leer las operaciones"));
            m_formStatus->setText(result.error);
        } else if (result.operations.isEmpty()) {
            m_operation->setPlaceholderText(tr("No hay operaciones"));
        } else {
            m_operation->setPlaceholderText(tr("Elija una operación"));
            for (const core::Operation& operation : result.operations) {
                m_operation->addItem(tr("%1 — %2 (%3, %n aprobada(s))", nullptr, operation.approvedCount)
                                         .arg(operation.number, operation.companyName,
                                              core::OperationStates::displayName(operation.state).toLower()),
                                     operation.number);
            }
            m_operation->setCurrentIndex(-1);
        }
        updateButtons();
        Q_EMIT operationsLoaded();
    });
    const auto company = m_context.company ? m_context.company->currentCompanyId() : std::nullopt;
    watcher->setFuture(DispatchLoader::startOperations(m_context.database, m_context.clock, m_session, company));
}

void DispatchCampaignDialog::updateButtons()
{
    const bool what = m_byOperation->isChecked() ? m_operation->currentIndex() >= 0 : !m_selectedDteIds.isEmpty();
    m_createButton->setEnabled(!m_running && m_summary.campaignId == 0 && !m_name->text().trimmed().isEmpty() && what);
}

void DispatchCampaignDialog::create()
{
    if (!m_createButton->isEnabled())
        return;
    core::DispatchCampaignRequest request;
    request.name = m_name->text().trimmed();
    if (m_byOperation->isChecked())
        request.operationNumber = m_operation->currentData().toString();
    else
        request.dteIds = m_selectedDteIds;
    request.attachmentKind = m_attachment->currentData().toString();

    m_running = true;
    updateButtons();
    for (QWidget* field :
         std::initializer_list<QWidget*> { m_name, m_byOperation, m_operation, m_bySelection, m_attachment })
        field->setEnabled(false);
    m_createProgress->setRange(0, 0);
    m_createProgress->show();
    m_formStatus->setText(tr("Creando la campaña… Se escribe entera o nada, por eso no se puede interrumpir; solo "
                             "pone envíos en cola, así que tarda poco."));
    auto* watcher = new QFutureWatcher<DispatchLoader::CampaignResult>(this);
    connect(watcher, &QFutureWatcherBase::progressRangeChanged, m_createProgress, &QProgressBar::setRange);
    connect(watcher, &QFutureWatcherBase::progressValueChanged, m_createProgress, &QProgressBar::setValue);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher]() {
        watcher->deleteLater();
        m_running = false;
        m_createProgress->hide();
        const DispatchLoader::CampaignResult result = watcher->result();
        if (!result.error.isEmpty()) {
            for (QWidget* field : std::initializer_list<QWidget*> { m_name, m_byOperation, m_operation, m_attachment })
                field->setEnabled(true);
            m_bySelection->setEnabled(!m_selectedDteIds.isEmpty());
            m_formStatus->setText(tr("No se creó la campaña: %1").arg(result.error));
            updateButtons();
            Q_EMIT campaignFinished(false, m_formStatus->text());
            return;
        }
        m_summary = result.summary;
        m_lastChange = QDateTime::currentDateTime();
        updateButtons();
        m_createButton->hide();
        showSummary();
        m_pages->setCurrentIndex(1);
        m_refreshTimer.start();
        Q_EMIT campaignFinished(true, m_summaryLabel->text());
    });
    watcher->setFuture(DispatchLoader::startCampaign(m_context.database, m_context.clock, m_session, request));
}

void DispatchCampaignDialog::showSummary()
{
    m_summaryLabel->setText(tr("Campaña %1 «%2»: %3 factura(s) elegida(s), %4 en cola, %5 omitida(s).")
                                .arg(m_summary.campaignId)
                                .arg(m_summary.name)
                                .arg(m_summary.selected)
                                .arg(m_summary.enqueued)
                                .arg(m_summary.skipped.size()));
    if (m_summary.skipped.isEmpty())
        m_skipped->setPlainText(tr("Ninguna factura se omitió."));
    else
        m_skipped->setPlainText(tr("Omitidas:") + u'\n' + m_summary.skipped.join(u'\n'));
    const int total = m_summary.total();
    m_stateProgress->setRange(0, qMax(total, 1));
    m_stateProgress->setValue(total == 0 ? 1 : m_summary.finished());
    QStringList counts;
    for (auto it = m_summary.byState.cbegin(); it != m_summary.byState.cend(); ++it)
        counts << tr("%1: %2").arg(DispatchWords::state(it.key())).arg(it.value());
    m_stateCounts->setText(counts.isEmpty() ? tr("La campaña no tiene envíos.") : counts.join(QStringLiteral(" · ")));
    const int seconds = static_cast<int>(m_refreshTimer.interval() / 1000);
    if (total > 0 && m_summary.finished() == total) {
        m_idleLabel->setText(tr("Todos los envíos de la campaña terminaron."));
        m_refreshTimer.stop();
    } else if (total == 0) {
        m_idleLabel->setText(tr("No hay nada que enviar."));
        m_refreshTimer.stop();
    } else if (m_unchanged >= m_idleRefreshes) {
        m_idleLabel->setText(tr("Nada avanzó desde las %1. Los envíos los hacen los procesos de factora-server: "
                                "revise que el servidor esté en marcha y con dispatch/workers mayor que 0.")
                                 .arg(m_lastChange.toString(u"HH:mm:ss")));
    } else {
        m_idleLabel->setText(tr("Los envíos los hacen los procesos de factora-server; esta ventana muestra su avance "
                                "cada %n segundo(s).",
                                nullptr, qMax(seconds, 1)));
    }
}

void DispatchCampaignDialog::refreshProgress()
{
    if (m_refreshing || m_summary.campaignId == 0)
        return;
    m_refreshing = true;
    auto* watcher = new QFutureWatcher<DispatchLoader::CampaignResult>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher]() {
        watcher->deleteLater();
        m_refreshing = false;
        const DispatchLoader::CampaignResult result = watcher->result();
        if (!result.error.isEmpty()) {
            m_idleLabel->setText(tr("No se pudo leer el avance: %1").arg(result.error));
        } else {
            if (result.summary.byState == m_summary.byState) {
                ++m_unchanged;
            } else {
                m_unchanged = 0;
                m_lastChange = QDateTime::currentDateTime();
            }
            m_summary.byState = result.summary.byState;
            showSummary();
        }
        Q_EMIT progressRefreshed();
    });
    watcher->setFuture(DispatchLoader::startCampaignSummary(m_context.database, m_context.clock, m_summary.campaignId));
}

void DispatchCampaignDialog::reject()
{
    // The campaign is one transaction: closing while it is written would hide its outcome, not stop it.
    if (m_running)
        return;
    m_refreshTimer.stop();
    QDialog::reject();
}

} // namespace factora::ui
