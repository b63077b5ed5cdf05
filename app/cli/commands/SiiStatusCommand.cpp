// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "SiiStatusCommand.h"

#include "ExitCode.h"
#include "cession/CessionService.h"
#include "cession/SiiClientCessionGateway.h"
#include "sii/SiiClient.h"
#include "sii/SiiClientOptions.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

#include <algorithm>

namespace factora::cli {

using namespace factora::core;

namespace {
    constexpr int NotFinal = 3;
    constexpr int Annulled = 2;

    int exitCodeFor(const SiiEnvioStatus& status)
    {
        switch (SiiEnvioCode::kindOf(status.code)) {
        case SiiEnvioKind::Annotated:
            return ExitCode::Ok;
        case SiiEnvioKind::Rejection:
            return ExitCode::Verdict;
        case SiiEnvioKind::Annulled:
            return Annulled;
        case SiiEnvioKind::Intermediate:
        case SiiEnvioKind::Unknown:
            break;
        }
        return NotFinal;
    }
} // namespace

QString SiiStatusCommand::name() const
{
    return QStringLiteral("sii status");
}

QString SiiStatusCommand::summary() const
{
    return QCoreApplication::translate("SiiStatusCommand",
                                       "Consulta en el SII el estado de un envío (TRACKID) y lo registra.");
}

void SiiStatusCommand::configure(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("TRACKID"),
                                 QCoreApplication::translate("SiiStatusCommand", "TRACKID del envío."));
    addSiiOptions(parser);
    parser.addOption({ QStringLiteral("wait"),
                       QCoreApplication::translate(
                           "SiiStatusCommand", "Consulta de nuevo hasta un estado final (EOK, EAN o un rechazo).") });
    parser.addOption({ QStringLiteral("timeout"),
                       QCoreApplication::translate(
                           "SiiStatusCommand", "Con --wait, segundos que se espera como máximo (1800 por omisión)."),
                       QStringLiteral("SEGUNDOS") });
    parser.addOption(
        { QStringLiteral("interval"),
          QCoreApplication::translate("SiiStatusCommand",
                                      "Con --wait, segundos entre la primera y la segunda consulta (5 por omisión; "
                                      "crece ×1,5 hasta 120)."),
          QStringLiteral("SEGUNDOS") });
    parser.addOption(jsonOption());
}

int SiiStatusCommand::execute(CliContext& context, const QCommandLineParser& parser)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usage(context, QCoreApplication::translate("SiiStatusCommand", "indique un TRACKID."));
    const QString trackId = positional.first().trimmed();
    bool digits = !trackId.isEmpty() && trackId.size() <= 20;
    for (const QChar c : trackId)
        digits = digits && c.isDigit();
    if (!digits)
        return usage(
            context,
            QCoreApplication::translate("SiiStatusCommand", "el TRACKID «%1» debe ser solo dígitos.").arg(trackId));
    if (const QString problem = checkSiiOptions(parser); !problem.isEmpty())
        return usage(context, problem);
    bool ok = true;
    const double timeoutSeconds
        = parser.isSet(QStringLiteral("timeout")) ? parser.value(QStringLiteral("timeout")).toDouble(&ok) : 1800.0;
    if (!ok || timeoutSeconds <= 0)
        return usage(context,
                     QCoreApplication::translate("SiiStatusCommand", "--timeout espera segundos mayores que cero."));
    double intervalSeconds
        = parser.isSet(QStringLiteral("interval")) ? parser.value(QStringLiteral("interval")).toDouble(&ok) : 5.0;
    if (!ok || intervalSeconds < 0)
        return usage(context, QCoreApplication::translate("SiiStatusCommand", "--interval espera segundos (0 o más)."));

    auto environment = SiiCommand::environment(context, parser);
    if (!environment)
        return fail(context, environment.error());
    auto configuration = context.configuration();
    if (!configuration)
        return fail(context, configuration.error());
    auto options = SiiClientOptions::fromConfiguration(configuration.value());
    if (!options)
        return fail(context, options.error());
    auto database = context.database();
    if (!database)
        return fail(context, database.error());
    CessionService service(**database, context.clock());
    auto cession = service.findByTrackId(environment->name(), trackId);
    if (!cession)
        return fail(context, cession.error());
    auto signer = SiiCommand::signer(context, parser);
    if (!signer)
        return fail(context, signer.error());
    SiiClient client(environment.value(), signer.value(), options.value(), context.clock());
    SiiClientCessionGateway gateway(client);
    const Actor actor = context.operatorActor();

    const QDeadlineTimer deadline(qint64(timeoutSeconds * 1000));
    std::optional<Cession> recorded = cession.value();
    SiiEnvioStatus status;
    while (true) {
        auto answer = client.envioStatus(trackId);
        if (!answer)
            return fail(context, answer.error());
        status = answer.value();
        if (recorded) {
            auto applied = service.applyEnvioStatus(actor, recorded->id, status, &gateway);
            if (!applied)
                return fail(context, applied.error());
            recorded = applied.value();
        }
        if (!parser.isSet(QStringLiteral("wait")) || exitCodeFor(status) != NotFinal || deadline.hasExpired())
            break;
        if (!parser.isSet(QStringLiteral("json")))
            context.err() << QStringLiteral("%1 %2").arg(status.code, status.meaning) << Qt::endl;
        const qint64 sleepMs = std::min<qint64>(qint64(intervalSeconds * 1000), deadline.remainingTime());
        QThread::msleep(quint64(std::max<qint64>(sleepMs, 0)));
        intervalSeconds = std::min(intervalSeconds * 1.5, 120.0);
    }

    const int code = exitCodeFor(status);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject json { { QStringLiteral("track_id"), trackId },
                           { QStringLiteral("code"), status.code },
                           { QStringLiteral("meaning"), status.meaning },
                           { QStringLiteral("description"), status.description },
                           { QStringLiteral("kind"), SiiEnvioCode::kindName(SiiEnvioCode::kindOf(status.code)) },
                           { QStringLiteral("final"), code != NotFinal },
                           { QStringLiteral("environment"), environment->name() } };
        if (recorded)
            json.insert(QStringLiteral("cession"), recorded->toJson());
        context.out() << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
    } else {
        context.out() << status.code << ": " << status.meaning;
        if (!status.description.trimmed().isEmpty() && status.description.trimmed() != status.meaning)
            context.out() << " (" << status.description.trimmed() << ')';
        context.out() << '\n';
        if (recorded)
            context.out() << QCoreApplication::translate("SiiStatusCommand", "Cesión %1: %2.")
                                 .arg(recorded->documentKey(), CessionStates::description(recorded->state))
                          << '\n';
    }
    if (code == NotFinal && parser.isSet(QStringLiteral("wait")))
        context.err() << "factora-cli: "
                      << QCoreApplication::translate("SiiStatusCommand",
                                                     "el envío %1 no llegó a un estado final en %2 s.")
                             .arg(trackId)
                             .arg(timeoutSeconds)
                      << Qt::endl;
    return code;
}

} // namespace factora::cli
