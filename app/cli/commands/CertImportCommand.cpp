// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "CertImportCommand.h"

#include "ExitCode.h"
#include "PasswordReader.h"
#include "crypto/CertificateStore.h"
#include "secrets/SecretStore.h"

#include <QCoreApplication>
#include <QFile>

namespace factora::cli {

QString CertImportCommand::name() const
{
    return QStringLiteral("cert import");
}

QString CertImportCommand::summary() const
{
    return QCoreApplication::translate("CertImportCommand", "Guarda un certificado PKCS#12 (.pfx/.p12) en el llavero del sistema.");
}

void CertImportCommand::configure(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("ARCHIVO.p12"),
                                 QCoreApplication::translate("CertImportCommand", "Certificado con su clave privada."));
    parser.addOption({QStringLiteral("password-file"),
                      QCoreApplication::translate("CertImportCommand",
                                                  "Lee la contraseña del certificado de ARCHIVO (- para la entrada estándar)."),
                      QStringLiteral("ARCHIVO")});
}

int CertImportCommand::execute(CliContext& context, const QCommandLineParser& parser)
{
    if (parser.positionalArguments().size() != 1)
        return usage(context, QCoreApplication::translate("CertImportCommand", "falta el archivo .p12 (uno solo)."));
    const QString path = parser.positionalArguments().first();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(context, core::Error(core::ErrorCode::NotFound,
                                         QCoreApplication::translate("CertImportCommand", "No se pudo leer %1: %2")
                                             .arg(path, file.errorString())));
    }
    const QByteArray pkcs12 = file.readAll();
    auto password = PasswordReader::read(context, parser.value(QStringLiteral("password-file")),
                                         QCoreApplication::translate("CertImportCommand", "Contraseña de %1").arg(path), false);
    if (!password)
        return fail(context, password.error());
    core::CertificateStore store(context.secrets(), context.clock());
    auto info = store.import(pkcs12, password->toUtf8());
    if (!info)
        return fail(context, info.error());
    const QDateTime now = context.clock().nowUtc();
    context.out() << QCoreApplication::translate("CertImportCommand", "Certificado guardado en %1.").arg(context.secrets().location())
                  << '\n'
                  << "  ID:       " << info->id << '\n'
                  << "  Titular:  " << info->commonName
                  << (info->holderRut.isEmpty() ? QString() : QStringLiteral(" (RUT %1)").arg(info->holderRut)) << '\n'
                  << "  Emisor:   " << info->issuer << '\n'
                  << "  Serie:    " << info->serialHex << '\n'
                  << "  Vigencia: " << info->notBefore.toString(Qt::ISODate) << " — " << info->notAfter.toString(Qt::ISODate)
                  << '\n';
    if (info->holderRut.isEmpty())
        context.err() << QCoreApplication::translate("CertImportCommand",
                                                     "Atención: el certificado no trae el RUT del titular; el SII lo exige para ceder.")
                      << Qt::endl;
    if (info->notAfter < now || info->notBefore > now)
        context.err() << QCoreApplication::translate("CertImportCommand", "Atención: el certificado no está vigente hoy; no servirá para firmar.")
                      << Qt::endl;
    return ExitCode::Ok;
}

} // namespace factora::cli
