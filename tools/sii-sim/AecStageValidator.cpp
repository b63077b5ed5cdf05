// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "AecStageValidator.h"

#include "aec/AecVerifier.h"
#include "dte/DteReader.h"
#include "types/Rut.h"
#include "xml/LibXmlSupport.h"
#include "xml/SafeXmlParser.h"

namespace factora::siisim {

namespace libxml = core::libxml;
using libxml::firstChild;

namespace {
    QString textOf(const xmlNode* parent, const char* name)
    {
        return libxml::text(firstChild(parent, name)).trimmed();
    }

    bool sameRut(const QString& a, const QString& b)
    {
        auto ra = core::Rut::parse(a);
        auto rb = core::Rut::parse(b);
        if (ra && rb)
            return *ra == *rb;
        return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
    }

    const core::AecSignatureCheck* findSignature(const core::AecVerification& verification, const QString& element,
                                                 int index = 1)
    {
        for (const core::AecSignatureCheck& check : verification.signatures) {
            if (check.element == element && check.index == index)
                return &check;
        }
        return nullptr;
    }

    // The SII evidently accepts inner signatures (DocumentoDTECedido, DocumentoCesion) whose SignatureValue holds
    // with the signer's key although their digest no longer matches: the real annotated samples are like that
    // (sii-rtc.md §3.4, "SignedInfo OK, digest FAIL"). Their content stays protected by the envelope signature,
    // which is checked strictly (RFS). A SignedInfo the key did not sign is refused.
    bool innerSignatureAccepted(const core::AecSignatureCheck& check)
    {
        return check.holds() || check.strict.signatureValueMatches || check.siiWay.signatureValueMatches;
    }
} // namespace

AecStageValidator::AecStageValidator(const QByteArray& aec, const QString& fileName, const QString& rutCompany,
                                     const core::Clock& clock)
    : m_verification(core::AecVerifier::verify(aec, fileName, clock))
    , m_rutCompany(rutCompany)
{
    auto parsed = core::SafeXmlParser::parse(aec, fileName);
    if (parsed) {
        const xmlNode* documentoAec = firstChild(xmlDocGetRootElement(parsed->document.get()), "DocumentoAEC");
        const xmlNode* caratula = firstChild(documentoAec, "Caratula");
        m_hasCaratula = caratula != nullptr;
        m_caratulaCedente = textOf(caratula, "RutCedente");
        m_caratulaCesionario = textOf(caratula, "RutCesionario");
        m_caratulaMail = textOf(caratula, "MailContacto");
        for (const xmlNode* cesion : libxml::children(firstChild(documentoAec, "Cesiones"), "Cesion")) {
            const xmlNode* documento = firstChild(cesion, "DocumentoCesion");
            const xmlNode* idDte = firstChild(documento, "IdDTE");
            m_idDte << QStringList { textOf(idDte, "TipoDTE"), textOf(idDte, "RUTEmisor"), textOf(idDte, "RUTReceptor"),
                                     textOf(idDte, "Folio"),   textOf(idDte, "FchEmis"),   textOf(idDte, "MntTotal") };
            const xmlNode* cesionario = firstChild(documento, "Cesionario");
            m_lastCesionarioDireccion = textOf(cesionario, "Direccion");
            m_lastCesionarioEmail = textOf(cesionario, "eMail");
        }
    }
    auto dtes = core::DteReader::load(aec, fileName);
    if (!dtes)
        m_dteProblem = dtes.error().message();
    else if (dtes->size() != 1)
        m_dteProblem
            = QCoreApplication::translate("AecStageValidator", "el AEC contiene %1 DTE; debe contener exactamente uno.")
                  .arg(dtes->size());
    else if (!dtes->first().isComplete())
        m_dteProblem = dtes->first().problems().join(u"; ");
    else
        m_dte = dtes->first();
}

QString AecStageValidator::schemaProblem() const
{
    if (!m_verification)
        return m_verification.error().message();
    if (!m_verification->schemaValid)
        return QCoreApplication::translate("AecStageValidator", "el AEC no cumple AEC_v10.xsd: %1")
            .arg(m_verification->schemaErrors.mid(0, 3).join(u"; "));
    return {};
}

QString AecStageValidator::envelopeProblem() const
{
    int count = 0;
    for (const core::AecSignatureCheck& check : m_verification->signatures)
        count += check.element == u"DocumentoAEC" ? 1 : 0;
    if (count != 1)
        return QCoreApplication::translate("AecStageValidator",
                                           "DocumentoAEC debe tener exactamente una firma; tiene %1.")
            .arg(count);
    const core::AecSignatureCheck* envelope = findSignature(*m_verification, QStringLiteral("DocumentoAEC"));
    if (!envelope->strict.verified)
        return QCoreApplication::translate("AecStageValidator", "la firma de DocumentoAEC (%1) no es válida: %2")
            .arg(envelope->id, envelope->strict.detail);
    return {};
}

QString AecStageValidator::caratulaProblem() const
{
    if (!m_hasCaratula)
        return QCoreApplication::translate("AecStageValidator", "el AEC no tiene Caratula.");
    if (!core::Rut::parse(m_caratulaCedente))
        return QCoreApplication::translate("AecStageValidator", "RutCedente «%1» no es un RUT válido.")
            .arg(m_caratulaCedente);
    if (!core::Rut::parse(m_caratulaCesionario))
        return QCoreApplication::translate("AecStageValidator", "RutCesionario «%1» no es un RUT válido.")
            .arg(m_caratulaCesionario);
    if (!sameRut(m_caratulaCedente, m_rutCompany))
        return QCoreApplication::translate("AecStageValidator",
                                           "RutCedente de la carátula (%1) no es la empresa del envío (rutCompany %2).")
            .arg(m_caratulaCedente, m_rutCompany);
    if (!m_caratulaMail.isEmpty() && !m_caratulaMail.contains(u'@'))
        return QCoreApplication::translate("AecStageValidator", "MailContacto «%1» no es una dirección de correo.")
            .arg(m_caratulaMail);
    const QList<core::AecCesionSummary>& cesiones = m_verification->cesiones;
    if (cesiones.isEmpty())
        return QCoreApplication::translate("AecStageValidator",
                                           "el AEC no tiene cesiones que la carátula pueda nombrar.");
    if (!sameRut(m_caratulaCedente, cesiones.last().cedenteRut))
        return QCoreApplication::translate("AecStageValidator",
                                           "RutCedente de la carátula (%1) no es el cedente de la última cesión (%2).")
            .arg(m_caratulaCedente, cesiones.last().cedenteRut);
    if (!sameRut(m_caratulaCesionario, cesiones.last().cesionarioRut))
        return QCoreApplication::translate(
                   "AecStageValidator",
                   "RutCesionario de la carátula (%1) no es el cesionario de la última cesión (%2).")
            .arg(m_caratulaCesionario, cesiones.last().cesionarioRut);
    return {};
}

QString AecStageValidator::documentProblem() const
{
    if (!m_dte)
        return QCoreApplication::translate("AecStageValidator", "no se pudo leer el DTE cedido: %1").arg(m_dteProblem);
    const core::Dte& dte = *m_dte;
    const int tipo = dte.tipo();
    if (tipo != 33 && tipo != 34 && tipo != 43 && tipo != 46)
        return QCoreApplication::translate("AecStageValidator",
                                           "el DTE es de tipo %1, que no es cedible (solo 33, 34, 43 y 46).")
            .arg(tipo);
    if (dte.fechaEmision() < QDate(2003, 4, 1) || dte.fechaEmision() > QDate(2050, 12, 31))
        return QCoreApplication::translate(
                   "AecStageValidator",
                   "la fecha de emisión del DTE (%1) está fuera del rango 2003-04-01 a 2050-12-31.")
            .arg(dte.fechaEmision().toString(Qt::ISODate));
    const core::AecSignatureCheck* emitter = findSignature(*m_verification, QStringLiteral("DTE/Documento"));
    if (emitter == nullptr)
        return QCoreApplication::translate("AecStageValidator", "el DTE %1 no trae la firma del emisor.")
            .arg(dte.naturalKey());
    if (!emitter->holds())
        return QCoreApplication::translate("AecStageValidator", "la firma del emisor sobre el DTE %1 no es válida: %2")
            .arg(dte.naturalKey(), emitter->siiWay.detail);
    for (int c = 0; c < m_idDte.size(); ++c) {
        const QStringList& id = m_idDte.at(c);
        if (id.at(0).toInt() != tipo || !sameRut(id.at(1), dte.emisor().rut) || !sameRut(id.at(2), dte.receptor().rut)
            || id.at(3).toLongLong() != dte.folio() || QDate::fromString(id.at(4), Qt::ISODate) != dte.fechaEmision()
            || id.at(5).toLongLong() != dte.montos().total.pesos())
            return QCoreApplication::translate("AecStageValidator",
                                               "IdDTE de la cesión %1 (%2) no coincide con el DTE cedido (%3).")
                .arg(c + 1)
                .arg(id.join(u' '), dte.naturalKey());
    }
    for (const core::AecSignatureCheck& check : m_verification->signatures) {
        if ((check.element == u"DocumentoDTECedido" || check.element.startsWith(u"DocumentoRecibo"))
            && !innerSignatureAccepted(check))
            return QCoreApplication::translate("AecStageValidator", "la firma de %1 (%2) no es válida: %3")
                .arg(check.element, check.id, check.siiWay.detail);
    }
    if (findSignature(*m_verification, QStringLiteral("DocumentoDTECedido")) == nullptr)
        return QCoreApplication::translate("AecStageValidator", "DocumentoDTECedido no está firmado.");
    return {};
}

QString AecStageValidator::cessionProblem(const QList<AnnotatedCession>& annotated) const
{
    const core::AecVerification& verification = *m_verification;
    for (const core::AecSignatureCheck& check : verification.signatures) {
        if (check.element.startsWith(u"DocumentoCesion") && !innerSignatureAccepted(check))
            return QCoreApplication::translate("AecStageValidator", "la firma %1 de %2 (%3) no es válida: %4")
                .arg(check.index)
                .arg(check.element, check.id, check.siiWay.detail);
    }
    if (!verification.chainProblems.isEmpty())
        return verification.chainProblems.first();
    if (!verification.ruleProblems.isEmpty())
        return verification.ruleProblems.first();

    const int count = static_cast<int>(verification.cesiones.size());
    for (int c = 0; c + 1 < count; ++c) {
        if (c >= annotated.size())
            return QCoreApplication::translate(
                       "AecStageValidator",
                       "la cesión %1 del archivo no está anotada en el registro: el documento %2 tiene %3 cesiones "
                       "anotadas.")
                .arg(c + 1)
                .arg(verification.dteKey)
                .arg(annotated.size());
        if (annotated.at(c).digest != signatureDigest(c))
            return QCoreApplication::translate(
                       "AecStageValidator",
                       "la cesión %1 del archivo no coincide con la anotada en el registro (TRACKID %2).")
                .arg(c + 1)
                .arg(annotated.at(c).trackId);
    }
    if (count <= annotated.size()) {
        const AnnotatedCession& registered = annotated.at(count - 1);
        if (registered.digest == signatureDigest(count - 1))
            return QCoreApplication::translate(
                       "AecStageValidator",
                       "la cesión %1 del documento %2 ya está anotada en el registro (TRACKID %3): envío duplicado.")
                .arg(count)
                .arg(verification.dteKey, registered.trackId);
        return QCoreApplication::translate(
                   "AecStageValidator",
                   "el documento %1 ya tiene anotada la cesión %2 a %3; el cedente de una nueva cesión debe ser el "
                   "último cesionario (%4).")
            .arg(verification.dteKey)
            .arg(count)
            .arg(registered.cesionarioRut, annotated.last().cesionarioRut);
    }
    return {};
}

QString AecStageValidator::dteKey() const
{
    return m_verification ? m_verification->dteKey : QString();
}

AnnotatedCession AecStageValidator::lastCession() const
{
    AnnotatedCession cession;
    const core::AecCesionSummary& last = m_verification->cesiones.last();
    cession.dteKey = m_verification->dteKey;
    cession.deudorRut = m_dte ? m_dte->receptor().rut : QString();
    cession.seq = last.seq;
    cession.digest = signatureDigest(static_cast<int>(m_verification->cesiones.size()) - 1);
    cession.cedenteRut = last.cedenteRut;
    cession.cesionarioRut = last.cesionarioRut;
    cession.cesionarioRazonSocial = last.cesionarioRazonSocial;
    cession.cesionarioDireccion = m_lastCesionarioDireccion;
    cession.cesionarioEmail = m_lastCesionarioEmail;
    cession.monto = last.monto;
    cession.tmstCesion = last.tmstCesion;
    cession.ultimoVencimiento = last.ultimoVencimiento;
    cession.declaracionJurada = last.declaracionJurada;
    return cession;
}

QString AecStageValidator::signatureDigest(int cesion) const
{
    const core::AecSignatureCheck* check
        = findSignature(*m_verification, QStringLiteral("DocumentoCesion %1").arg(cesion + 1));
    return check != nullptr ? check->computedDigest : QString();
}

} // namespace factora::siisim
