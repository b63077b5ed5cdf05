// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "AecVerifier.h"

#include "AecSchema.h"
#include "AecSignatureVerifier.h"
#include "dte/DteReader.h"
#include "dte/DteSignatureVerifier.h"
#include "types/Rut.h"
#include "xml/SafeXmlParser.h"
#include "xml/XmlElementScanner.h"
#include "xml/XmlRuntime.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace factora::core {

namespace {
    using libxml::firstChild;

    QString textOf(const xmlNode* parent, const char* name)
    {
        return libxml::text(firstChild(parent, name)).trimmed();
    }

    bool sameRut(const QString& a, const QString& b)
    {
        auto ra = Rut::parse(a);
        auto rb = Rut::parse(b);
        if (ra && rb)
            return *ra == *rb;
        return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
    }

    // The element child of @p parent carrying an ID attribute (Documento, DocumentoCesion …), or nullptr.
    xmlNode* signedChild(const xmlNode* parent)
    {
        for (xmlNode* child = parent != nullptr ? parent->children : nullptr; child != nullptr; child = child->next) {
            if (child->type == XML_ELEMENT_NODE && !libxml::attribute(child, "ID").isNull())
                return child;
        }
        return nullptr;
    }

    QList<xmlNode*> signaturesOf(const xmlNode* parent)
    {
        QList<xmlNode*> signatures;
        for (xmlNode* child = parent != nullptr ? parent->children : nullptr; child != nullptr; child = child->next) {
            if (libxml::isElement(child, "Signature") && libxml::namespaceUri(child) == libxml::xmlDsigNamespace)
                signatures << child;
        }
        return signatures;
    }

    // The wrapper's bytes as a document of its own, with only the SiiDte default namespace added when the wrapper
    // does not declare one: how the SII checks inner documents (§3.4 of the reference).
    QByteArray fragmentOf(const QByteArray& bytes, const XmlElementSpan& span, const QString& encoding)
    {
        QByteArray startTag = bytes.mid(span.start, span.startTagEnd - span.start);
        static const QRegularExpression defaultNs(QStringLiteral("\\sxmlns\\s*="));
        if (!defaultNs.match(QString::fromLatin1(startTag)).hasMatch())
            startTag.insert(1 + span.qualifiedName.size(), " xmlns=\"http://www.sii.cl/SiiDte\"");
        return "<?xml version=\"1.0\" encoding=\"" + encoding.toLatin1() + "\"?>\n" + startTag
            + bytes.mid(span.startTagEnd, span.end - span.startTagEnd);
    }

    // Verifies the @p index-th signature (from 0) of the fragment's root element.
    DteSignatureVerdict verifyFragment(const QByteArray& fragment, int index)
    {
        DteSignatureVerdict verdict;
        auto parsed = SafeXmlParser::parse(fragment, QStringLiteral("fragmento"));
        if (!parsed) {
            verdict.detail = AecVerifier::tr("El fragmento no se puede leer: %1").arg(parsed.error().message());
            return verdict;
        }
        xmlDoc* doc = parsed->document.get();
        xmlNode* root = xmlDocGetRootElement(doc);
        const QList<xmlNode*> signatures = signaturesOf(root);
        if (index >= signatures.size()) {
            verdict.detail = AecVerifier::tr("El fragmento no tiene la firma %1.").arg(index + 1);
            return verdict;
        }
        return AecSignatureVerifier::verify(doc, signatures.at(index), signedChild(root),
                                            DteSignatureVerifier::countIds(doc));
    }

    AecCesionSummary summaryOf(const xmlNode* documentoCesion)
    {
        AecCesionSummary summary;
        summary.seq = textOf(documentoCesion, "SeqCesion").toInt();
        const xmlNode* cedente = firstChild(documentoCesion, "Cedente");
        const xmlNode* cesionario = firstChild(documentoCesion, "Cesionario");
        summary.cedenteRut = textOf(cedente, "RUT");
        summary.cedenteRazonSocial = textOf(cedente, "RazonSocial");
        summary.cesionarioRut = textOf(cesionario, "RUT");
        summary.cesionarioRazonSocial = textOf(cesionario, "RazonSocial");
        summary.monto = textOf(documentoCesion, "MontoCesion").toLongLong();
        summary.ultimoVencimiento = QDate::fromString(textOf(documentoCesion, "UltimoVencimiento"), Qt::ISODate);
        summary.tmstCesion = textOf(documentoCesion, "TmstCesion");
        for (const xmlNode* autorizado : libxml::children(cedente, "RUTAutorizado"))
            summary.autorizados << textOf(autorizado, "RUT");
        summary.declaracionJurada = firstChild(cedente, "DeclaracionJurada") != nullptr;
        return summary;
    }
} // namespace

Result<AecVerification> AecVerifier::verifyFile(const QString& path, const Clock& clock)
{
    auto bytes = DteReader::readFile(path);
    if (!bytes)
        return bytes.error();
    return verify(*bytes, path, clock);
}

Result<AecVerification> AecVerifier::verify(const QByteArray& bytes, const QString& fileName, const Clock& clock)
{
    if (auto ready = XmlRuntime::initialize(); !ready)
        return ready.error();
    auto parsed = SafeXmlParser::parse(bytes, fileName);
    if (!parsed)
        return parsed.error();
    xmlDoc* doc = parsed->document.get();
    xmlNode* root = xmlDocGetRootElement(doc);
    xmlNode* documentoAec = firstChild(root, "DocumentoAEC");
    xmlNode* cesionesNode = firstChild(documentoAec, "Cesiones");
    if (!libxml::isElement(root, "AEC") || cesionesNode == nullptr)
        return Error(ErrorCode::InvalidInput, tr("%1: no es un AEC (falta AEC/DocumentoAEC/Cesiones).").arg(fileName));

    AecVerification result;
    result.fileName = fileName;
    result.encoding = parsed->encoding;
    const QString fragmentEncoding
        = parsed->declaredEncoding.isEmpty() ? QStringLiteral("UTF-8") : parsed->declaredEncoding;

    auto schema = AecSchema::instance();
    if (!schema)
        return schema.error();
    result.schemaErrors = (*schema)->validate(doc);
    result.schemaValid = result.schemaErrors.isEmpty();

    auto spans = XmlElementScanner::scan(bytes,
                                         { QByteArrayLiteral("DTE"), QByteArrayLiteral("DTECedido"),
                                           QByteArrayLiteral("Cesion"), QByteArrayLiteral("Recibo") });
    if (!spans)
        return spans.error();
    QList<XmlElementSpan> dteSpans, dteCedidoSpans, cesionSpans, reciboSpans;
    for (const XmlElementSpan& span : *spans) {
        const QByteArray local = span.qualifiedName.mid(span.qualifiedName.indexOf(':') + 1);
        if (local == "DTE" && span.depth == 5)
            dteSpans << span;
        else if (local == "DTECedido" && span.depth == 3)
            dteCedidoSpans << span;
        else if (local == "Cesion" && span.depth == 3)
            cesionSpans << span;
        else if (local == "Recibo" && span.depth == 5)
            reciboSpans << span;
    }

    const QHash<QString, int> idCounts = DteSignatureVerifier::countIds(doc);
    auto check = [&](const QString& element, int index, xmlNode* signature, xmlNode* signedElement,
                     const std::optional<XmlElementSpan>& wrapper) {
        AecSignatureCheck entry;
        entry.element = element;
        entry.index = index + 1;
        entry.id = libxml::attribute(signedElement, "ID");
        const AecSignatureVerifier::Signer signer = AecSignatureVerifier::signerOf(signature);
        entry.signerRut = signer.rut;
        entry.signerName = signer.name;
        entry.computedDigest
            = signedElement != nullptr ? AecSignatureVerifier::canonicalDigest(doc, signedElement) : QString();
        entry.strict = AecSignatureVerifier::verify(doc, signature, signedElement, idCounts);
        if (wrapper)
            entry.siiWay = verifyFragment(fragmentOf(bytes, *wrapper, fragmentEncoding), index);
        else
            entry.siiWay = entry.strict; // DocumentoAEC: the SII checks the outer signature in context
        result.signatures << entry;
    };

    // DTECedido and the emitter's DTE.
    const QList<xmlNode*> dteCedidos = libxml::children(cesionesNode, "DTECedido");
    xmlNode* documentoDteCedido = firstChild(dteCedidos.value(0), "DocumentoDTECedido");
    xmlNode* dteNode = firstChild(documentoDteCedido, "DTE");
    if (dteNode != nullptr) {
        const QList<xmlNode*> signatures = signaturesOf(dteNode);
        for (int i = 0; i < signatures.size(); ++i)
            check(QStringLiteral("DTE/Documento"), i, signatures.at(i), signedChild(dteNode),
                  dteSpans.isEmpty() ? std::nullopt : std::optional(dteSpans.first()));
    }
    const QList<xmlNode*> recibos = libxml::children(documentoDteCedido, "Recibo");
    for (int r = 0; r < recibos.size(); ++r) {
        const QList<xmlNode*> signatures = signaturesOf(recibos.at(r));
        for (int i = 0; i < signatures.size(); ++i)
            check(QStringLiteral("DocumentoRecibo %1").arg(r + 1), i, signatures.at(i),
                  firstChild(recibos.at(r), "DocumentoRecibo"),
                  r < reciboSpans.size() ? std::optional(reciboSpans.at(r)) : std::nullopt);
    }
    if (!dteCedidos.isEmpty()) {
        const QList<xmlNode*> signatures = signaturesOf(dteCedidos.first());
        for (int i = 0; i < signatures.size(); ++i)
            check(QStringLiteral("DocumentoDTECedido"), i, signatures.at(i), documentoDteCedido,
                  dteCedidoSpans.isEmpty() ? std::nullopt : std::optional(dteCedidoSpans.first()));
    }
    const QList<xmlNode*> cesiones = libxml::children(cesionesNode, "Cesion");
    QList<QStringList> signerRuts;
    for (int c = 0; c < cesiones.size(); ++c) {
        xmlNode* documentoCesion = firstChild(cesiones.at(c), "DocumentoCesion");
        result.cesiones << summaryOf(documentoCesion);
        const QList<xmlNode*> signatures = signaturesOf(cesiones.at(c));
        QStringList ruts;
        for (int i = 0; i < signatures.size(); ++i) {
            check(QStringLiteral("DocumentoCesion %1").arg(c + 1), i, signatures.at(i), documentoCesion,
                  c < cesionSpans.size() ? std::optional(cesionSpans.at(c)) : std::nullopt);
            ruts << result.signatures.last().signerRut;
        }
        signerRuts << ruts;
    }
    for (xmlNode* signature : signaturesOf(root))
        check(QStringLiteral("DocumentoAEC"), 0, signature, documentoAec, std::nullopt);

    // The ceded DTE.
    auto dtes = DteReader::load(bytes, fileName);
    std::optional<Dte> dte;
    if (dtes && dtes->size() == 1 && dtes->first().isComplete()) {
        dte = dtes->first();
        result.dteKey = dte->naturalKey();
    } else {
        result.ruleProblems << tr("No se pudo leer el DTE cedido: %1")
                                   .arg(dtes ? (dtes->isEmpty() ? tr("no hay DTE")
                                                                : dtes->first().problems().join(u"; "))
                                             : dtes.error().message());
    }

    // The chain of cessions.
    if (dteCedidos.size() != 1)
        result.chainProblems << tr("El AEC debe tener un DTECedido; tiene %1.").arg(dteCedidos.size());
    if (result.cesiones.isEmpty())
        result.chainProblems << tr("El AEC no tiene cesiones.");
    for (int c = 0; c < result.cesiones.size(); ++c) {
        const AecCesionSummary& cesion = result.cesiones.at(c);
        if (cesion.seq != c + 1)
            result.chainProblems << tr("La cesión %1 tiene SeqCesion %2; se esperaba %1.").arg(c + 1).arg(cesion.seq);
        if (c == 0 && dte && !sameRut(cesion.cedenteRut, dte->emisor().rut))
            result.chainProblems << tr("El cedente de la primera cesión (%1) no es el emisor del DTE (%2).")
                                        .arg(cesion.cedenteRut, dte->emisor().rut);
        if (c > 0 && !sameRut(cesion.cedenteRut, result.cesiones.at(c - 1).cesionarioRut))
            result.chainProblems << tr("El cedente de la cesión %1 (%2) no es el cesionario de la anterior (%3).")
                                        .arg(c + 1)
                                        .arg(cesion.cedenteRut, result.cesiones.at(c - 1).cesionarioRut);
    }

    // The SII's rules (§4).
    const QDateTime now = clock.nowUtc();
    QTimeZone chile(QByteArrayLiteral("America/Santiago"));
    if (!chile.isValid())
        chile = QTimeZone(-4 * 3600);
    for (int c = 0; c < cesiones.size(); ++c) {
        const AecCesionSummary& cesion = result.cesiones.at(c);
        const QString label = tr("Cesión %1: ").arg(c + 1);
        const xmlNode* idDte = firstChild(firstChild(cesiones.at(c), "DocumentoCesion"), "IdDTE");
        const int tipo = textOf(idDte, "TipoDTE").toInt();
        if (tipo != 33 && tipo != 34 && tipo != 43 && tipo != 46)
            result.ruleProblems << label + tr("el tipo %1 no es cedible (solo 33, 34, 43 y 46).").arg(tipo);
        if (dte) {
            if (tipo != dte->tipo() || textOf(idDte, "Folio").toLongLong() != dte->folio()
                || !sameRut(textOf(idDte, "RUTEmisor"), dte->emisor().rut)
                || !sameRut(textOf(idDte, "RUTReceptor"), dte->receptor().rut)
                || QDate::fromString(textOf(idDte, "FchEmis"), Qt::ISODate) != dte->fechaEmision()
                || textOf(idDte, "MntTotal").toLongLong() != dte->montos().total.pesos())
                result.ruleProblems << label + tr("IdDTE no coincide con el DTE cedido.");
            if (cesion.monto > dte->montos().total.pesos())
                result.ruleProblems << label
                        + tr("el monto cedido (%1) supera el total del DTE (%2).")
                              .arg(cesion.monto)
                              .arg(dte->montos().total.pesos());
            if (cesion.ultimoVencimiento.isValid() && cesion.ultimoVencimiento < dte->fechaEmision())
                result.ruleProblems << label
                        + tr("el último vencimiento (%1) es anterior a la emisión (%2).")
                              .arg(cesion.ultimoVencimiento.toString(Qt::ISODate),
                                   dte->fechaEmision().toString(Qt::ISODate));
        }
        QDateTime tmst = QDateTime::fromString(cesion.tmstCesion, Qt::ISODate);
        if (tmst.isValid() && tmst.timeSpec() == Qt::LocalTime)
            tmst = QDateTime(tmst.date(), tmst.time(), chile);
        if (tmst.isValid() && tmst > now)
            result.ruleProblems << label + tr("la fecha de cesión (%1) es futura.").arg(cesion.tmstCesion);
        if (!Rut::parse(cesion.cesionarioRut))
            result.ruleProblems << label + tr("el RUT del cesionario (%1) no es válido.").arg(cesion.cesionarioRut);
        for (const QString& autorizado : cesion.autorizados) {
            if (!Rut::parse(autorizado))
                result.ruleProblems << label + tr("el RUT autorizado %1 no es válido.").arg(autorizado);
        }
        const QStringList& ruts = signerRuts.at(c);
        if (ruts.size() != cesion.autorizados.size())
            result.ruleProblems << label
                    + tr("tiene %1 firmas para %2 RUT autorizados.").arg(ruts.size()).arg(cesion.autorizados.size());
        for (int i = 0; i < qMin(ruts.size(), cesion.autorizados.size()); ++i) {
            if (!sameRut(ruts.at(i), cesion.autorizados.at(i)))
                result.ruleProblems << label
                        + tr("la firma %1 es de «%2», no del RUT autorizado %3.")
                              .arg(i + 1)
                              .arg(ruts.at(i).isEmpty() ? tr("un certificado sin RUT") : ruts.at(i),
                                   cesion.autorizados.at(i));
        }
        if (c > 0 && result.cesiones.at(c - 1).declaracionJurada && !cesion.declaracionJurada)
            result.ruleProblems << label + tr("la cesión anterior incluye declaración jurada y esta no.");
    }
    if (!result.cesiones.isEmpty()) {
        const xmlNode* caratula = firstChild(documentoAec, "Caratula");
        const AecCesionSummary& last = result.cesiones.last();
        if (!sameRut(textOf(caratula, "RutCedente"), last.cedenteRut)
            || !sameRut(textOf(caratula, "RutCesionario"), last.cesionarioRut))
            result.ruleProblems << tr("La carátula (%1 → %2) no nombra al cedente y cesionario de la última cesión "
                                      "(%3 → %4).")
                                       .arg(textOf(caratula, "RutCedente"), textOf(caratula, "RutCesionario"),
                                            last.cedenteRut, last.cesionarioRut);
    }
    return result;
}

} // namespace factora::core
