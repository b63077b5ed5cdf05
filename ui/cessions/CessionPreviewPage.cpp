// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "CessionPreviewPage.h"

#include "BackgroundTask.h"
#include "CessionQueries.h"
#include "CessionTableModel.h"
#include "CessionWizard.h"
#include "storage/Database.h"

#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStringDecoder>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace factora::ui {

CessionPreviewPage::CessionPreviewPage(CessionWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_summary(new QTextBrowser(this))
    , m_showXmlButton(new QPushButton(tr("Ver el &XML de los DTE"), this))
    , m_xmlText(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("cessionPreviewPage"));
    setTitle(tr("Vista previa"));
    setSubTitle(tr("Esto es lo que se firmará. Al continuar se firma un AEC por factura con su certificado."));
    m_summary->setObjectName(QStringLiteral("previewSummary"));
    m_showXmlButton->setObjectName(QStringLiteral("showXmlButton"));
    m_showXmlButton->setCheckable(true);
    m_xmlText->setObjectName(QStringLiteral("previewXmlText"));
    m_xmlText->setReadOnly(true);
    m_xmlText->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_xmlText->hide();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary, 2);
    layout->addWidget(m_showXmlButton, 0, Qt::AlignLeft);
    layout->addWidget(m_xmlText, 3);
    connect(m_showXmlButton, &QPushButton::toggled, m_xmlText, &QWidget::setVisible);
}

void CessionPreviewPage::initializePage()
{
    const CessionWizardState& state = m_wizard->state();
    const auto escape = [](const QString& text) { return text.toHtmlEscaped(); };
    QString html
        = QStringLiteral("<p><b>%1</b> %2</p>")
              .arg(escape(tr("Ambiente del SII:")), escape(CessionWizard::environmentText(m_wizard->environment())));
    html += QStringLiteral("<p><b>%1</b> %2</p>")
                .arg(escape(tr("Firma:")),
                     escape(tr("%1, RUT %2 (firmante autorizado del cedente)")
                                .arg(state.certificate.commonName, state.certificate.holderRut)));
    html += QStringLiteral("<p><b>%1</b> %2</p>")
                .arg(escape(tr("Cesionario:")),
                     escape(tr("%1, RUT %2, %3, %4")
                                .arg(state.cesionario.razonSocial, state.cesionario.rut, state.cesionario.direccion,
                                     state.cesionario.email)));
    html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\"><tr><th>%1</th><th>%2</th>"
                           "<th>%3</th><th>%4</th><th>%5</th></tr>")
                .arg(escape(tr("Documento")), escape(tr("Cedente")), escape(tr("Deudor")), escape(tr("Monto cedido")),
                     escape(tr("Último vencimiento")));
    for (const core::DteRecord& dte : state.dtes) {
        const QDate due = dte.fechaVencimiento.isValid() ? dte.fechaVencimiento : dte.fechaEmision;
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td align=\"right\">%4</td><td>%5</td></tr>")
                    .arg(escape(CessionTableModel::documentLabel(dte.tipo, dte.folio)),
                         escape(tr("%1 (%2)").arg(dte.emitterName, dte.emitterRut)),
                         escape(tr("%1 (%2)").arg(dte.receiverName, dte.receiverRut)),
                         escape(dte.montoTotal.toDisplayString()),
                         escape(QLocale().toString(due, QLocale::ShortFormat)));
    }
    html += QStringLiteral("</table>");
    html += QStringLiteral("<p>%1</p>")
                .arg(escape(tr("Cada AEC lleva la declaración jurada del SII y el correo de respuestas %1.")
                                .arg(state.emailNotif)));
    m_summary->setHtml(html);

    m_xmlText->setPlainText(tr("Leyendo los DTE…"));
    const std::shared_ptr<core::Database> database = m_wizard->context().database;
    QList<qint64> ids;
    for (const core::DteRecord& dte : state.dtes)
        ids << dte.id;
    BackgroundTask::run<QString>(
        this,
        [database, ids](auto&) {
            QString text;
            for (qint64 id : ids) {
                auto dte = CessionQueries::loadDte(*database, id);
                if (!dte) {
                    text += dte.error().message() + QStringLiteral("\n\n");
                    continue;
                }
                auto decoder = QStringDecoder(dte->encoding().toLatin1().constData());
                const QString xml = decoder.isValid() ? decoder.decode(dte->xml()) : QString::fromLatin1(dte->xml());
                text += QStringLiteral("<!-- %1 -->\n%2\n\n").arg(dte->naturalKey(), xml);
            }
            database->releaseThreadConnection();
            return text;
        },
        [this](const QString& text) { m_xmlText->setPlainText(text); });
}

} // namespace factora::ui
