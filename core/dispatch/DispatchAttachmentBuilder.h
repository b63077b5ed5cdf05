// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "DispatchAttachmentKind.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "delivery/MailAttachment.h"
#include "invoice/InvoiceOptions.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

namespace factora::core {

/**
 * @brief Builds the attachment of an invoice dispatch from the DTE's XML: the PDF (InvoiceRenderer), or a zip
 * with the PDF and the XML byte for byte, written with Poco Zip to a seekable QTemporaryFile (removed afterwards).
 *
 * File names are ASCII: DTE_<tipo>_<folio>.pdf, .xml and .zip (the zip holds the .pdf and .xml, no folders).
 */
class DispatchAttachmentBuilder
{
public:
    /** @brief @p options: paper, cedible copy, SII data and branding (InvoiceSettings::load()). */
    explicit DispatchAttachmentBuilder(InvoiceOptions options, const Clock& clock = Clock::system());

    /**
     * @brief The attachment for the DTE of @p dteXml with folio @p folio (0: the file must hold exactly one DTE).
     * @return the errors of InvoiceDocumentReader and InvoiceRenderer; NotFound when no DTE has @p folio;
     *         InvalidInput when the file holds several DTE and no folio was given; Io when the zip fails
     */
    Result<MailAttachment> build(const QByteArray& dteXml, DispatchAttachmentKind kind, qint64 folio = 0) const;

    /** @brief "pdf" or "zip" (any case); InvalidInput naming @p text otherwise. */
    static Result<DispatchAttachmentKind> parseKind(const QString& text);

    /** @brief The archive's bytes for @p entries (name → bytes, in order), deflated, via a seekable temporary file. */
    Result<QByteArray> zip(const QList<std::pair<QString, QByteArray>>& entries) const;

private:
    InvoiceOptions m_options;
    const Clock& m_clock;
};

} // namespace factora::core
