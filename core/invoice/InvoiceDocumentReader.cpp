// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "InvoiceDocumentReader.h"

#include "dte/DteLocator.h"
#include "dte/DteReader.h"
#include "xml/LibXmlSupport.h"
#include "xml/SafeXmlParser.h"

#include <QCoreApplication>

namespace factora::core {

namespace {
QString childText(const xmlNode* parent, const char* name)
{
    const xmlNode* node = parent ? libxml::firstChild(parent, name) : nullptr;
    return node ? libxml::text(node).trimmed() : QString();
}

xmlNode* documentOf(xmlNode* dte)
{
    for (const char* name : {"Documento", "Liquidacion", "Exportaciones"}) {
        if (xmlNode* node = libxml::firstChild(dte, name))
            return node;
    }
    return nullptr;
}

InvoiceLine lineOf(const xmlNode* detalle)
{
    InvoiceLine line;
    line.number = childText(detalle, "NroLinDet").toInt();
    if (const xmlNode* code = libxml::firstChild(detalle, "CdgItem"))
        line.code = childText(code, "VlrCodigo");
    line.name = childText(detalle, "NmbItem");
    line.description = childText(detalle, "DscItem");
    line.quantity = childText(detalle, "QtyItem");
    line.unit = childText(detalle, "UnmdItem");
    line.unitPrice = childText(detalle, "PrcItem");
    line.exempt = libxml::firstChild(detalle, "IndExe") != nullptr;
    line.amount = Money::fromPesos(childText(detalle, "MontoItem").toLongLong());
    return line;
}

InvoiceReference referenceOf(const xmlNode* referencia)
{
    InvoiceReference reference;
    reference.number = childText(referencia, "NroLinRef").toInt();
    reference.documentType = childText(referencia, "TpoDocRef");
    reference.folio = childText(referencia, "FolioRef");
    reference.date = QDate::fromString(childText(referencia, "FchRef"), Qt::ISODate);
    reference.code = childText(referencia, "CodRef");
    reference.reason = childText(referencia, "RazonRef");
    return reference;
}
} // namespace

Result<QByteArray> InvoiceDocumentReader::tedLatin1(const Dte& dte)
{
    if (dte.ted().isEmpty() || dte.encoding() != QLatin1StringView("UTF-8"))
        return dte.ted();
    const QString text = QString::fromUtf8(dte.ted());
    for (const QChar c : text) {
        if (c.unicode() > 0xFF) {
            return Error(ErrorCode::InvalidInput,
                         QCoreApplication::translate("InvoiceDocumentReader",
                                                     "«%1», DTE %2: el timbre (TED) contiene el carácter «%3», que no "
                                                     "existe en ISO-8859-1; el código PDF417 no puede llevarlo.")
                             .arg(dte.sourceName())
                             .arg(dte.index() + 1)
                             .arg(c));
        }
    }
    return text.toLatin1();
}

Result<QList<InvoiceDocument>> InvoiceDocumentReader::load(const QByteArray& fileBytes, const QString& fileName)
{
    auto dtes = DteReader::load(fileBytes, fileName);
    if (!dtes)
        return dtes.error();
    auto parsed = SafeXmlParser::parse(fileBytes, fileName);
    if (!parsed)
        return parsed.error();
    auto located = DteLocator::locate(*parsed, fileBytes, fileName);
    if (!located)
        return located.error();
    if (located->dtes.size() != dtes->size()) {
        return Error(ErrorCode::Internal, QStringLiteral("InvoiceDocumentReader: %1 DTEs located but %2 read in %3")
                                              .arg(located->dtes.size())
                                              .arg(dtes->size())
                                              .arg(fileName));
    }

    QString resolutionNumber;
    QDate resolutionDate;
    xmlNode* root = xmlDocGetRootElement(parsed->document.get());
    if (xmlNode* set = root ? libxml::firstChild(root, "SetDTE") : nullptr) {
        if (const xmlNode* caratula = libxml::firstChild(set, "Caratula")) {
            resolutionNumber = childText(caratula, "NroResol");
            resolutionDate = QDate::fromString(childText(caratula, "FchResol"), Qt::ISODate);
        }
    }

    QList<InvoiceDocument> documents;
    documents.reserve(dtes->size());
    for (qsizetype i = 0; i < dtes->size(); ++i) {
        InvoiceDocument document;
        document.dte = dtes->at(i);
        document.resolutionNumber = resolutionNumber;
        document.resolutionDate = resolutionDate;
        auto ted = tedLatin1(document.dte);
        if (!ted)
            return ted.error();
        document.tedLatin1 = *ted;
        if (const xmlNode* body = documentOf(located->dtes.at(i).node)) {
            if (const xmlNode* header = libxml::firstChild(body, "Encabezado")) {
                const xmlNode* idDoc = libxml::firstChild(header, "IdDoc");
                document.formaPago = childText(idDoc, "FmaPago").toInt();
                const xmlNode* emisor = libxml::firstChild(header, "Emisor");
                document.giroEmisor = childText(emisor, "GiroEmis");
                if (document.giroEmisor.isEmpty())
                    document.giroEmisor = childText(emisor, "GiroEmisor"); // Liquidacion and Exportaciones
                document.ciudadEmisor = childText(emisor, "CiudadOrigen");
                const xmlNode* receptor = libxml::firstChild(header, "Receptor");
                document.giroReceptor = childText(receptor, "GiroRecep");
                document.ciudadReceptor = childText(receptor, "CiudadRecep");
                document.contactoReceptor = childText(receptor, "Contacto");
                document.tasaIva = childText(libxml::firstChild(header, "Totales"), "TasaIVA");
            }
            for (const xmlNode* detalle : libxml::children(body, "Detalle"))
                document.lines << lineOf(detalle);
            for (const xmlNode* referencia : libxml::children(body, "Referencia"))
                document.references << referenceOf(referencia);
        }
        documents << std::move(document);
    }
    return documents;
}

Result<QList<InvoiceDocument>> InvoiceDocumentReader::loadFile(const QString& path)
{
    auto bytes = DteReader::readFile(path);
    if (!bytes)
        return bytes.error();
    return load(*bytes, path);
}

} // namespace factora::core
