// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "SiiSubmitCommand.h"

#include "ExitCode.h"
#include "cession/CessionService.h"
#include "cession/SiiClientCessionGateway.h"
#include "sii/SiiClient.h"
#include "sii/SiiClientOptions.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace factora::cli {

using namespace factora::core;

QString SiiSubmitCommand::name() const
{
    return QStringLiteral("sii submit");
}

QString SiiSubmitCommand::summary() const
{
    return QCoreApplication::translate("SiiSubmitCommand",
                                       "Registra un AEC y lo envía al SII una sola vez; muestra el TRACKID.");
}

void SiiSubmitCommand::configure(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("AEC"),
                                 QCoreApplication::translate("SiiSubmitCommand", "Archivo AEC firmado."));
    addSiiOptions(parser);
    parser.addOption({ QStringLiteral("email-notif"),
                       QCoreApplication::translate("SiiSubmitCommand", "Correo al que el SII envía el resultado."),
                       QStringLiteral("CORREO") });
    parser.addOption({ QStringLiteral("resubmit"),
                       QCoreApplication::translate("SiiSubmitCommand",
                                                   "Reenvía una cesión rechazada; MOTIVO queda en la auditoría."),
                       QStringLiteral("MOTIVO") });
    parser.addOption(jsonOption());
}

int SiiSubmitCommand::execute(CliContext& context, const QCommandLineParser& parser)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usage(context, QCoreApplication::translate("SiiSubmitCommand", "indique un archivo AEC."));
    if (const QString problem = checkSiiOptions(parser); !problem.isEmpty())
        return usage(context, problem);
    if (!parser.isSet(QStringLiteral("p12")) && !parser.isSet(QStringLiteral("cert")))
        return usage(context, QCoreApplication::translate("SiiSubmitCommand", "falta --p12 ARCHIVO o --cert ID."));
    const QString email = parser.value(QStringLiteral("email-notif")).trimmed();
    if (email.isEmpty() || !email.contains(QLatin1Char('@')))
        return usage(context,
                     QCoreApplication::translate("SiiSubmitCommand", "falta --email-notif con un correo válido."));

    const QString path = positional.first();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(context,
                    Error(ErrorCode::NotFound,
                          QCoreApplication::translate("SiiSubmitCommand", "No se pudo leer %1: %2")
                              .arg(path, file.errorString())));
    if (file.size() > 20 * 1024 * 1024)
        return fail(context,
                    Error(ErrorCode::InvalidInput,
                          QCoreApplication::translate("SiiSubmitCommand", "%1 pesa más de 20 MiB.").arg(path)));
    const QByteArray aec = file.readAll();

    auto environment = SiiCommand::environment(context, parser);
    if (!environment)
        return fail(context, environment.error());
    auto configuration = context.configuration();
    if (!configuration)
        return fail(context, configuration.error());
    auto options = SiiClientOptions::fromConfiguration(configuration.value());
    if (!options)
        return fail(context, options.error());
    auto grace = configuration->intValue(QStringLiteral("cession/recovery_grace_seconds"));
    if (!grace)
        return fail(context, grace.error());
    auto database = context.database();
    if (!database)
        return fail(context, database.error());
    CessionService service(**database, context.clock());
    service.setRecoveryGraceSeconds(grace.value());
    const Actor actor = context.operatorActor();

    // Recorded (or found, by its SHA-256) before anything goes to the SII.
    auto cession = service.record(actor, aec, QFileInfo(path).fileName(), environment->name(), email);
    if (!cession)
        return fail(context, cession.error());

    const bool alreadySent = cession->state == CessionState::Submitted || cession->state == CessionState::Received
        || cession->state == CessionState::Annotated || cession->state == CessionState::Annulled;
    if (!alreadySent) {
        if (cession->state == CessionState::Rejected && !parser.isSet(QStringLiteral("resubmit")))
            return fail(context,
                        Error(ErrorCode::Conflict,
                              QCoreApplication::translate("SiiSubmitCommand",
                                                          "La cesión %1 fue rechazada por el SII (%2 %3). Para "
                                                          "enviarla de nuevo use --resubmit MOTIVO.")
                                  .arg(cession->documentKey(), cession->siiCode, cession->siiMessage)));
        auto signer = SiiCommand::signer(context, parser);
        if (!signer)
            return fail(context, signer.error());
        SiiClient client(environment.value(), signer.value(), options.value(), context.clock());
        SiiClientCessionGateway gateway(client);
        cession = cession->state == CessionState::Rejected
            ? service.resubmit(actor, cession->id, parser.value(QStringLiteral("resubmit")), gateway)
            : service.submit(actor, cession->id, gateway);
        if (!cession)
            return fail(context, cession.error());
    } else {
        context.err() << QCoreApplication::translate("SiiSubmitCommand",
                                                     "El AEC ya se había enviado (cesión %1); no se envía de nuevo.")
                             .arg(cession->documentKey())
                      << Qt::endl;
    }

    if (parser.isSet(QStringLiteral("json")))
        context.out() << QString::fromUtf8(QJsonDocument(cession->toJson()).toJson(QJsonDocument::Indented));
    switch (cession->state) {
    case CessionState::Submitting:
        context.err() << "factora-cli: "
                      << QCoreApplication::translate("SiiSubmitCommand",
                                                     "el envío anterior de la cesión %1 quedó interrumpido y aún no "
                                                     "figura en el registro del SII; se reintentará pasados %2 s desde "
                                                     "su inicio (vuelva a ejecutar este comando).")
                             .arg(cession->documentKey())
                             .arg(service.recoveryGraceSeconds())
                      << Qt::endl;
        return ExitCode::Unavailable;
    case CessionState::Rejected:
        context.err() << "factora-cli: "
                      << QCoreApplication::translate("SiiSubmitCommand",
                                                     "el SII rechazó el envío de la cesión %1: %2 %3")
                             .arg(cession->documentKey(), cession->siiCode, cession->siiMessage)
                      << Qt::endl;
        return ExitCode::Verdict;
    default:
        break;
    }
    if (!parser.isSet(QStringLiteral("json"))) {
        if (cession->trackId.isEmpty())
            context.out() << QCoreApplication::translate("SiiSubmitCommand", "Cesión %1: %2 (sin TRACKID).")
                                 .arg(cession->documentKey(), CessionStates::description(cession->state))
                          << '\n';
        else
            context.out() << cession->trackId << '\n';
    }
    context.err() << QCoreApplication::translate("SiiSubmitCommand", "Cesión %1 %2; TRACKID %3.")
                         .arg(cession->documentKey(), CessionStates::description(cession->state),
                              cession->trackId.isEmpty() ? QStringLiteral("-") : cession->trackId)
                  << Qt::endl;
    return ExitCode::Ok;
}

} // namespace factora::cli
