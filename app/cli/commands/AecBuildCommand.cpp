// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "AecBuildCommand.h"

#include "ExitCode.h"
#include "PasswordReader.h"
#include "aec/AecBuilder.h"
#include "crypto/CertificateStore.h"
#include "crypto/Pkcs12Bundle.h"
#include "secrets/SecretStore.h"
#include "dte/DteReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

namespace factora::cli {

using namespace factora::core;

namespace {
struct Option
{
    const char* name;
    const char* help;
    const char* value;
};

// name, help, value name (nullptr for a flag)
const Option Options[] = {
    {"dte", QT_TRANSLATE_NOOP("AecBuildCommand", "DTE a ceder (archivo XML)."), "ARCHIVO"},
    {"previous-aec", QT_TRANSLATE_NOOP("AecBuildCommand", "AEC anterior, para una nueva cesión del mismo DTE."), "ARCHIVO"},
    {"p12", QT_TRANSLATE_NOOP("AecBuildCommand", "Certificado del firmante (.p12/.pfx)."), "ARCHIVO"},
    {"cert", QT_TRANSLATE_NOOP("AecBuildCommand", "Certificado del llavero (ID o prefijo, ver «cert list»)."), "ID"},
    {"p12-password-file", QT_TRANSLATE_NOOP("AecBuildCommand", "Lee la contraseña del certificado de ARCHIVO (- para la entrada estándar)."), "ARCHIVO"},
    {"cesionario-rut", QT_TRANSLATE_NOOP("AecBuildCommand", "RUT del cesionario."), "RUT"},
    {"cesionario-razon-social", QT_TRANSLATE_NOOP("AecBuildCommand", "Razón social del cesionario."), "TEXTO"},
    {"cesionario-direccion", QT_TRANSLATE_NOOP("AecBuildCommand", "Dirección del cesionario."), "TEXTO"},
    {"cesionario-email", QT_TRANSLATE_NOOP("AecBuildCommand", "Correo del cesionario."), "CORREO"},
    {"cedente-direccion", QT_TRANSLATE_NOOP("AecBuildCommand", "Dirección del cedente (por omisión la del DTE)."), "TEXTO"},
    {"cedente-email", QT_TRANSLATE_NOOP("AecBuildCommand", "Correo del cedente."), "CORREO"},
    {"firmante-nombre", QT_TRANSLATE_NOOP("AecBuildCommand", "Nombre del firmante autorizado (por omisión el del certificado)."), "TEXTO"},
    {"monto", QT_TRANSLATE_NOOP("AecBuildCommand", "Monto cedido en pesos (por omisión el total del DTE)."), "PESOS"},
    {"vencimiento", QT_TRANSLATE_NOOP("AecBuildCommand", "Último vencimiento AAAA-MM-DD (por omisión el del DTE)."), "FECHA"},
    {"declaracion-jurada", QT_TRANSLATE_NOOP("AecBuildCommand", "Incluye la declaración jurada del SII (sin Recibo electrónico)."), nullptr},
    {"out", QT_TRANSLATE_NOOP("AecBuildCommand", "Archivo AEC a escribir."), "ARCHIVO"},
};

Result<QByteArray> readWholeFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::NotFound, QCoreApplication::translate("AecBuildCommand", "No se pudo leer %1: %2").arg(path, file.errorString()));
    return file.readAll();
}
} // namespace

QString AecBuildCommand::name() const
{
    return QStringLiteral("aec build");
}

QString AecBuildCommand::summary() const
{
    return QCoreApplication::translate("AecBuildCommand", "Arma y firma un AEC (cesión o nueva cesión) según las reglas del SII.");
}

void AecBuildCommand::configure(QCommandLineParser& parser) const
{
    for (const Option& option : Options) {
        const QString help = QCoreApplication::translate("AecBuildCommand", option.help);
        if (option.value)
            parser.addOption({QLatin1String(option.name), help, QLatin1String(option.value)});
        else
            parser.addOption({QLatin1String(option.name), help});
    }
}

int AecBuildCommand::execute(CliContext& context, const QCommandLineParser& parser)
{
    const auto value = [&parser](const char* name) { return parser.value(QLatin1String(name)); };
    const auto isSet = [&parser](const char* name) { return parser.isSet(QLatin1String(name)); };
    if (!isSet("dte") && !isSet("previous-aec"))
        return usage(context, QCoreApplication::translate("AecBuildCommand", "falta --dte (o --previous-aec para una nueva cesión)."));
    if (isSet("p12") == isSet("cert"))
        return usage(context, QCoreApplication::translate("AecBuildCommand", "indique el certificado con --p12 ARCHIVO o con --cert ID (uno de los dos)."));
    for (const char* required : {"cesionario-rut", "cesionario-razon-social", "cesionario-direccion", "cesionario-email", "out"}) {
        if (!isSet(required))
            return usage(context, QCoreApplication::translate("AecBuildCommand", "falta --%1.").arg(QLatin1String(required)));
    }

    AecRequest request;
    if (isSet("dte")) {
        auto bytes = DteReader::readFile(value("dte"));
        if (!bytes)
            return fail(context, bytes.error());
        auto dtes = DteReader::load(bytes.value(), value("dte"));
        if (!dtes)
            return fail(context, dtes.error());
        if (dtes->size() != 1)
            return fail(context, Error(ErrorCode::InvalidInput,
                                       QCoreApplication::translate("AecBuildCommand", "%1 contiene %2 DTE; un AEC cede uno solo.").arg(value("dte")).arg(dtes->size())));
        request.dte = dtes->first();
    }
    if (isSet("previous-aec")) {
        auto previous = readWholeFile(value("previous-aec"));
        if (!previous)
            return fail(context, previous.error());
        request.previousAec = previous.value();
    }
    request.cesionario = AecParty{value("cesionario-rut"), value("cesionario-razon-social"), value("cesionario-direccion"),
                                  value("cesionario-email")};
    request.cedente.direccion = value("cedente-direccion");
    request.cedente.email = value("cedente-email");
    request.declaracionJurada = isSet("declaracion-jurada");
    if (isSet("monto")) {
        auto monto = Money::parse(value("monto"));
        if (!monto)
            return fail(context, monto.error());
        request.monto = monto.value();
    }
    if (isSet("vencimiento")) {
        request.ultimoVencimiento = QDate::fromString(value("vencimiento"), Qt::ISODate);
        if (!request.ultimoVencimiento.isValid())
            return usage(context, QCoreApplication::translate("AecBuildCommand", "--vencimiento «%1» no es una fecha AAAA-MM-DD.").arg(value("vencimiento")));
    }

    const QString source = isSet("p12") ? value("p12") : value("cert");
    auto password = PasswordReader::read(context, value("p12-password-file"), QCoreApplication::translate("AecBuildCommand", "Contraseña del certificado %1").arg(source),
                                         false);
    if (!password)
        return fail(context, password.error());
    Result<Pkcs12Bundle> signer = Error(ErrorCode::Internal, QString());
    if (isSet("p12")) {
        auto pkcs12 = readWholeFile(source);
        if (!pkcs12)
            return fail(context, pkcs12.error());
        signer = Pkcs12Bundle::fromPkcs12(pkcs12.value(), password->toUtf8());
    } else {
        signer = CertificateStore(context.secrets(), context.clock()).open(source, password->toUtf8());
    }
    if (!signer)
        return fail(context, signer.error());
    if (isSet("firmante-nombre")) {
        auto rut = signer->certificate().holderRut();
        if (!rut)
            return fail(context, rut.error());
        request.autorizados = {AecAuthorizedPerson{rut.value(), value("firmante-nombre")}};
    }

    auto built = AecBuilder::build(request, signer.value(), context.clock());
    if (!built)
        return fail(context, built.error());
    QSaveFile out(value("out"));
    if (!out.open(QIODevice::WriteOnly) || out.write(built->xml) != built->xml.size() || !out.commit()) {
        return fail(context, Error(ErrorCode::Io, QCoreApplication::translate("AecBuildCommand", "No se pudo escribir %1: %2").arg(value("out"), out.errorString())));
    }
    for (const QString& warning : std::as_const(built->warnings))
        context.err() << QCoreApplication::translate("AecBuildCommand", "Atención: %1").arg(warning) << Qt::endl;
    context.out() << QCoreApplication::translate("AecBuildCommand", "AEC escrito en %1 (%2 bytes).").arg(value("out")).arg(built->xml.size()) << '\n';
    return ExitCode::Ok;
}

} // namespace factora::cli
