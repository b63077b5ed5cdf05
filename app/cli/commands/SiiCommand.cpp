// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "SiiCommand.h"

#include "PasswordReader.h"
#include "crypto/CertificateStore.h"
#include "crypto/ServerSigningCertificate.h"
#include "secrets/SecretStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QUrl>

namespace factora::cli {

using namespace factora::core;

void SiiCommand::addSiiOptions(QCommandLineParser& parser)
{
    parser.addOption(
        { QStringLiteral("p12"),
          QCoreApplication::translate("SiiCommand", "Certificado con que se autentica ante el SII (.p12/.pfx)."),
          QStringLiteral("ARCHIVO") });
    parser.addOption(
        { QStringLiteral("cert"),
          QCoreApplication::translate("SiiCommand", "Certificado del llavero (ID o prefijo, ver «cert list»)."),
          QStringLiteral("ID") });
    parser.addOption({ QStringLiteral("p12-password-file"),
                       QCoreApplication::translate(
                           "SiiCommand", "Lee la contraseña del certificado de ARCHIVO (- para la entrada estándar)."),
                       QStringLiteral("ARCHIVO") });
    parser.addOption({ QStringLiteral("environment"),
                       QCoreApplication::translate("SiiCommand", "Ambiente del SII: certificacion o produccion."),
                       QStringLiteral("AMBIENTE") });
    parser.addOption({ QStringLiteral("sii-url"),
                       QCoreApplication::translate(
                           "SiiCommand", "URL base de otro SII (un simulador): https, o http solo en loopback."),
                       QStringLiteral("URL") });
}

QString SiiCommand::checkSiiOptions(const QCommandLineParser& parser)
{
    if (parser.isSet(QStringLiteral("p12")) && parser.isSet(QStringLiteral("cert")))
        return QCoreApplication::translate("SiiCommand", "indique el certificado con --p12 o con --cert, no ambos.");
    if (parser.isSet(QStringLiteral("environment")) && parser.isSet(QStringLiteral("sii-url")))
        return QCoreApplication::translate("SiiCommand", "indique --environment o --sii-url, no ambos.");
    return {};
}

Result<SiiEnvironment> SiiCommand::environment(CliContext& context, const QCommandLineParser& parser)
{
    if (parser.isSet(QStringLiteral("sii-url")))
        return SiiEnvironment::fromUrl(QUrl(parser.value(QStringLiteral("sii-url"))));
    if (parser.isSet(QStringLiteral("environment")))
        return SiiEnvironment::fromName(parser.value(QStringLiteral("environment")));
    auto configuration = context.configuration();
    if (!configuration)
        return configuration.error();
    return SiiEnvironment::fromConfiguration(configuration.value());
}

Result<Pkcs12Bundle> SiiCommand::signer(CliContext& context, const QCommandLineParser& parser)
{
    const bool fromFile = parser.isSet(QStringLiteral("p12"));
    const bool fromKeychain = parser.isSet(QStringLiteral("cert"));
    if (!fromFile && !fromKeychain) {
        auto configuration = context.configuration();
        if (!configuration)
            return configuration.error();
        auto configured = ServerSigningCertificate::load(configuration.value(), context.clock());
        if (!configured)
            return configured.error();
        if (!configured->has_value())
            return Error(ErrorCode::Configuration,
                         QCoreApplication::translate("SiiCommand",
                                                     "Falta el certificado para autenticarse ante el SII: use --p12 "
                                                     "ARCHIVO o --cert ID (o configure server/signing_certificate)."));
        return std::move(**configured);
    }
    const QString source = parser.value(fromFile ? QStringLiteral("p12") : QStringLiteral("cert"));
    auto password = PasswordReader::read(
        context, parser.value(QStringLiteral("p12-password-file")),
        QCoreApplication::translate("SiiCommand", "Contraseña del certificado %1").arg(source), false);
    if (!password)
        return password.error();
    if (fromKeychain)
        return CertificateStore(context.secrets(), context.clock()).open(source, password->toUtf8());
    QFile file(source);
    if (!file.open(QIODevice::ReadOnly))
        return Error(
            ErrorCode::NotFound,
            QCoreApplication::translate("SiiCommand", "No se pudo leer %1: %2").arg(source, file.errorString()));
    return Pkcs12Bundle::fromPkcs12(file.read(1024 * 1024), password->toUtf8());
}

} // namespace factora::cli
