// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "cession/Cession.h"
#include "dte/DtePayment.h"
#include "dte/DteRecord.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace factora::ui {

/** @brief Everything the detail view shows about one DTE, loaded off the UI thread by DteInboxLoader. */
struct DteDetail
{
    core::DteRecord record;
    QList<core::DtePayment> payments;
    QList<core::Cession> cessions; ///< the cession chain of the document, by sequence
    QByteArray pdf; ///< the rendered invoice (core::InvoiceRenderer); empty when it could not be rendered
    QString pdfError; ///< why there is no PDF, in Spanish
    QString error; ///< why nothing could be loaded, in Spanish; empty on success
};

} // namespace factora::ui
