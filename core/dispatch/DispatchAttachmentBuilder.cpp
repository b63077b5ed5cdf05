// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "DispatchAttachmentBuilder.h"

#include "invoice/InvoiceDocumentReader.h"
#include "invoice/InvoiceRenderer.h"

#include <Poco/DateTime.h>
#include <Poco/Exception.h>
#include <Poco/Path.h>
#include <Poco/Zip/Compress.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryFile>

#include <fstream>
#include <sstream>

using namespace Qt::StringLiterals;

namespace factora::core {

DispatchAttachmentBuilder::DispatchAttachmentBuilder(InvoiceOptions options, const Clock& clock)
    : m_options(std::move(options))
    , m_clock(clock)
{
}

Result<DispatchAttachmentKind> DispatchAttachmentBuilder::parseKind(const QString& text)
{
    const QString kind = text.trimmed().toLower();
    if (kind == u"pdf"_s) {
        return DispatchAttachmentKind::Pdf;
    }
    if (kind == u"zip"_s) {
        return DispatchAttachmentKind::Zip;
    }
    return Error(
        ErrorCode::InvalidInput,
        QCoreApplication::translate("DispatchAttachmentBuilder", "Adjunto «%1» no válido: use pdf o zip (PDF y XML)")
            .arg(text));
}

Result<QByteArray> DispatchAttachmentBuilder::zip(const QList<std::pair<QString, QByteArray>>& entries) const
{
    auto zipError = [](const QString& reason) {
        return Error(ErrorCode::Io,
                     QCoreApplication::translate("DispatchAttachmentBuilder", "No se pudo armar el zip del envío: %1")
                         .arg(reason));
    };
    // Poco's Compress seeks back to fill in each entry's sizes: it needs a seekable file, never a pipe.
    QTemporaryFile temporary(QDir::tempPath() + u"/factora-dispatch-XXXXXX.zip"_s);
    if (!temporary.open()) {
        return zipError(temporary.errorString());
    }
    const QString path = temporary.fileName();
    temporary.close(); // the file stays until `temporary` goes out of scope

    const QDateTime now = m_clock.nowUtc();
    const Poco::DateTime modified(now.date().year(), now.date().month(), now.date().day(), now.time().hour(),
                                  now.time().minute(), now.time().second());
    try {
        std::ofstream out(QFile::encodeName(path).toStdString(), std::ios::binary | std::ios::trunc);
        if (!out) {
            return zipError(
                QCoreApplication::translate("DispatchAttachmentBuilder", "no se puede escribir «%1»").arg(path));
        }
        Poco::Zip::Compress compress(out, true);
        for (const auto& [name, bytes] : entries) {
            std::istringstream in(std::string(bytes.constData(), static_cast<std::size_t>(bytes.size())),
                                  std::ios::binary);
            compress.addFile(in, modified, Poco::Path(name.toStdString(), Poco::Path::PATH_UNIX),
                             Poco::Zip::ZipCommon::CM_DEFLATE, Poco::Zip::ZipCommon::CL_NORMAL);
        }
        compress.close();
        out.close();
        if (!out) {
            return zipError(
                QCoreApplication::translate("DispatchAttachmentBuilder", "falló la escritura de «%1»").arg(path));
        }
    } catch (const Poco::Exception& e) {
        return zipError(QString::fromStdString(e.displayText()));
    } catch (const std::exception& e) {
        return zipError(QString::fromLocal8Bit(e.what()));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return zipError(file.errorString());
    }
    return file.readAll();
}

Result<MailAttachment> DispatchAttachmentBuilder::build(const QByteArray& dteXml, DispatchAttachmentKind kind,
                                                        qint64 folio) const
{
    Result<QList<InvoiceDocument>> documents = InvoiceDocumentReader::load(dteXml, u"DTE"_s);
    if (!documents) {
        return documents.error();
    }
    const InvoiceDocument* chosen = nullptr;
    if (folio == 0) {
        if (documents->size() != 1) {
            return Error(ErrorCode::InvalidInput,
                         QCoreApplication::translate("DispatchAttachmentBuilder",
                                                     "El XML tiene %1 DTE: indique el folio del que se envía")
                             .arg(documents->size()));
        }
        chosen = &documents->first();
    } else {
        for (const InvoiceDocument& document : std::as_const(documents.value())) {
            if (document.dte.folio() == folio) {
                chosen = &document;
                break;
            }
        }
        if (chosen == nullptr) {
            return Error(ErrorCode::NotFound,
                         QCoreApplication::translate("DispatchAttachmentBuilder", "El XML no tiene un DTE con folio %1")
                             .arg(folio));
        }
    }
    Result<QByteArray> pdf = InvoiceRenderer::render(*chosen, m_options);
    if (!pdf) {
        return pdf.error();
    }
    const QString baseName = u"DTE_%1_%2"_s.arg(chosen->dte.tipo()).arg(chosen->dte.folio());
    if (kind == DispatchAttachmentKind::Pdf) {
        return MailAttachment { baseName + u".pdf"_s, u"application/pdf"_s, pdf.value() };
    }
    Result<QByteArray> archive = zip({ { baseName + u".pdf"_s, pdf.value() }, { baseName + u".xml"_s, dteXml } });
    if (!archive) {
        return archive.error();
    }
    return MailAttachment { baseName + u".zip"_s, u"application/zip"_s, archive.value() };
}

} // namespace factora::core
