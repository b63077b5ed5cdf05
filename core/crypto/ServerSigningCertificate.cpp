// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "ServerSigningCertificate.h"

#include "secrets/FileSecretStore.h"

#include <QCoreApplication>
#include <QFile>

namespace factora::core {

Result<std::optional<Pkcs12Bundle>> ServerSigningCertificate::load(const Configuration& configuration, const Clock& clock)
{
    const QString certificatePath = configuration.value(QStringLiteral("server/signing_certificate"));
    if (certificatePath.isEmpty())
        return std::optional<Pkcs12Bundle>();
    const QString passphrasePath = configuration.value(QStringLiteral("server/signing_passphrase_file"));
    if (passphrasePath.isEmpty()) {
        return Error(ErrorCode::Configuration,
                     QCoreApplication::translate("ServerSigningCertificate",
                                                 "Falta server/signing_passphrase_file: el archivo con la contraseña de %1.")
                         .arg(certificatePath));
    }
    QFile file(certificatePath);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error(ErrorCode::Configuration,
                     QCoreApplication::translate("ServerSigningCertificate", "No se pudo leer el certificado %1: %2")
                         .arg(certificatePath, file.errorString()));
    }
    const QByteArray pkcs12 = file.readAll();
    auto passphrase = FileSecretStore::readProtectedFile(passphrasePath);
    if (!passphrase)
        return passphrase.error();
    auto bundle = Pkcs12Bundle::fromPkcs12(pkcs12, passphrase.value());
    if (!bundle) {
        return Error(bundle.error().code(), QCoreApplication::translate("ServerSigningCertificate", "%1: %2")
                                                .arg(certificatePath, bundle.error().message()));
    }
    if (auto usable = bundle->checkUsableForSigning(clock); !usable)
        return usable.error();
    return std::optional<Pkcs12Bundle>(std::move(bundle).value());
}

} // namespace factora::core
