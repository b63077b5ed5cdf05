// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "DteReader.h"

#include "DteFieldReader.h"
#include "DteFragment.h"
#include "DteLocator.h"
#include "DteLogging.h"
#include "DteSchema.h"
#include "DteSignatureVerifier.h"
#include "crypto/Certificate.h"
#include "xml/SafeXmlParser.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace factora::core {

static_assert(DteReader::maxFileBytes == SafeXmlParser::maxDocumentBytes);

namespace {

    void describeCertificate(const QByteArray& der, DteCheck& check)
    {
        auto certificate = Certificate::fromDer(der);
        if (!certificate)
            return;
        check.certificateSubject = certificate->subject();
        check.certificateIssuer = certificate->issuer();
        check.certificateSerial = certificate->serialHex();
        check.certificateNotBefore = certificate->notBefore();
        check.certificateNotAfter = certificate->notAfter();
        check.certificateSha256 = certificate->sha256FingerprintHex();
        if (auto rut = certificate->holderRut())
            check.certificateHolderRut = rut.value();
    }

    // The SII's way: the DTE cut out with only the namespaces it uses, parsed and verified on its own.
    DteSignatureVerifier::Outcome verifyAsSii(const LocatedDte& located, const ParsedXml& parsed,
                                              const QByteArray& fileBytes, const Dte& dte,
                                              const DteSignatureVerifier::Keys& keys, QStringList& notes)
    {
        const DteFragment fragment = DteFragment::build(located, fileBytes, parsed.encoding);
        notes << fragment.notes();
        auto fragmentDoc = SafeXmlParser::parse(fragment.bytes(), dte.sourceName());
        if (!fragmentDoc) {
            DteSignatureVerifier::Outcome failed;
            failed.verdict.detail
                = QCoreApplication::translate("DteReader", "El DTE no se pudo leer como documento independiente: %1").arg(fragmentDoc.error().message());
            return failed;
        }
        xmlDoc* doc = fragmentDoc->document.get();
        return DteSignatureVerifier::verify(doc, xmlDocGetRootElement(doc), keys, DteSignatureVerifier::countIds(doc));
    }

    DteCheck checkDte(const LocatedDte& located, const ParsedXml& parsed, const QByteArray& fileBytes, const Dte& dte,
                      const XmlSchema* schema, const QHash<QString, int>& idCounts)
    {
        DteCheck check;
        check.schemaErrors = schema->validate(located.node);
        check.schemaValid = check.schemaErrors.isEmpty();
        check.tedPresent = !dte.ted().isEmpty();
        check.signaturePresent = DteSignatureVerifier::signatureOf(located.node) != nullptr;
        if (!check.signaturePresent)
            return check;

        const DteSignatureVerifier::Keys keys = DteSignatureVerifier::readKeys(located.node, dte.certificateDer());
        check.certificatePresent = keys.certificatePresent;
        check.certificateReadable = keys.certificateReadable;
        check.keyValueMatchesCertificate = keys.keyValueMatchesCertificate;
        if (keys.certificateReadable)
            describeCertificate(dte.certificateDer(), check);
        if (keys.certificatePresent && !keys.certificateReadable)
            check.notes << QCoreApplication::translate("DteReader", 
                "El certificado X509 de la firma no se puede leer; la firma se verificó con su KeyValue.");
        if (keys.certificateReadable && keys.keyValueKey && !keys.keyValueMatchesCertificate)
            check.notes << QCoreApplication::translate("DteReader", "La clave KeyValue de la firma no es la del certificado X509.");

        const auto strict = DteSignatureVerifier::verify(parsed.document.get(), located.node, keys, idCounts);
        const auto sii = verifyAsSii(located, parsed, fileBytes, dte, keys, check.notes);
        check.strict = strict.verdict;
        check.sii = sii.verdict;
        check.certificateSigned = strict.certificateKeyHolds || sii.certificateKeyHolds;
        check.keyValueSigned = strict.keyValueKeyHolds || sii.keyValueKeyHolds;
        return check;
    }

    Result<QList<DteInspection>> run(const QByteArray& fileBytes, const QString& fileName, bool withChecks)
    {
        auto parsed = SafeXmlParser::parse(fileBytes, fileName);
        if (!parsed)
            return parsed.error();
        auto located = DteLocator::locate(parsed.value(), fileBytes, fileName);
        if (!located)
            return located.error();
        const XmlSchema* schema = nullptr;
        QHash<QString, int> idCounts;
        if (withChecks) {
            auto compiled = DteSchema::instance();
            if (!compiled)
                return compiled.error();
            schema = compiled.value();
            idCounts = DteSignatureVerifier::countIds(parsed->document.get());
        }
        QList<DteInspection> inspections;
        for (int i = 0; i < located->dtes.size(); ++i) {
            const LocatedDte& dte = located->dtes.at(i);
            DteInspection inspection {
                DteFieldReader::read(dte, parsed.value(), fileBytes, fileName, i, located->container), {}
            };
            if (withChecks)
                inspection.check = checkDte(dte, parsed.value(), fileBytes, inspection.dte, schema, idCounts);
            qCDebug(lcDte).noquote() << fileName << "DTE" << i << inspection.dte.naturalKey()
                                     << DteCheck::statusName(inspection.check.signatureStatus());
            inspections << inspection;
        }
        return inspections;
    }
} // namespace

Result<QList<Dte>> DteReader::load(const QByteArray& fileBytes, const QString& fileName)
{
    auto inspected = run(fileBytes, fileName, false);
    if (!inspected)
        return inspected.error();
    QList<Dte> dtes;
    for (const DteInspection& inspection : inspected.value())
        dtes << inspection.dte;
    return dtes;
}

Result<QList<DteInspection>> DteReader::inspect(const QByteArray& fileBytes, const QString& fileName)
{
    return run(fileBytes, fileName, true);
}

Result<QByteArray> DteReader::readFile(const QString& path)
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Io, QCoreApplication::translate("DteReader", "«%1»: no se puede leer: %2").arg(path, file.errorString()));
    if (file.size() > maxFileBytes) {
        return Error(ErrorCode::InvalidInput,
                     QCoreApplication::translate("DteReader", "«%1»: pesa %2 bytes y el máximo admitido es %3 bytes (20 MiB).")
                         .arg(name, QLocale::c().toString(file.size()), QLocale::c().toString(maxFileBytes)));
    }
    QByteArray bytes = file.read(maxFileBytes + 1);
    if (bytes.size() > maxFileBytes) {
        return Error(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("DteReader", "«%1»: supera el máximo admitido de %2 bytes (20 MiB).").arg(name, QLocale::c().toString(maxFileBytes)));
    }
    return bytes;
}

Result<QList<DteInspection>> DteReader::inspectFile(const QString& path)
{
    auto bytes = readFile(path);
    if (!bytes)
        return bytes.error();
    return inspect(bytes.value(), QFileInfo(path).fileName());
}

QJsonArray DteReader::toJson(const QList<DteInspection>& inspections)
{
    QJsonArray array;
    for (const DteInspection& inspection : inspections)
        array.append(inspection.toJson());
    return array;
}

} // namespace factora::core
