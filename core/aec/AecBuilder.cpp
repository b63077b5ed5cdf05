// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "AecBuilder.h"

#include "AecLogging.h"
#include "AecPreviousFile.h"
#include "AecSchema.h"
#include "AecXmlSigner.h"
#include "crypto/Pkcs12Bundle.h"
#include "types/Rut.h"
#include "xml/LibXmlSupport.h"
#include "xml/SafeXmlParser.h"

#include <QTimeZone>
#include <QUuid>

namespace factora::core {

namespace {
    const QByteArray xmlDeclaration = QByteArrayLiteral("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n");
    // Exactly the namespaces of the AEC root, declared on every fragment signed standalone (§3.5).
    const QByteArray rootNamespaces = QByteArrayLiteral(
        "xmlns=\"http://www.sii.cl/SiiDte\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"");

    const QSet<int>& cedibleTypes()
    {
        static const QSet<int> types { 33, 34, 43, 46 };
        return types;
    }

    QByteArray newId(const char* prefix)
    {
        return QByteArray(prefix) + QUuid::createUuid().toByteArray(QUuid::Id128);
    }

    // Looked up once per process: reading the zone's rules is a measurable part of building an AEC.
    const QTimeZone& chileZone()
    {
        static const QTimeZone zone = [] {
            const QTimeZone santiago(QByteArrayLiteral("America/Santiago"));
            if (santiago.isValid())
                return santiago;
            qCWarning(lcAec) << "time zone America/Santiago unavailable; writing times at UTC-04:00";
            return QTimeZone(-4 * 3600);
        }();
        return zone;
    }

    QByteArray localTimestamp(const QDateTime& utc)
    {
        return utc.toTimeZone(chileZone()).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")).toLatin1();
    }

    // Accumulates the XML of one fragment; the first field that cannot be written becomes the error.
    class Writer
    {
    public:
        void raw(const QByteArray& bytes) { m_xml += bytes; }

        // <name>value</name>, value escaped and in ISO-8859-1, its length (in characters) within [min, max].
        void field(const char* name, const QString& value, int min, int max, const QString& label)
        {
            if (m_error)
                return;
            if (value.size() < min || value.size() > max) {
                m_error = Error(ErrorCode::InvalidInput,
                                AecBuilder::tr("Regla de largo de campos: %1 («%2») tiene %3 caracteres; el SII "
                                               "admite entre %4 y %5.")
                                    .arg(label, value)
                                    .arg(value.size())
                                    .arg(min)
                                    .arg(max));
                return;
            }
            QByteArray escaped;
            for (const QChar c : value) {
                if (c.unicode() > 0xFF || (c.unicode() < 0x20 && c != u'\t' && c != u'\n' && c != u'\r')
                    || (c.unicode() >= 0x7F && c.unicode() < 0xA0)) {
                    m_error = Error(ErrorCode::InvalidInput,
                                    AecBuilder::tr("Regla de codificación: %1 («%2») contiene el carácter U+%3, que no "
                                                   "se puede escribir en ISO-8859-1.")
                                        .arg(label, value)
                                        .arg(c.unicode(), 4, 16, QLatin1Char('0')));
                    return;
                }
                switch (c.unicode()) {
                case u'&':
                    escaped += "&amp;";
                    break;
                case u'<':
                    escaped += "&lt;";
                    break;
                case u'>':
                    escaped += "&gt;";
                    break;
                case u'\r':
                    escaped += "&#13;";
                    break;
                default:
                    escaped += static_cast<char>(c.unicode());
                }
            }
            m_xml += '<' + QByteArray(name) + '>' + escaped + "</" + QByteArray(name) + ">\n";
        }

        const QByteArray& xml() const { return m_xml; }
        const std::optional<Error>& error() const { return m_error; }

    private:
        QByteArray m_xml;
        std::optional<Error> m_error;
    };

    // A signed Recibo for @p dte: well-formed on its own, about this DTE; returns its DocumentoRecibo ID.
    Result<QString> checkRecibo(const QByteArray& bytes, const Dte& dte)
    {
        QByteArray element = bytes.trimmed();
        if (!element.startsWith("<Recibo"))
            return Error(ErrorCode::InvalidInput, AecBuilder::tr("no empieza con <Recibo>."));
        if (!element.left(element.indexOf('>')).contains("xmlns=\""))
            element.insert(7, " xmlns=\"http://www.sii.cl/SiiDte\"");
        auto parsed = SafeXmlParser::parse(
            QByteArrayLiteral("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n") + element, QStringLiteral("Recibo"));
        if (!parsed)
            return parsed.error();
        const xmlNode* root = xmlDocGetRootElement(parsed->document.get());
        const xmlNode* documento = libxml::firstChild(root, "DocumentoRecibo");
        const QString id = libxml::attribute(documento, "ID");
        if (!libxml::isElement(root, "Recibo") || documento == nullptr || id.isEmpty()
            || libxml::firstChild(root, "Signature") == nullptr)
            return Error(ErrorCode::InvalidInput,
                         AecBuilder::tr("debe ser un Recibo firmado con DocumentoRecibo e ID."));
        auto field
            = [documento](const char* name) { return libxml::text(libxml::firstChild(documento, name)).trimmed(); };
        auto emisor = Rut::parse(field("RUTEmisor"));
        auto dteEmisor = Rut::parse(dte.emisor().rut);
        if (field("TipoDoc").toInt() != dte.tipo() || field("Folio").toLongLong() != dte.folio() || !emisor
            || !dteEmisor || *emisor != *dteEmisor)
            return Error(ErrorCode::InvalidInput,
                         AecBuilder::tr("es del documento %1/%2/%3, no del DTE cedido %4.")
                             .arg(field("RUTEmisor"), field("TipoDoc"), field("Folio"), dte.naturalKey()));
        return id;
    }

    // An AEC as text pieces around its new signatures: with unsigned templates to parse and sign, then with the
    // signed elements. Each signature slot is followed by a line break, as in the fragment-by-fragment procedure.
    class AecText
    {
    public:
        void append(const QByteArray& bytes) { m_texts.last() += bytes; }

        void appendSignature(const QByteArray& id, const Pkcs12Bundle* signer)
        {
            m_jobs << AecXmlSigner::Job { id, signer };
            m_texts << QByteArray();
        }

        const QList<AecXmlSigner::Job>& jobs() const { return m_jobs; }

        QByteArray withTemplates() const
        {
            QList<QByteArray> templates;
            for (const AecXmlSigner::Job& job : m_jobs)
                templates << AecXmlSigner::signatureTemplate(job.id);
            return joined(templates);
        }

        QByteArray withSignatures(const QList<QByteArray>& signatures) const { return joined(signatures); }

    private:
        QByteArray joined(const QList<QByteArray>& signatures) const
        {
            qsizetype size = 0;
            for (const QByteArray& piece : m_texts)
                size += piece.size();
            for (const QByteArray& signature : signatures)
                size += signature.size() + 1;
            QByteArray out;
            out.reserve(size);
            for (qsizetype i = 0; i < m_texts.size(); ++i) {
                out += m_texts.at(i);
                if (i < signatures.size())
                    out += signatures.at(i) + '\n';
            }
            return out;
        }

        QList<QByteArray> m_texts { QByteArray() };
        QList<AecXmlSigner::Job> m_jobs;
    };

    Error ruleError(const QString& message)
    {
        return Error(ErrorCode::InvalidInput, message);
    }

    // Signs the element with ID @p id inside the standalone document made of @p before + template + @p after, and
    // returns @p before + signature + @p after without the XML declaration (the fragment spliced into the AEC).
    Result<QByteArray> signedFragment(const QByteArray& before, const QByteArray& after, const QByteArray& id,
                                      const QList<const Pkcs12Bundle*>& signers)
    {
        QByteArray signatures;
        for (const Pkcs12Bundle* signer : signers) {
            const QByteArray document = xmlDeclaration + before + AecXmlSigner::signatureTemplate(id) + '\n' + after;
            auto signature = AecXmlSigner::sign(document, id, *signer);
            if (!signature)
                return signature.error();
            signatures += *signature + '\n';
        }
        return before + signatures + after;
    }
} // namespace

QString AecBuilder::declaracionJurada(const QString& cedenteNombre, const QString& cedenteRut,
                                      const QString& cesionarioNombre, const QString& cesionarioRut,
                                      const QString& deudorNombre, const QString& deudorRut)
{
    // The SII's mandated text (manual §C.1 field 14), signed as is: never translated.
    return QStringLiteral("Se declara bajo juramento que %1, RUT %2 ha puesto a disposición del cesionario %3, RUT %4, "
                          "el o los documentos donde constan los recibos de las mercaderías entregadas o servicios "
                          "prestados, entregados por parte del deudor de la factura %5, RUT %6, de acuerdo a lo "
                          "establecido en la Ley N° 19.983.")
        .arg(cedenteNombre, cedenteRut, cesionarioNombre, cesionarioRut, deudorNombre, deudorRut);
}

Result<AecBuildResult> AecBuilder::build(const AecRequest& request, const Pkcs12Bundle& signer, const Clock& clock)
{
    return build(request, QList<const Pkcs12Bundle*> { &signer }, clock);
}

Result<AecBuildResult> AecBuilder::build(const AecRequest& request, const QList<const Pkcs12Bundle*>& signers,
                                         const Clock& clock)
{
    return build(request, signers, clock, AecBuildOptions {});
}

Result<AecBuildResult> AecBuilder::build(const AecRequest& request, const QList<const Pkcs12Bundle*>& signers,
                                         const Clock& clock, const AecBuildOptions& options)
{
    AecBuildResult result;
    const QDateTime now = clock.nowUtc();

    // Certificates.
    if (signers.isEmpty() || signers.size() > 3)
        return ruleError(
            tr("Regla de firmantes: una cesión lleva de 1 a 3 firmas; se dieron %1 certificados.").arg(signers.size()));
    QList<QString> holderRuts;
    for (const Pkcs12Bundle* signer : signers) {
        if (auto usable = signer->checkUsableForSigning(clock); !usable)
            return ruleError(tr("Regla de certificado vigente: %1").arg(usable.error().message()));
        auto holder = signer->certificate().holderRut();
        if (!holder)
            return ruleError(tr("Regla de firmantes: el certificado de «%1» no trae el RUT de su titular: %2")
                                 .arg(signer->certificate().commonName(), holder.error().message()));
        holderRuts << *holder;
    }

    // The DTE, from the request or from the previous AEC.
    std::optional<AecPreviousFile> previous;
    if (!request.previousAec.isEmpty()) {
        auto read = AecPreviousFile::read(request.previousAec);
        if (!read)
            return read.error();
        previous = std::move(*read);
        if (!request.dte.xml().isEmpty() && request.dte.xml() != previous->dte.xml())
            return ruleError(tr("Regla de DTE: el DTE indicado no es el que contiene el AEC anterior (%1).")
                                 .arg(previous->dte.naturalKey()));
        result.warnings << previous->warnings;
    }
    const Dte& dte = previous ? previous->dte : request.dte;
    if (dte.xml().isEmpty())
        return ruleError(tr("Regla de DTE: falta el DTE a ceder."));
    if (!dte.isComplete())
        return ruleError(tr("Regla de DTE: el DTE %1 no se pudo leer completo: %2")
                             .arg(dte.naturalKey(), dte.problems().join(u"; ")));
    if (!cedibleTypes().contains(dte.tipo()))
        return ruleError(tr("Regla de tipo cedible: el DTE es de tipo %1; solo se ceden los tipos 33, 34, 43 y 46.")
                             .arg(dte.tipo()));
    if (!AecPreviousFile::sameInLatin1(dte.xml(), dte.encoding()))
        return ruleError(tr("Regla de DTE: el DTE %1 está en %2 con caracteres que en ISO-8859-1 significan otra "
                            "cosa; no se puede incluir byte a byte en un AEC en ISO-8859-1.")
                             .arg(dte.naturalKey(), dte.encoding()));

    // Electronic Recibos: copied byte for byte into DocumentoDTECedido, so only on a first cession.
    QSet<QString> reciboIds;
    if (!request.recibos.isEmpty()) {
        if (previous)
            return ruleError(tr("Regla de recibos: en una nueva cesión el DTECedido se copia tal cual; no se le pueden "
                                "agregar recibos."));
        if (request.recibos.size() > 40)
            return ruleError(
                tr("Regla de recibos: se dieron %1 recibos; el SII admite hasta 40.").arg(request.recibos.size()));
        for (qsizetype i = 0; i < request.recibos.size(); ++i) {
            auto recibo = checkRecibo(request.recibos.at(i), dte);
            if (!recibo)
                return ruleError(tr("Regla de recibos: recibo %1: %2").arg(i + 1).arg(recibo.error().message()));
            if (reciboIds.contains(*recibo) || *recibo == dte.documentId())
                return ruleError(tr("Regla de recibos: recibo %1: el ID «%2» se repite.").arg(i + 1).arg(*recibo));
            reciboIds.insert(*recibo);
        }
    }

    // Parties.
    AecParty cedente = request.cedente;
    if (previous) {
        const AecParty& last = previous->lastCesionario;
        if (cedente.rut.isEmpty())
            cedente.rut = last.rut;
        if (cedente.razonSocial.isEmpty())
            cedente.razonSocial = last.razonSocial;
        if (cedente.direccion.isEmpty())
            cedente.direccion = last.direccion;
        if (cedente.email.isEmpty())
            cedente.email = last.email;
    } else {
        if (cedente.rut.isEmpty())
            cedente.rut = dte.emisor().rut;
        if (cedente.razonSocial.isEmpty())
            cedente.razonSocial = dte.emisor().razonSocial;
        if (cedente.direccion.isEmpty()) {
            cedente.direccion = dte.emisor().direccion;
            if (!dte.emisor().comuna.isEmpty())
                cedente.direccion += QStringLiteral(", ") + dte.emisor().comuna;
        }
    }
    auto cedenteRut = Rut::parse(cedente.rut);
    if (!cedenteRut)
        return ruleError(tr("Regla de RUT: RUT del cedente: %1").arg(cedenteRut.error().message()));
    auto cesionarioRut = Rut::parse(request.cesionario.rut);
    if (!cesionarioRut)
        return ruleError(tr("Regla de RUT: RUT del cesionario: %1").arg(cesionarioRut.error().message()));
    if (previous) {
        auto lastCesionario = Rut::parse(previous->lastCesionario.rut);
        if (!lastCesionario || *lastCesionario != *cedenteRut)
            return ruleError(tr("Regla de cedente: en una nueva cesión el cedente (%1) debe ser el último cesionario "
                                "(%2).")
                                 .arg(cedenteRut->toString(), previous->lastCesionario.rut));
    } else {
        auto emitter = Rut::parse(dte.emisor().rut);
        if (!emitter || *emitter != *cedenteRut)
            return ruleError(tr("Regla de cedente: en la primera cesión el cedente (%1) debe ser el emisor del DTE "
                                "(%2).")
                                 .arg(cedenteRut->toString(), dte.emisor().rut));
    }
    if (*cesionarioRut == *cedenteRut)
        return ruleError(
            tr("Regla de cesionario: el cesionario no puede ser el mismo cedente (%1).").arg(cedenteRut->toString()));

    // Amount and dates.
    const Money monto = request.monto.value_or(dte.montos().total);
    if (monto.pesos() <= 0)
        return ruleError(tr("Regla de monto: el monto cedido debe ser positivo; es %1.").arg(monto.pesos()));
    if (monto > dte.montos().total)
        return ruleError(tr("Regla de monto: el monto cedido (%1) supera el total del DTE (%2).")
                             .arg(monto.pesos())
                             .arg(dte.montos().total.pesos()));
    QDate vencimiento = request.ultimoVencimiento;
    if (!vencimiento.isValid()) {
        vencimiento = dte.fechaEmision();
        for (const DtePayment& pago : dte.pagos()) {
            if (pago.fecha.isValid() && pago.fecha > vencimiento)
                vencimiento = pago.fecha;
        }
    }
    if (vencimiento < dte.fechaEmision())
        return ruleError(tr("Regla de vencimiento: el último vencimiento (%1) es anterior a la emisión del DTE (%2).")
                             .arg(vencimiento.toString(Qt::ISODate), dte.fechaEmision().toString(Qt::ISODate)));
    if (vencimiento > QDate(2050, 12, 31))
        return ruleError(tr("Regla de vencimiento: el último vencimiento (%1) es posterior al 2050-12-31 que admite "
                            "el SII.")
                             .arg(vencimiento.toString(Qt::ISODate)));
    const QDateTime fechaCesion = request.fechaCesion.isValid() ? request.fechaCesion.toUTC() : now;
    if (fechaCesion > now)
        return ruleError(
            tr("Regla de fecha de cesión: la fecha de cesión (%1) es futura; ahora es %2.")
                .arg(QString::fromLatin1(localTimestamp(fechaCesion)), QString::fromLatin1(localTimestamp(now))));
    if (fechaCesion.toTimeZone(chileZone()).date() < dte.fechaEmision())
        return ruleError(
            tr("Regla de fecha de cesión: la fecha de cesión (%1) es anterior a la emisión del DTE (%2).")
                .arg(QString::fromLatin1(localTimestamp(fechaCesion)), dte.fechaEmision().toString(Qt::ISODate)));

    // Authorised persons: one per certificate, the certificate's holder.
    QList<AecAuthorizedPerson> autorizados = request.autorizados;
    if (autorizados.isEmpty()) {
        for (const Pkcs12Bundle* signer : signers)
            autorizados << AecAuthorizedPerson { signer->certificate().holderRut().value(),
                                                 signer->certificate().commonName() };
    }
    if (autorizados.size() != signers.size())
        return ruleError(tr("Regla de firmantes: hay %1 personas autorizadas y %2 certificados; el SII exige una firma "
                            "por cada RUTAutorizado, en el mismo orden.")
                             .arg(autorizados.size())
                             .arg(signers.size()));
    for (qsizetype i = 0; i < autorizados.size(); ++i) {
        auto rut = Rut::parse(autorizados.at(i).rut);
        if (!rut)
            return ruleError(tr("Regla de RUT: RUT autorizado %1: %2").arg(i + 1).arg(rut.error().message()));
        autorizados[i].rut = rut->toString();
        if (autorizados.at(i).rut != holderRuts.at(i))
            return ruleError(tr("Regla de firmantes: el RUT autorizado %1 (%2) no es el del certificado que firma "
                                "(%3).")
                                 .arg(i + 1)
                                 .arg(autorizados.at(i).rut, holderRuts.at(i)));
    }

    // Declaración jurada.
    if (previous && previous->lastHadDeclaracion && !request.declaracionJurada)
        return ruleError(tr("Regla de declaración jurada: la cesión anterior la incluye, así que esta también debe "
                            "incluirla."));
    QString declaracion;
    if (request.declaracionJurada) {
        declaracion = declaracionJurada(cedente.razonSocial, cedenteRut->toString(), request.cesionario.razonSocial,
                                        cesionarioRut->toString(), dte.receptor().razonSocial, dte.receptor().rut);
        if (declaracion.size() > declaracionJuradaMaxLength) {
            result.warnings << tr("La declaración jurada tiene %1 caracteres y se cortó en %2, el máximo del SII.")
                                   .arg(declaracion.size())
                                   .arg(declaracionJuradaMaxLength);
            declaracion.truncate(declaracionJuradaMaxLength);
        }
    }

    const int seq = previous ? previous->lastSeq + 1 : 1;
    if (seq > 40)
        return ruleError(
            tr("Regla de secuencia: el DTE ya tiene %1 cesiones; el SII admite hasta 40.").arg(previous->lastSeq));

    // IDs unique in the whole file.
    QSet<QString> usedIds = previous ? previous->ids : QSet<QString> { dte.documentId() };
    usedIds.unite(reciboIds);
    auto uniqueId = [&usedIds, &options](const char* prefix) {
        QByteArray id;
        do {
            id = options.newId ? options.newId(QByteArray(prefix)) : newId(prefix);
        } while (usedIds.contains(QString::fromLatin1(id)));
        usedIds.insert(QString::fromLatin1(id));
        return id;
    };

    // DocumentoCesion.
    const QByteArray cesionId = uniqueId("Cesion");
    Writer cesion;
    cesion.raw("<Cesion " + rootNamespaces + " version=\"1.0\">\n<DocumentoCesion ID=\"" + cesionId + "\">\n");
    cesion.field("SeqCesion", QString::number(seq), 1, 3, tr("SeqCesion"));
    cesion.raw("<IdDTE>\n");
    cesion.field("TipoDTE", QString::number(dte.tipo()), 1, 3, tr("IdDTE/TipoDTE"));
    cesion.field("RUTEmisor", dte.emisor().rut, 3, 10, tr("IdDTE/RUTEmisor"));
    cesion.field("RUTReceptor", dte.receptor().rut, 3, 10, tr("IdDTE/RUTReceptor"));
    cesion.field("Folio", QString::number(dte.folio()), 1, 10, tr("IdDTE/Folio"));
    cesion.field("FchEmis", dte.fechaEmision().toString(Qt::ISODate), 10, 10, tr("IdDTE/FchEmis"));
    cesion.field("MntTotal", QString::number(dte.montos().total.pesos()), 1, 18, tr("IdDTE/MntTotal"));
    cesion.raw("</IdDTE>\n<Cedente>\n");
    cesion.field("RUT", cedenteRut->toString(), 3, 10, tr("Cedente/RUT"));
    cesion.field("RazonSocial", cedente.razonSocial, 1, 100, tr("Cedente/RazonSocial"));
    cesion.field("Direccion", cedente.direccion, 5, 80, tr("Cedente/Direccion"));
    cesion.field("eMail", cedente.email, 6, 80, tr("Cedente/eMail"));
    for (const AecAuthorizedPerson& autorizado : autorizados) {
        cesion.raw("<RUTAutorizado>\n");
        cesion.field("RUT", autorizado.rut, 3, 10, tr("Cedente/RUTAutorizado/RUT"));
        cesion.field("Nombre", autorizado.nombre, 1, 40, tr("Cedente/RUTAutorizado/Nombre"));
        cesion.raw("</RUTAutorizado>\n");
    }
    if (!declaracion.isEmpty())
        cesion.field("DeclaracionJurada", declaracion, 1, declaracionJuradaMaxLength, tr("Cedente/DeclaracionJurada"));
    cesion.raw("</Cedente>\n<Cesionario>\n");
    cesion.field("RUT", cesionarioRut->toString(), 3, 10, tr("Cesionario/RUT"));
    cesion.field("RazonSocial", request.cesionario.razonSocial, 1, 100, tr("Cesionario/RazonSocial"));
    cesion.field("Direccion", request.cesionario.direccion, 5, 80, tr("Cesionario/Direccion"));
    cesion.field("eMail", request.cesionario.email, 6, 80, tr("Cesionario/eMail"));
    cesion.raw("</Cesionario>\n");
    cesion.field("MontoCesion", QString::number(monto.pesos()), 1, 18, tr("MontoCesion"));
    cesion.field("UltimoVencimiento", vencimiento.toString(Qt::ISODate), 10, 10, tr("UltimoVencimiento"));
    if (!request.otrasCondiciones.isEmpty())
        cesion.field("OtrasCondiciones", request.otrasCondiciones, 1, 512, tr("OtrasCondiciones"));
    if (!request.emailDeudor.isEmpty())
        cesion.field("eMailDeudor", request.emailDeudor, 6, 80, tr("eMailDeudor"));
    cesion.field("TmstCesion", QString::fromLatin1(localTimestamp(fechaCesion)), 19, 19, tr("TmstCesion"));
    cesion.raw("</DocumentoCesion>\n");
    if (cesion.error())
        return *cesion.error();

    // Carátula.
    Writer caratula;
    caratula.raw("<Caratula version=\"1.0\">\n");
    caratula.field("RutCedente", cedenteRut->toString(), 3, 10, tr("Caratula/RutCedente"));
    caratula.field("RutCesionario", cesionarioRut->toString(), 3, 10, tr("Caratula/RutCesionario"));
    if (!request.contacto.nombre.isEmpty())
        caratula.field("NmbContacto", request.contacto.nombre, 1, 40, tr("Caratula/NmbContacto"));
    if (!request.contacto.fono.isEmpty())
        caratula.field("FonoContacto", request.contacto.fono, 1, 40, tr("Caratula/FonoContacto"));
    if (!request.contacto.email.isEmpty())
        caratula.field("MailContacto", request.contacto.email, 1, 80, tr("Caratula/MailContacto"));
    caratula.field("TmstFirmaEnvio", QString::fromLatin1(localTimestamp(now)), 19, 19, tr("TmstFirmaEnvio"));
    caratula.raw("</Caratula>\n");
    if (caratula.error())
        return *caratula.error();

    // Every rule holds: sign. DTECedido (first cession only), then the Cesion, each as if standalone (§3.5), then
    // DocumentoAEC in the final document.
    QByteArray dteCedidoId;
    QByteArray dteCedidoStart;
    if (previous) {
        result.documentoDteCedidoId = previous->dteCedidoId;
    } else {
        dteCedidoId = uniqueId("DTECedido");
        QByteArray recibosXml;
        for (const QByteArray& recibo : request.recibos)
            recibosXml += recibo + '\n';
        result.documentoDteCedidoId = QString::fromLatin1(dteCedidoId);
        dteCedidoStart = "<DTECedido " + rootNamespaces + " version=\"1.0\">\n<DocumentoDTECedido ID=\"" + dteCedidoId
            + "\">\n" + dte.xml() + '\n' + recibosXml + "<TmstFirma>" + localTimestamp(now)
            + "</TmstFirma>\n</DocumentoDTECedido>\n";
    }
    const QByteArray aecId = uniqueId("AEC");
    const QByteArray aecStart = "<AEC " + rootNamespaces + " version=\"1.0\">\n<DocumentoAEC ID=\"" + aecId + "\">\n"
        + caratula.xml() + "<Cesiones>\n";
    const QList<QByteArray> earlierCesiones = previous ? previous->cesiones : QList<QByteArray> {};

    if (options.signing == AecBuildOptions::Signing::InOneDocument) {
        // The whole AEC as text with a template for every new signature, parsed once, signed in order in that tree.
        // In it, DocumentoDTECedido and DocumentoCesion have in scope exactly the namespaces their standalone
        // wrapper declares (xmlns and xmlns:xsi, the AEC root's), and nothing else is inherited (no xml:*
        // attributes), so their inclusive C14N, hence digest and signature, is what it is standalone.
        AecText text;
        text.append(xmlDeclaration + aecStart);
        if (previous) {
            text.append(previous->dteCedido + '\n');
        } else {
            text.append(dteCedidoStart);
            text.appendSignature(dteCedidoId, signers.first());
            text.append(QByteArrayLiteral("</DTECedido>\n"));
        }
        for (const QByteArray& earlier : earlierCesiones)
            text.append(earlier + '\n');
        text.append(cesion.xml());
        for (const Pkcs12Bundle* signer : signers)
            text.appendSignature(cesionId, signer);
        text.append(QByteArrayLiteral("</Cesion>\n</Cesiones>\n</DocumentoAEC>\n"));
        text.appendSignature(aecId, signers.first());
        text.append(QByteArrayLiteral("</AEC>\n"));

        auto parsed = SafeXmlParser::parse(text.withTemplates(), QStringLiteral("AEC"));
        if (!parsed)
            return Error(ErrorCode::Internal,
                         tr("El AEC a firmar no es XML válido: %1").arg(parsed.error().message()));
        auto signatures = AecXmlSigner::signInPlace(parsed->document.get(), text.jobs());
        if (!signatures)
            return signatures.error();
        result.xml = text.withSignatures(*signatures);

        // The file must meet the SII's schema before anyone sees it. The signed tree is the file: the file is the
        // parsed text with each template replaced by the dump of the same signed node, so validating the tree
        // validates the file without parsing it again. Only to name the right lines is a failure re-checked on the
        // file's bytes.
        auto schema = AecSchema::instance();
        if (!schema)
            return schema.error();
        if (!(*schema)->validate(parsed->document.get()).isEmpty()) {
            auto reparsed = SafeXmlParser::parse(result.xml, QStringLiteral("AEC"));
            if (!reparsed)
                return Error(ErrorCode::Internal,
                             tr("El AEC construido no se puede leer: %1").arg(reparsed.error().message()));
            return Error(ErrorCode::InvalidInput, tr("Regla de esquema: el AEC construido no cumple AEC_v10.xsd: %1")
                                                      .arg((*schema)->validate(reparsed->document.get()).join(u"; ")));
        }
    } else {
        QByteArray dteCedido;
        if (previous) {
            dteCedido = previous->dteCedido;
        } else {
            auto signedDteCedido
                = signedFragment(dteCedidoStart, QByteArrayLiteral("</DTECedido>"), dteCedidoId, { signers.first() });
            if (!signedDteCedido)
                return signedDteCedido.error();
            dteCedido = *signedDteCedido;
        }
        auto signedCesion = signedFragment(cesion.xml(), QByteArrayLiteral("</Cesion>"), cesionId, signers);
        if (!signedCesion)
            return signedCesion.error();

        QByteArray cesiones = dteCedido + '\n';
        for (const QByteArray& earlier : earlierCesiones)
            cesiones += earlier + '\n';
        cesiones += *signedCesion + '\n';
        const QByteArray before = aecStart + cesiones + "</Cesiones>\n</DocumentoAEC>\n";
        auto aec = signedFragment(before, QByteArrayLiteral("</AEC>\n"), aecId, { signers.first() });
        if (!aec)
            return aec.error();
        result.xml = xmlDeclaration + *aec;

        auto parsed = SafeXmlParser::parse(result.xml, QStringLiteral("AEC"));
        if (!parsed)
            return Error(ErrorCode::Internal,
                         tr("El AEC construido no se puede leer: %1").arg(parsed.error().message()));
        auto schema = AecSchema::instance();
        if (!schema)
            return schema.error();
        if (const QStringList problems = (*schema)->validate(parsed->document.get()); !problems.isEmpty())
            return Error(ErrorCode::InvalidInput,
                         tr("Regla de esquema: el AEC construido no cumple AEC_v10.xsd: %1").arg(problems.join(u"; ")));
    }

    result.seqCesion = seq;
    result.documentoAecId = QString::fromLatin1(aecId);
    result.documentoCesionId = QString::fromLatin1(cesionId);
    qCInfo(lcAec) << "built AEC for" << dte.naturalKey() << "cession" << seq;
    return result;
}

} // namespace factora::core
