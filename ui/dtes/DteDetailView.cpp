// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "DteDetailView.h"

#include "DteRow.h"
#include "cession/CessionState.h"

#include <QBuffer>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPdfDocument>
#include <QPdfView>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace factora::ui {

namespace {
    QLabel* wrappedLabel(QWidget* parent, const QString& objectName)
    {
        auto* label = new QLabel(parent);
        label->setObjectName(objectName);
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        return label;
    }

    QString dateText(const QDate& date)
    {
        return date.isValid() ? date.toString(QStringLiteral("dd-MM-yyyy")) : QStringLiteral("—");
    }

    QString moneyText(const std::optional<core::Money>& money)
    {
        return money ? money->toDisplayString() : QStringLiteral("—");
    }
} // namespace

DteDetailView::DteDetailView(QWidget* parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_messageLabel(new QLabel(this))
    , m_titleLabel(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_fields(new QFormLayout)
    , m_schemaLabel(wrappedLabel(this, QStringLiteral("schemaVerdictLabel")))
    , m_strictLabel(wrappedLabel(this, QStringLiteral("strictVerdictLabel")))
    , m_siiLabel(wrappedLabel(this, QStringLiteral("siiVerdictLabel")))
    , m_verdictLabel(wrappedLabel(this, QStringLiteral("overallVerdictLabel")))
    , m_cessionTree(new QTreeWidget(this))
    , m_cessionEmptyLabel(new QLabel(tr("Este DTE no ha sido cedido."), this))
    , m_pdfStack(new QStackedWidget(this))
    , m_pdfView(new QPdfView(this))
    , m_pdfDocument(new QPdfDocument(this))
    , m_pdfBuffer(new QBuffer(this))
    , m_pdfErrorLabel(wrappedLabel(this, QStringLiteral("pdfErrorLabel")))
    , m_savePdfButton(new QPushButton(tr("&Guardar PDF…"), this))
{
    setObjectName(QStringLiteral("dteDetailView"));
    m_stack->setObjectName(QStringLiteral("dteDetailStack"));
    m_messageLabel->setObjectName(QStringLiteral("dteDetailMessage"));
    m_messageLabel->setAlignment(Qt::AlignCenter);
    m_messageLabel->setWordWrap(true);
    m_titleLabel->setObjectName(QStringLiteral("dteDetailTitle"));
    m_titleLabel->setTextFormat(Qt::PlainText);
    QFont titleFont = m_titleLabel->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_titleLabel->setFont(titleFont);
    m_tabs->setObjectName(QStringLiteral("dteDetailTabs"));

    // Datos
    auto* fieldsPage = new QWidget;
    fieldsPage->setLayout(m_fields);
    m_fields->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto* fieldsScroll = new QScrollArea;
    fieldsScroll->setObjectName(QStringLiteral("dteFieldsScroll"));
    fieldsScroll->setWidgetResizable(true);
    fieldsScroll->setWidget(fieldsPage);
    m_tabs->addTab(fieldsScroll, tr("&Datos"));

    // Verificaciones
    auto* checksPage = new QWidget;
    auto* checksForm = new QFormLayout(checksPage);
    checksForm->addRow(tr("Esquema:"), m_schemaLabel);
    checksForm->addRow(tr("Firma (estricta):"), m_strictLabel);
    checksForm->addRow(tr("Firma (modo SII):"), m_siiLabel);
    checksForm->addRow(tr("Resultado:"), m_verdictLabel);
    m_tabs->addTab(checksPage, tr("&Verificaciones"));

    // Cesiones
    m_cessionTree->setObjectName(QStringLiteral("cessionTree"));
    m_cessionTree->setRootIsDecorated(false);
    m_cessionTree->setHeaderLabels(
        { tr("Nº"), tr("Cedente"), tr("Cesionario"), tr("Monto"), tr("Estado"), tr("Ambiente SII"), tr("TRACKID") });
    m_cessionTree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_cessionEmptyLabel->setObjectName(QStringLiteral("cessionEmptyLabel"));
    auto* cessionPage = new QWidget;
    auto* cessionLayout = new QVBoxLayout(cessionPage);
    cessionLayout->addWidget(m_cessionEmptyLabel);
    cessionLayout->addWidget(m_cessionTree, 1);
    m_tabs->addTab(cessionPage, tr("&Cesiones"));

    // Factura
    m_pdfView->setObjectName(QStringLiteral("pdfView"));
    m_pdfView->setDocument(m_pdfDocument);
    m_pdfView->setPageMode(QPdfView::PageMode::MultiPage);
    m_pdfView->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    m_pdfStack->setObjectName(QStringLiteral("pdfStack"));
    m_pdfStack->addWidget(m_pdfView);
    m_pdfStack->addWidget(m_pdfErrorLabel);
    m_pdfErrorLabel->setAlignment(Qt::AlignCenter);
    m_savePdfButton->setObjectName(QStringLiteral("savePdfButton"));
    connect(m_savePdfButton, &QPushButton::clicked, this, &DteDetailView::askAndSavePdf);
    auto* pdfButtons = new QHBoxLayout;
    pdfButtons->addStretch();
    pdfButtons->addWidget(m_savePdfButton);
    auto* pdfPage = new QWidget;
    auto* pdfLayout = new QVBoxLayout(pdfPage);
    pdfLayout->addWidget(m_pdfStack, 1);
    pdfLayout->addLayout(pdfButtons);
    m_tabs->addTab(pdfPage, tr("&Factura"));

    auto* detailPage = new QWidget;
    auto* detailLayout = new QVBoxLayout(detailPage);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_titleLabel);
    detailLayout->addWidget(m_tabs, 1);
    m_stack->addWidget(m_messageLabel);
    m_stack->addWidget(detailPage);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    clear();
}

DteDetailView::~DteDetailView() = default;

void DteDetailView::clear()
{
    m_detail = {};
    m_pdfDocument->close();
    m_messageLabel->setText(tr("Elija un DTE de la lista para ver sus datos, sus verificaciones, sus cesiones y "
                               "la factura."));
    m_stack->setCurrentWidget(m_messageLabel);
}

void DteDetailView::showLoading()
{
    m_messageLabel->setText(tr("Cargando el DTE…"));
    m_stack->setCurrentWidget(m_messageLabel);
}

void DteDetailView::addField(const QString& label, const QString& value)
{
    auto* field = wrappedLabel(this, {});
    field->setText(value);
    m_fields->addRow(label, field);
}

void DteDetailView::setDetail(const DteDetail& detail)
{
    m_detail = detail;
    if (!detail.error.isEmpty()) {
        m_detail = {};
        m_messageLabel->setText(detail.error);
        m_stack->setCurrentWidget(m_messageLabel);
        return;
    }
    const core::DteRecord& dte = detail.record;
    m_titleLabel->setText(tr("%1 Nº %2").arg(DteRow::typeName(dte.tipo)).arg(dte.folio));

    while (m_fields->rowCount() > 0)
        m_fields->removeRow(0);
    addField(tr("Tipo:"), QStringLiteral("%1 (%2)").arg(DteRow::typeName(dte.tipo)).arg(dte.tipo));
    addField(tr("Folio:"), QString::number(dte.folio));
    addField(tr("Emisor:"), tr("%1, RUT %2").arg(dte.emitterName, dte.emitterRut));
    addField(tr("Receptor:"), tr("%1, RUT %2").arg(dte.receiverName, dte.receiverRut));
    addField(tr("Fecha de emisión:"), dateText(dte.fechaEmision));
    addField(tr("Vencimiento:"), dateText(dte.fechaVencimiento));
    addField(tr("Monto neto:"), moneyText(dte.montoNeto));
    addField(tr("Monto exento:"), moneyText(dte.montoExento));
    addField(tr("IVA:"), moneyText(dte.montoIva));
    addField(tr("Monto total:"), dte.montoTotal.toDisplayString());
    addField(tr("Estado:"), DteRow::stateName(dte.state));
    QStringList payments;
    for (const core::DtePayment& payment : detail.payments) {
        QString line = tr("%1: %2").arg(dateText(payment.fecha), payment.monto.toDisplayString());
        if (!payment.glosa.isEmpty())
            line += QStringLiteral(" (") + payment.glosa + u')';
        payments << line;
    }
    addField(tr("Pagos:"), payments.isEmpty() ? tr("Sin calendario de pagos") : payments.join(u'\n'));
    addField(tr("Archivo:"), dte.sourceFile);
    addField(
        tr("Cargado:"),
        tr("%1 por %2").arg(dte.importedAt.toLocalTime().toString(QStringLiteral("dd-MM-yyyy HH:mm")), dte.importedBy));
    addField(tr("SHA-256:"), dte.sha256.left(32) + u'\n' + dte.sha256.mid(32)); // in two lines: it has no spaces

    m_schemaLabel->setText(schemaVerdict(dte));
    m_strictLabel->setText(strictSignatureVerdict(dte));
    m_siiLabel->setText(siiSignatureVerdict(dte));
    const bool authentic = dte.signatureStrictOk || dte.signatureSiiOk;
    if (authentic && dte.schemaOk)
        m_verdictLabel->setText(tr("El DTE es auténtico e íntegro y cumple el esquema del SII."));
    else if (authentic)
        m_verdictLabel->setText(tr("La firma del emisor es válida: el DTE es auténtico e íntegro. El archivo, tal como "
                                   "está, no cumple el esquema del SII (suele faltarle la declaración del espacio de "
                                   "nombres del SII)."));
    else
        m_verdictLabel->setText(tr("La firma del emisor no se verifica: no ofrezca este DTE sin revisarlo con el "
                                   "emisor."));

    m_cessionTree->clear();
    for (const core::Cession& cession : detail.cessions) {
        auto* item = new QTreeWidgetItem(m_cessionTree);
        item->setText(0, QString::number(cession.seq));
        item->setText(1, cession.cedenteRut);
        item->setText(2, cession.cesionarioRut);
        item->setText(3, core::Money::fromPesos(cession.amount).toDisplayString());
        item->setText(4, core::CessionStates::description(cession.state));
        item->setText(5, cession.environment);
        item->setText(6, cession.trackId.isEmpty() ? tr("—") : cession.trackId);
        if (!cession.siiMessage.isEmpty())
            item->setToolTip(4, cession.siiMessage);
    }
    m_cessionEmptyLabel->setVisible(detail.cessions.isEmpty());
    m_cessionTree->setVisible(!detail.cessions.isEmpty());

    m_pdfDocument->close();
    m_pdfBuffer->close();
    if (detail.pdf.isEmpty()) {
        m_pdfErrorLabel->setText(tr("No se pudo dibujar la factura: %1").arg(detail.pdfError));
        m_pdfStack->setCurrentWidget(m_pdfErrorLabel);
        m_savePdfButton->setEnabled(false);
    } else {
        m_pdfBuffer->setData(detail.pdf);
        m_pdfBuffer->open(QIODevice::ReadOnly);
        m_pdfDocument->load(m_pdfBuffer);
        m_pdfStack->setCurrentWidget(m_pdfView);
        m_savePdfButton->setEnabled(true);
    }
    m_stack->setCurrentIndex(1);
}

QString DteDetailView::schemaVerdict(const core::DteRecord& record)
{
    return record.schemaOk ? tr("Cumple el esquema del SII (DTE_v10.xsd).")
                           : tr("No cumple el esquema del SII (DTE_v10.xsd).");
}

QString DteDetailView::strictSignatureVerdict(const core::DteRecord& record)
{
    return record.signatureStrictOk
        ? tr("Válida: la firma del emisor se verifica tal como está en el archivo (XML-DSig estándar).")
        : tr("No se verifica tal como está en el archivo; es normal en un DTE que venía dentro de un sobre "
             "(EnvioDTE o AEC) si la verificación al modo del SII es válida.");
}

QString DteDetailView::siiSignatureVerdict(const core::DteRecord& record)
{
    return record.signatureSiiOk
        ? tr("Válida: la firma se verifica con el DTE aislado de su sobre, como lo hace el SII.")
        : tr("No válida: el DTE o su firma cambiaron después de firmarse, o no tiene firma.");
}

QString DteDetailView::suggestedPdfName() const
{
    const core::DteRecord& dte = m_detail.record;
    return QStringLiteral("DTE-%1-%2-%3.pdf").arg(dte.emitterRut).arg(dte.tipo).arg(dte.folio);
}

core::Status DteDetailView::savePdf(const QString& path) const
{
    if (m_detail.pdf.isEmpty()) {
        return core::Error(core::ErrorCode::InvalidInput,
                           tr("No hay una factura dibujada que guardar: elija un DTE cuya factura se vea."));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_detail.pdf) != m_detail.pdf.size() || !file.commit()) {
        return core::Error(core::ErrorCode::Io,
                           tr("No se pudo guardar «%1»: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return {};
}

void DteDetailView::askAndSavePdf()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Guardar la factura en PDF"), QDir::home().filePath(suggestedPdfName()), tr("Documentos PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    const core::Status saved = savePdf(path);
    if (!saved)
        QMessageBox::warning(this, tr("Guardar PDF"), saved.error().message());
}

} // namespace factora::ui
