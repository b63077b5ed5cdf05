// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "SimOptions.h"

#include <QCoreApplication>

namespace factora::siisim {

using core::Error;
using core::ErrorCode;

core::Result<SimOptions> SimOptions::parse(const QStringList& arguments)
{
    SimOptions options;
    bool listenGiven = false;
    auto invalid = [](const QString& message) { return Error(ErrorCode::InvalidInput, message); };
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& flag = arguments.at(i);
        if (flag == u"--help" || flag == u"-h")
            return invalid(usage());
        if (i + 1 >= arguments.size())
            return invalid(QCoreApplication::translate("SimOptions", "%1: falta el valor.").arg(flag));
        const QString value = arguments.at(++i);
        auto integer = [&](int minimum, int maximum) -> core::Result<int> {
            bool ok = false;
            const int number = value.toInt(&ok);
            if (!ok || number < minimum || number > maximum)
                return invalid(QCoreApplication::translate("SimOptions", "%1: «%2» no es un entero entre %3 y %4.")
                                   .arg(flag, value)
                                   .arg(minimum)
                                   .arg(maximum));
            return number;
        };
        if (flag == u"--listen") {
            const qsizetype colon = value.lastIndexOf(u':');
            bool ok = false;
            const uint port = colon > 0 ? value.mid(colon + 1).toUInt(&ok) : 0;
            if (colon <= 0 || !ok || port > 65535)
                return invalid(
                    QCoreApplication::translate("SimOptions", "--listen: «%1» no es HOST:PUERTO.").arg(value));
            options.host = value.left(colon);
            options.port = static_cast<quint16>(port);
            listenGiven = true;
        } else if (flag == u"--tls-cert") {
            options.tlsCertificate = value;
        } else if (flag == u"--tls-key") {
            options.tlsKey = value;
        } else if (flag == u"--state") {
            options.stateFile = value;
        } else if (flag == u"--seed-ttl-seconds") {
            auto number = integer(0, 86400);
            if (!number)
                return number.error();
            options.seedTtlSeconds = *number;
        } else if (flag == u"--token-ttl-seconds") {
            auto number = integer(0, 86400 * 30);
            if (!number)
                return number.error();
            options.tokenTtlSeconds = *number;
        } else if (flag == u"--polls-per-stage") {
            auto number = integer(1, 1000);
            if (!number)
                return number.error();
            options.pollsPerStage = *number;
        } else if (flag == u"--max-upload-bytes") {
            auto number = integer(1, 512 * 1024 * 1024);
            if (!number)
                return number.error();
            options.maxUploadBytes = *number;
        } else if (flag == u"--fault") {
            auto fault = FaultSpec::parse(value);
            if (!fault)
                return fault.error();
            options.faults << *fault;
        } else if (flag == u"--trusted-ca") {
            options.trustedCas << value;
        } else {
            return invalid(QCoreApplication::translate("SimOptions", "Opción desconocida: %1").arg(flag));
        }
    }
    if (!listenGiven)
        return invalid(QCoreApplication::translate("SimOptions", "Falta --listen HOST:PUERTO."));
    if (options.tlsCertificate.isEmpty() != options.tlsKey.isEmpty())
        return invalid(QCoreApplication::translate("SimOptions", "--tls-cert y --tls-key van juntos."));
    return options;
}

QString SimOptions::usage()
{
    return QCoreApplication::translate(
        "SimOptions",
        "Uso: factora-sii-sim --listen 127.0.0.1:0 [--tls-cert PEM --tls-key PEM] [--state ARCHIVO]\n"
        "       [--seed-ttl-seconds 120] [--token-ttl-seconds N] [--polls-per-stage N] [--max-upload-bytes N]\n"
        "       [--fault OBJETIVO:TIPO[:MS][:CANTIDAD]]... [--trusted-ca PEM]...\n"
        "Objetivos: seed, token, upload, status, any. Tipos: http500, error500-body, html, empty, slow:MS, drop,\n"
        "token-expire.");
}

} // namespace factora::siisim
