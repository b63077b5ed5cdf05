// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "SiiClient.h"

#include "SiiHttp.h"
#include "SiiLogging.h"
#include "SiiMultipart.h"
#include "SiiRespuesta.h"
#include "SiiSeedSigner.h"
#include "SiiSoap.h"
#include "SiiTokenCache.h"
#include "crypto/Pkcs12Bundle.h"

#include <QThread>

#include <algorithm>
#include <variant>

using namespace Qt::StringLiterals;

namespace factora::core {

namespace {
    /** A failure that may pass if the request is sent again. */
    struct Transient
    {
        QString detail;
    };

    template <typename T> using Outcome = std::variant<Result<T>, Transient>;

    bool looksLikeHtml(const QByteArray& body)
    {
        const QByteArray head = body.left(1024).trimmed().toLower();
        if (head.startsWith("<!doctype html") || head.startsWith("<html"))
            return true;
        return !head.startsWith("<?xml") && head.contains("<html");
    }

    /** Why an answered body is one of the known transient shapes (empty, "Error 500", HTML), or nothing. */
    std::optional<QString> transientBody(const QByteArray& body)
    {
        const QByteArray trimmed = body.trimmed();
        if (trimmed.isEmpty())
            return QCoreApplication::translate("SiiClient", "respuesta vacía");
        if (trimmed.compare("Error 500", Qt::CaseInsensitive) == 0)
            return QCoreApplication::translate("SiiClient", "respuesta «Error 500»");
        if (looksLikeHtml(trimmed))
            return QCoreApplication::translate("SiiClient", "página HTML en vez de XML");
        return std::nullopt;
    }

    bool isTransientHttpStatus(int status)
    {
        return status >= 500 || status == 408 || status == 429;
    }

    QString estadoText(const SiiRespuesta& answer)
    {
        return answer.glosa.isEmpty() ? answer.estado : answer.estado + u" «"_s + answer.glosa + u"»"_s;
    }
} // namespace

struct SiiClient::Private
{
    Private(SiiEnvironment environment_, const Pkcs12Bundle& signer_, SiiClientOptions options_, const Clock& clock_)
        : environment(std::move(environment_))
        , signer(signer_)
        , options(std::move(options_))
        , clock(clock_)
        , http(options)
        , fingerprint(signer.certificate().sha256FingerprintHex())
    {
    }

    SiiEnvironment environment;
    const Pkcs12Bundle& signer;
    SiiClientOptions options;
    const Clock& clock;
    SiiHttp http;
    QString fingerprint;
    SiiTokenCache* cache = &SiiTokenCache::shared();

    template <typename T>
    Result<T> retrying(const QString& step, const std::function<Outcome<T>()>& attempt,
                       const bool* uploadMayHaveArrived = nullptr)
    {
        double wait = options.initialBackoffMs;
        QString last;
        for (int i = 1; i <= options.maxAttempts; ++i) {
            Outcome<T> outcome = attempt();
            if (auto* done = std::get_if<Result<T>>(&outcome))
                return std::move(*done);
            last = std::get<Transient>(outcome).detail;
            qCInfo(lcSii).noquote() << step << "attempt" << i << "of" << options.maxAttempts << "failed:" << last;
            if (i < options.maxAttempts) {
                QThread::msleep(static_cast<unsigned long>(wait));
                wait = std::min<double>(wait * options.backoffFactor, options.maxBackoffMs);
            }
        }
        if (uploadMayHaveArrived != nullptr && !*uploadMayHaveArrived)
            return Error(
                ErrorCode::Unavailable,
                SiiClient::tr("%1: no se pudo conectar con el SII (%2) en %3 intentos (último problema: %4). El "
                              "archivo no se envió.")
                    .arg(step, environment.name())
                    .arg(options.maxAttempts)
                    .arg(last));
        if (uploadMayHaveArrived != nullptr)
            return Error(
                ErrorCode::Unavailable,
                SiiClient::tr("%1: el SII siguió fallando tras %2 intentos (último problema: %3). El resultado es "
                              "desconocido: el SII pudo haber recibido el archivo; consulte antes de reenviarlo.")
                    .arg(step)
                    .arg(options.maxAttempts)
                    .arg(last));
        return Error(
            ErrorCode::Unavailable,
            SiiClient::tr("%1: no se pudo obtener respuesta válida del SII (%2) tras %3 intentos; último problema: %4.")
                .arg(step, environment.name())
                .arg(options.maxAttempts)
                .arg(last));
    }

    /** One SOAP call: the RESPUESTA inside the answer, a transient failure, or a final error. */
    Outcome<SiiRespuesta> soapCall(const QString& step, const QUrl& url, const QByteArray& envelope,
                                   const QString& what)
    {
        const QList<QPair<QByteArray, QByteArray>> headers {
            { "Content-Type", "text/xml; charset=utf-8" },
            { "SOAPAction", "\"\"" },
            { "Accept", "text/xml" },
            { "User-Agent", options.userAgent.toUtf8() },
        };
        const SiiHttpResult answer = http.post(url, headers, envelope, what);
        switch (answer.failure) {
        case SiiHttpResult::Failure::None:
            break;
        case SiiHttpResult::Failure::NotSent:
        case SiiHttpResult::Failure::NoAnswer:
            return Transient { answer.detail };
        case SiiHttpResult::Failure::Tls:
        case SiiHttpResult::Failure::Setup:
            return Result<SiiRespuesta>(Error(ErrorCode::Unavailable,
                                              SiiClient::tr("%1: no se pudo establecer una conexión segura con %2: %3")
                                                  .arg(step, url.host(), answer.detail)));
        }
        if (isTransientHttpStatus(answer.status)) {
            const SiiSoapAnswer soap = SiiSoap::readAnswer(answer.body);
            if (soap.outcome == SiiSoapAnswer::Outcome::Fault && soap.faultCode.endsWith(u"Client"_s))
                return Result<SiiRespuesta>(
                    Error(ErrorCode::InvalidInput,
                          SiiClient::tr("%1: el SII rechazó la petición %2 (SOAP Fault %3: %4).")
                              .arg(step, what, soap.faultCode, soap.faultString)));
            return Transient { SiiClient::tr("HTTP %1").arg(answer.status) };
        }
        if (answer.status < 200 || answer.status >= 300)
            return Result<SiiRespuesta>(Error(ErrorCode::InvalidInput,
                                              SiiClient::tr("%1: el SII respondió HTTP %2 a %3 en %4.")
                                                  .arg(step)
                                                  .arg(answer.status)
                                                  .arg(what, url.toString())));
        if (auto transient = transientBody(answer.body))
            return Transient { *transient };
        const SiiSoapAnswer soap = SiiSoap::readAnswer(answer.body);
        if (soap.outcome == SiiSoapAnswer::Outcome::Fault) {
            if (soap.faultCode.endsWith(u"Client"_s))
                return Result<SiiRespuesta>(
                    Error(ErrorCode::InvalidInput,
                          SiiClient::tr("%1: el SII rechazó la petición %2 (SOAP Fault %3: %4).")
                              .arg(step, what, soap.faultCode, soap.faultString)));
            return Transient { SiiClient::tr("SOAP Fault %1: %2").arg(soap.faultCode, soap.faultString) };
        }
        if (soap.outcome == SiiSoapAnswer::Outcome::Malformed)
            return Result<SiiRespuesta>(
                Error(ErrorCode::Unavailable,
                      SiiClient::tr("%1: respuesta no reconocida del SII a %2: %3").arg(step, what, soap.problem)));
        auto parsed = SiiRespuesta::parse(soap.innerXml);
        if (!parsed)
            return Result<SiiRespuesta>(Error(ErrorCode::Unavailable,
                                              SiiClient::tr("%1: respuesta no reconocida del SII a %2: %3")
                                                  .arg(step, what, parsed.error().message())));
        qCDebug(lcSii).noquote() << what << "ESTADO" << parsed->estado;
        return Result<SiiRespuesta>(std::move(parsed).value());
    }

    /** getSeed → sign → getToken, retried as a whole (a seed is used once). */
    Result<QString> authenticate()
    {
        if (auto usable = signer.checkUsableForSigning(clock); !usable)
            return Error(usable.error().code(),
                         SiiClient::tr("Semilla: el certificado no sirve para autenticarse ante el SII: %1")
                             .arg(usable.error().message()));
        const QString stepSeed = SiiClient::tr("Semilla");
        const QString stepToken = SiiClient::tr("Token");
        auto token = retrying<QString>(SiiClient::tr("Autenticación"), [&]() -> Outcome<QString> {
            auto seedOutcome = soapCall(stepSeed, environment.seedUrl(), SiiSoap::getSeedRequest(), u"getSeed"_s);
            if (auto* transient = std::get_if<Transient>(&seedOutcome))
                return Transient { stepSeed + u": "_s + transient->detail };
            auto& seedAnswer = std::get<Result<SiiRespuesta>>(seedOutcome);
            if (!seedAnswer)
                return Result<QString>(seedAnswer.error());
            bool numeric = false;
            const int seedEstado = seedAnswer->estadoNumber(&numeric);
            if (numeric && (seedEstado == -1 || seedEstado == -2))
                return Transient { SiiClient::tr("Semilla: el SII respondió ESTADO %1").arg(estadoText(*seedAnswer)) };
            if (!numeric || seedEstado != 0)
                return Result<QString>(Error(ErrorCode::Unavailable,
                                             SiiClient::tr("Semilla: el SII respondió ESTADO %1, no documentado.")
                                                 .arg(estadoText(*seedAnswer))));
            const QString seed = seedAnswer->field(u"SEMILLA"_s);
            if (seed.isEmpty())
                return Result<QString>(
                    Error(ErrorCode::Unavailable, SiiClient::tr("Semilla: el SII respondió ESTADO 00 sin SEMILLA.")));
            auto signedSeed = SiiSeedSigner::sign(seed, signer);
            if (!signedSeed)
                return Result<QString>(
                    Error(signedSeed.error().code(),
                          SiiClient::tr("Semilla: no se pudo firmar: %1").arg(signedSeed.error().message())));

            auto tokenOutcome = soapCall(stepToken, environment.tokenUrl(),
                                         SiiSoap::getTokenRequest(signedSeed.value()), u"getToken"_s);
            if (auto* transient = std::get_if<Transient>(&tokenOutcome))
                return Transient { stepToken + u": "_s + transient->detail };
            auto& tokenAnswer = std::get<Result<SiiRespuesta>>(tokenOutcome);
            if (!tokenAnswer)
                return Result<QString>(tokenAnswer.error());
            return interpretToken(*tokenAnswer);
        });
        if (!token)
            return token;
        cache->store(environment.name(), fingerprint, token.value(),
                     clock.nowUtc().addSecs(options.tokenLifetimeSeconds));
        qCInfo(lcSii).noquote() << "authenticated with the SII" << environment.name();
        return token;
    }

    Outcome<QString> interpretToken(const SiiRespuesta& answer)
    {
        bool numeric = false;
        const int estado = answer.estadoNumber(&numeric);
        const QString shown = estadoText(answer);
        if (numeric && estado == 0) {
            const QString token = answer.field(u"TOKEN"_s);
            if (token.isEmpty())
                return Result<QString>(
                    Error(ErrorCode::Unavailable, SiiClient::tr("Token: el SII respondió ESTADO 00 sin TOKEN.")));
            return Result<QString>(token);
        }
        if (numeric) {
            switch (estado) {
            case 1:
            case 2:
            case 3:
                return Result<QString>(
                    Error(ErrorCode::InvalidInput,
                          SiiClient::tr("Token: el SII no pudo leer la semilla firmada (ESTADO %1: XML "
                                        "inválido).")
                              .arg(shown)));
            case 6:
                return Result<QString>(
                    Error(ErrorCode::InvalidInput,
                          SiiClient::tr("Token: el SII no encontró la semilla en el XML (ESTADO %1).").arg(shown)));
            case 7:
            case 8:
            case 9:
            case 10:
            case 12:
                return Transient { SiiClient::tr("Token: el SII respondió ESTADO %1").arg(shown) };
            case 4:
                return Result<QString>(
                    Error(ErrorCode::Unauthenticated,
                          SiiClient::tr("Token: el SII no encontró la firma de la semilla (ESTADO %1).").arg(shown)));
            case 5:
                return Result<QString>(
                    Error(ErrorCode::Unauthenticated,
                          SiiClient::tr("Token: el SII rechazó la firma de la semilla (ESTADO %1).").arg(shown)));
            case 11:
                return Result<QString>(
                    Error(ErrorCode::Unauthenticated,
                          SiiClient::tr("Token: el SII no encontró el certificado (ESTADO %1).").arg(shown)));
            case 21:
                return Result<QString>(Error(
                    ErrorCode::Unauthenticated,
                    SiiClient::tr("Token: la clave pública no corresponde al certificado (ESTADO %1).").arg(shown)));
            case -3:
                return Result<QString>(
                    Error(ErrorCode::Unauthenticated,
                          SiiClient::tr("Token: error de autenticación del SII (ESTADO %1).").arg(shown)));
            case -7:
                return Result<QString>(
                    Error(ErrorCode::Unauthenticated,
                          SiiClient::tr("Token: el RUT del certificado no está inscrito en el SII para "
                                        "autenticarse con certificado (ESTADO %1).")
                              .arg(shown)));
            default:
                break;
            }
        }
        return Result<QString>(
            Error(ErrorCode::Unauthenticated,
                  SiiClient::tr("Token: el SII no entregó un token (ESTADO %1, no documentado).").arg(shown)));
    }

    Result<QString> token()
    {
        if (auto cached = cache->find(environment.name(), fingerprint, clock.nowUtc()))
            return *cached;
        return authenticate();
    }

    void forget(const QString& token) { cache->invalidate(environment.name(), fingerprint, token); }

    /** A wsRPETCConsulta call with the token, re-authenticating once on ESTADO 3 or 4. */
    Result<SiiRespuesta> query(const QString& operation, const std::function<QByteArray(const QString&)>& build)
    {
        const QString step = SiiClient::tr("Consulta %1").arg(operation);
        for (int authentication = 0;; ++authentication) {
            auto currentToken = token();
            if (!currentToken)
                return currentToken.error();
            auto answer = retrying<SiiRespuesta>(step, [&]() -> Outcome<SiiRespuesta> {
                auto outcome = soapCall(step, environment.queryUrl(), build(currentToken.value()), operation);
                if (auto* done = std::get_if<Result<SiiRespuesta>>(&outcome); done != nullptr && done->ok()) {
                    bool numeric = false;
                    const int estado = done->value().estadoNumber(&numeric);
                    if (numeric && estado >= 6 && estado <= 8)
                        return Transient { SiiClient::tr("%1: el SII respondió ESTADO %2 (%3)")
                                               .arg(step, estadoText(done->value()),
                                                    SiiEnvioCode::headerEstadoMeaning(done->value().estado)) };
                }
                return outcome;
            });
            if (!answer)
                return answer;
            bool numeric = false;
            const int estado = answer->estadoNumber(&numeric);
            if (numeric && (estado == 3 || estado == 4)) {
                forget(currentToken.value());
                if (authentication == 0) {
                    qCInfo(lcSii).noquote()
                        << operation << "token refused with ESTADO" << estado << "; authenticating again";
                    continue;
                }
                return Error(
                    ErrorCode::Unauthenticated,
                    SiiClient::tr("%1: el SII rechazó el token (ESTADO %2: %3) aun después de autenticarse de nuevo.")
                        .arg(step, estadoText(*answer), SiiEnvioCode::headerEstadoMeaning(answer->estado)));
            }
            if (numeric && estado == 5)
                return Error(ErrorCode::Unauthenticated,
                             SiiClient::tr("%1: el SII respondió ESTADO %2 (%3).")
                                 .arg(step, estadoText(*answer), SiiEnvioCode::headerEstadoMeaning(answer->estado)));
            if (numeric && estado == 1)
                return Error(ErrorCode::InvalidInput,
                             SiiClient::tr("%1: el SII respondió ESTADO %2 (%3).")
                                 .arg(step, estadoText(*answer), SiiEnvioCode::headerEstadoMeaning(answer->estado)));
            if (numeric && (estado == 9 || estado == 10))
                return Error(ErrorCode::PermissionDenied,
                             SiiClient::tr("%1: el SII respondió ESTADO %2 (%3).")
                                 .arg(step, estadoText(*answer), SiiEnvioCode::headerEstadoMeaning(answer->estado)));
            return answer;
        }
    }

    SiiCesionAnswer cesionAnswer(const SiiRespuesta& answer) const
    {
        SiiCesionAnswer result;
        result.estado = answer.estado;
        result.glosa = answer.glosa;
        result.meaning = SiiEnvioCode::headerEstadoMeaning(answer.estado);
        bool numeric = false;
        result.ceded = answer.estadoNumber(&numeric) == 0 && numeric;
        result.rutTenedor = answer.field(u"RUT_TENEDOR"_s);
        result.fechaUltimaAnotacion = answer.field(u"FECHA_ULT_ANOT"_s);
        result.rutCobranza = answer.field(u"RUT_COBRANZA"_s);
        result.dirCobranza = answer.field(u"DIR_COBRANZA"_s);
        result.declaracionJurada = answer.field(u"DEC_JURADA"_s);
        result.rawAnswer = answer.raw;
        return result;
    }

    Status checkDocument(const Rut& emitter, int documentType, qint64 folio) const
    {
        if (emitter.isNull())
            return Error(ErrorCode::InvalidInput, SiiClient::tr("Consulta: falta el RUT del emisor del documento."));
        if (documentType <= 0 || documentType > 999)
            return Error(ErrorCode::InvalidInput,
                         SiiClient::tr("Consulta: el tipo de documento %1 no es válido.").arg(documentType));
        if (folio <= 0 || folio > 9'999'999'999LL)
            return Error(ErrorCode::InvalidInput, SiiClient::tr("Consulta: el folio %1 no es válido.").arg(folio));
        return {};
    }
};

SiiClient::SiiClient(SiiEnvironment environment, const Pkcs12Bundle& signer, SiiClientOptions options,
                     const Clock& clock)
    : d(std::make_unique<Private>(std::move(environment), signer, std::move(options), clock))
{
}

SiiClient::~SiiClient() = default;

const SiiEnvironment& SiiClient::environment() const
{
    return d->environment;
}

const SiiClientOptions& SiiClient::options() const
{
    return d->options;
}

void SiiClient::setTokenCache(SiiTokenCache& cache)
{
    d->cache = &cache;
}

Result<QString> SiiClient::token()
{
    if (auto valid = d->options.validate(); !valid)
        return valid.error();
    return d->token();
}

Result<SiiUploadReceipt> SiiClient::uploadAec(const QByteArray& aecBytes, const QString& fileName, const Rut& company,
                                              const QString& emailNotif)
{
    if (auto valid = d->options.validate(); !valid)
        return valid.error();
    if (aecBytes.isEmpty())
        return Error(ErrorCode::InvalidInput, tr("Envío: el AEC «%1» está vacío.").arg(fileName));
    static const QString forbidden = u"\"\\/\r\n"_s;
    if (fileName.trimmed().isEmpty() || fileName.size() > 200
        || std::any_of(fileName.cbegin(), fileName.cend(),
                       [](QChar c) { return forbidden.contains(c) || c.unicode() < 0x20 || c.unicode() > 0x7e; }))
        return Error(ErrorCode::InvalidInput,
                     tr("Envío: el nombre de archivo «%1» no sirve; use solo letras, dígitos, «-», «_» y «.» sin "
                        "rutas.")
                         .arg(fileName));
    if (company.isNull())
        return Error(ErrorCode::InvalidInput, tr("Envío: falta el RUT de la empresa cedente."));
    const QString email = emailNotif.trimmed();
    if (email.isEmpty() || !email.contains(u'@') || email.size() > 80
        || std::any_of(email.cbegin(), email.cend(),
                       [](QChar c) { return c.isSpace() || c == u'"' || c.unicode() < 0x20 || c.unicode() > 0x7e; }))
        return Error(ErrorCode::InvalidInput,
                     tr("Envío: el correo de notificación «%1» no es una dirección válida.").arg(emailNotif));

    const QString step = tr("Envío");
    for (int authentication = 0;; ++authentication) {
        auto currentToken = d->token();
        if (!currentToken)
            return currentToken.error();
        const QByteArray boundary = SiiMultipart::boundaryFor(aecBytes);
        const QByteArray body = SiiMultipart::body(boundary, email, company, fileName, aecBytes);
        const QList<QPair<QByteArray, QByteArray>> headers {
            { "Accept",
              "image/gif, image/x-xbitmap, image/jpeg, image/pjpeg, application/vnd.ms-powerpoint, "
              "application/ms-excel, application/msword, */*" },
            { "Accept-Language", "es-cl" },
            { "Referer", d->environment.baseUrl().toString().toUtf8() + '/' },
            { "User-Agent", d->options.userAgent.toUtf8() },
            { "Cache-Control", "no-cache" },
            { "Cookie", "TOKEN=" + currentToken.value().toUtf8() },
            { "Content-Type", SiiMultipart::contentType(boundary) },
        };
        bool mayHaveArrived = false;
        auto receipt = d->retrying<SiiUploadReceipt>(
            step,
            [&]() -> Outcome<SiiUploadReceipt> {
                const SiiHttpResult answer
                    = d->http.post(d->environment.uploadUrl(), headers, body, u"RTCAnotEnvio "_s + fileName);
                if (answer.failure != SiiHttpResult::Failure::NotSent)
                    mayHaveArrived = true;
                switch (answer.failure) {
                case SiiHttpResult::Failure::None:
                    break;
                case SiiHttpResult::Failure::NotSent:
                    return Transient { answer.detail };
                case SiiHttpResult::Failure::NoAnswer:
                    return Result<SiiUploadReceipt>(
                        Error(ErrorCode::Unavailable,
                              tr("Envío: el archivo «%1» se envió pero no llegó respuesta del SII (%2). El resultado "
                                 "es desconocido: el SII pudo haberlo recibido; consulte antes de reenviarlo.")
                                  .arg(fileName, answer.detail)));
                case SiiHttpResult::Failure::Tls:
                case SiiHttpResult::Failure::Setup:
                    return Result<SiiUploadReceipt>(Error(ErrorCode::Unavailable,
                                                          tr("Envío: no se pudo establecer una conexión segura con "
                                                             "%1: %2. El archivo no se envió.")
                                                              .arg(d->environment.uploadUrl().host(), answer.detail)));
                }
                if (isTransientHttpStatus(answer.status))
                    return Transient { tr("HTTP %1").arg(answer.status) };
                if (answer.status < 200 || answer.status >= 300)
                    return Result<SiiUploadReceipt>(Error(
                        ErrorCode::InvalidInput,
                        tr("Envío: el SII respondió HTTP %1 al envío de «%2».").arg(answer.status).arg(fileName)));
                if (auto transient = transientBody(answer.body))
                    return Transient { *transient };
                auto parsed = SiiUploadReceipt::parse(answer.body);
                if (!parsed)
                    return Result<SiiUploadReceipt>(
                        Error(ErrorCode::Unavailable,
                              tr("Envío: respuesta no reconocida del SII al envío de «%1» (%2). El resultado es "
                                 "desconocido: el SII pudo haber recibido el archivo; consulte antes de reenviarlo.")
                                  .arg(fileName, parsed.error().message())));
                return parsed;
            },
            &mayHaveArrived);
        if (!receipt)
            return receipt;
        qCInfo(lcSii).noquote() << "upload of" << fileName << "answered STATUS" << receipt->status
                                << (receipt->trackId.isEmpty() ? QString() : u"TRACKID "_s + receipt->trackId);
        if (receipt->status == 5) {
            d->forget(currentToken.value());
            if (authentication == 0)
                continue;
            return Error(ErrorCode::Unauthenticated,
                         tr("Envío: el SII rechazó el token (STATUS 5: %1) aun después de autenticarse de nuevo.")
                             .arg(receipt->meaning));
        }
        return receipt;
    }
}

Result<SiiEnvioStatus> SiiClient::envioStatus(const QString& trackId)
{
    if (auto valid = d->options.validate(); !valid)
        return valid.error();
    const QString id = trackId.trimmed();
    if (id.isEmpty() || id.size() > 20 || !std::all_of(id.cbegin(), id.cend(), [](QChar c) { return c.isDigit(); }))
        return Error(ErrorCode::InvalidInput,
                     tr("Consulta getEstEnvio: el TRACKID «%1» no es un número.").arg(trackId));
    auto answer
        = d->query(u"getEstEnvio"_s, [&](const QString& token) { return SiiSoap::getEstEnvioRequest(token, id); });
    if (!answer)
        return answer.error();
    bool numeric = false;
    const int estado = answer->estadoNumber(&numeric);
    if (numeric && estado == 2)
        return Error(
            ErrorCode::NotFound,
            tr("Consulta getEstEnvio: el SII no encuentra el TRACKID %1 (ESTADO %2).").arg(id, estadoText(*answer)));
    if (!numeric || estado != 0)
        return Error(ErrorCode::Unavailable,
                     tr("Consulta getEstEnvio: el SII respondió ESTADO %1 (%2) para el TRACKID %3.")
                         .arg(estadoText(*answer), SiiEnvioCode::headerEstadoMeaning(answer->estado), id));
    SiiEnvioStatus status;
    status.trackId = answer->field(u"TRACKID"_s);
    if (status.trackId.isEmpty())
        status.trackId = id;
    status.code = answer->field(u"ESTADO_ENVIO"_s);
    status.description = answer->field(u"DESC_ESTADO"_s);
    status.headerEstado = answer->estado;
    status.headerGlosa = answer->glosa;
    status.rawAnswer = answer->raw;
    if (status.code.isEmpty())
        return Error(ErrorCode::Unavailable,
                     tr("Consulta getEstEnvio: la respuesta del SII para el TRACKID %1 no trae ESTADO_ENVIO.").arg(id));
    status.kind = SiiEnvioCode::kindOf(status.code);
    status.meaning = SiiEnvioCode::meaningOf(status.code);
    qCDebug(lcSii).noquote() << "TRACKID" << id << "is" << status.code;
    return status;
}

Result<SiiEnvioStatus> SiiClient::waitForFinalStatus(const QString& trackId,
                                                     std::function<void(const SiiEnvioStatus&)> onEachAnswer,
                                                     int maxPolls)
{
    if (maxPolls < 1)
        return Error(ErrorCode::InvalidInput, tr("Consulta getEstEnvio: el número de consultas debe ser al menos 1."));
    double wait = d->options.pollIntervalMs;
    for (int poll = 1;; ++poll) {
        auto status = envioStatus(trackId);
        if (!status)
            return status;
        if (onEachAnswer)
            onEachAnswer(status.value());
        if (status->isFinal() || poll >= maxPolls)
            return status;
        QThread::msleep(static_cast<unsigned long>(wait));
        wait = std::min<double>(wait * d->options.pollFactor, d->options.pollMaxIntervalMs);
    }
}

Result<SiiCesionAnswer> SiiClient::cesionStatus(const Rut& emitter, int documentType, qint64 folio,
                                                const QString& idCesion)
{
    if (auto valid = d->options.validate(); !valid)
        return valid.error();
    if (auto ok = d->checkDocument(emitter, documentType, folio); !ok)
        return ok.error();
    const QString id = idCesion.trimmed();
    auto answer = d->query(u"getEstCesion"_s, [&](const QString& token) {
        return SiiSoap::getEstCesionRequest(token, emitter, documentType, folio, id);
    });
    if (!answer)
        return answer.error();
    return d->cesionAnswer(answer.value());
}

Result<SiiCesionAnswer> SiiClient::cesionStatusRelated(const Rut& emitter, int documentType, qint64 folio,
                                                       const Rut& company)
{
    if (auto valid = d->options.validate(); !valid)
        return valid.error();
    if (auto ok = d->checkDocument(emitter, documentType, folio); !ok)
        return ok.error();
    if (company.isNull())
        return Error(ErrorCode::InvalidInput, tr("Consulta getEstCesionRelac: falta el RUT de la empresa."));
    auto answer = d->query(u"getEstCesionRelac"_s, [&](const QString& token) {
        return SiiSoap::getEstCesionRelacRequest(token, emitter, documentType, folio, company);
    });
    if (!answer)
        return answer.error();
    return d->cesionAnswer(answer.value());
}

} // namespace factora::core
