// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "DispatchRecord.h"
#include "DispatchRequest.h"
#include "DispatchTemplates.h"

#include "common/Clock.h"
#include "common/Result.h"
#include "delivery/OutgoingMail.h"
#include "storage/Database.h"

#include <QByteArray>
#include <QString>

namespace factora::core {

/**
 * @brief Turns an outbox row and its stored DTE into what the channels send: the e-mail (DispatchTemplates and
 * DispatchAttachmentBuilder, with the emitter's invoice settings from SettingsStore) and the SMS text.
 */
class DispatchComposer
{
public:
    /**
     * @param from the sender address (smtp/from)
     * @param maxSmsSegments the longest SMS allowed (SmsSettings::maxSegments)
     */
    DispatchComposer(Database& database, DispatchTemplates templates, QString from, int maxSmsSegments,
                     const Clock& clock = Clock::system());

    /** @brief The e-mail of @p record with the invoice of @p documentXml attached as the record says (pdf or zip). */
    Result<OutgoingMail> composeMail(const DispatchRecord& record, const QByteArray& documentXml) const;
    /** @brief The SMS text of @p record. */
    Result<QString> composeSms(const DispatchRecord& record) const;

    /**
     * @brief The request for the DTE with @p folio in @p documentXml (0: the file must hold one DTE), read with
     * InvoiceDocumentReader: emitter, debtor, tipo, folio, total and due date (FchVenc, else FchEmis).
     */
    static Result<DispatchRequest> requestFromDocument(const QByteArray& documentXml, const QString& fileName,
                                                       qint64 folio = 0);

private:
    DispatchTemplateValues values(const DispatchRecord& record) const;

    Database& m_database;
    DispatchTemplates m_templates;
    QString m_from;
    int m_maxSmsSegments;
    const Clock& m_clock;
};

} // namespace factora::core
