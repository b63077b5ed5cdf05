// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "DispatchComposer.h"

#include "DispatchAttachmentBuilder.h"

#include "invoice/InvoiceDocumentReader.h"
#include "invoice/InvoiceSettings.h"
#include "settings/SettingsStore.h"

#include <QCoreApplication>

namespace factora::core {

DispatchComposer::DispatchComposer(Database& database, DispatchTemplates templates, QString from, int maxSmsSegments,
                                   const Clock& clock)
    : m_database(database)
    , m_templates(std::move(templates))
    , m_from(std::move(from))
    , m_maxSmsSegments(maxSmsSegments)
    , m_clock(clock)
{
}

DispatchTemplateValues DispatchComposer::values(const DispatchRecord& record) const
{
    DispatchTemplateValues v;
    v.debtorName = record.debtorName;
    v.debtorRut = record.debtorRut;
    v.folio = record.folio;
    v.tipo = record.tipo;
    v.amount = Money::fromPesos(record.amount);
    v.dueDate = record.dueDate;
    v.emitterRut = record.emitterRut;
    return v;
}

Result<OutgoingMail> DispatchComposer::composeMail(const DispatchRecord& record, const QByteArray& documentXml) const
{
    if (m_from.isEmpty()) {
        return Error(ErrorCode::Configuration,
                     QCoreApplication::translate("DispatchComposer", "Falta el remitente de los correos (smtp/from)"));
    }
    auto documents = InvoiceDocumentReader::load(documentXml, QStringLiteral("dispatch-%1.xml").arg(record.id));
    if (!documents)
        return documents.error();
    DispatchTemplateValues v = values(record);
    for (const InvoiceDocument& document : *documents) {
        if (document.dte.folio() == record.folio && document.dte.tipo() == record.tipo)
            v.emitterName = document.dte.emisor().razonSocial;
    }
    SettingsStore settings(m_database, m_clock);
    auto options = InvoiceSettings::load(settings, record.emitterRut);
    if (!options)
        return options.error();
    auto kind = DispatchAttachmentBuilder::parseKind(record.attachmentKind);
    if (!kind)
        return kind.error();
    const DispatchAttachmentBuilder builder(*options, m_clock);
    auto attachment = builder.build(documentXml, *kind, record.folio);
    if (!attachment)
        return attachment.error();
    const DispatchTemplates::RenderedMail rendered = m_templates.renderMail(v);
    OutgoingMail mail;
    mail.from = m_from;
    mail.to = QStringList{record.email};
    mail.subject = rendered.subject;
    mail.textBody = rendered.text;
    mail.htmlBody = rendered.html;
    mail.attachments.append(*attachment);
    return mail;
}

Result<QString> DispatchComposer::composeSms(const DispatchRecord& record) const
{
    return m_templates.renderSms(values(record), m_maxSmsSegments);
}

Result<DispatchRequest> DispatchComposer::requestFromDocument(const QByteArray& documentXml, const QString& fileName,
                                                              qint64 folio)
{
    auto documents = InvoiceDocumentReader::load(documentXml, fileName);
    if (!documents)
        return documents.error();
    const InvoiceDocument* chosen = nullptr;
    for (const InvoiceDocument& document : *documents) {
        if (folio == 0 || document.dte.folio() == folio) {
            if (chosen) {
                return Error(ErrorCode::InvalidInput,
                             QCoreApplication::translate("DispatchComposer",
                                                         "«%1» tiene varios DTE: indique el folio")
                                 .arg(fileName));
            }
            chosen = &document;
        }
    }
    if (!chosen) {
        return Error(ErrorCode::NotFound,
                     QCoreApplication::translate("DispatchComposer", "«%1» no tiene un DTE con folio %2")
                         .arg(fileName)
                         .arg(folio));
    }
    const Dte& dte = chosen->dte;
    DispatchRequest request;
    request.emitterRut = dte.emisor().rut;
    request.debtorRut = dte.receptor().rut;
    request.debtorName = dte.receptor().razonSocial;
    request.tipo = dte.tipo();
    request.folio = dte.folio();
    request.amount = dte.montos().total.pesos();
    request.dueDate = dte.fechaVencimiento().isValid() ? dte.fechaVencimiento() : dte.fechaEmision();
    request.documentXml = documentXml;
    request.documentFileName = fileName;
    return request;
}

} // namespace factora::core
