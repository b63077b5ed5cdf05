// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "DispatchSendCommand.h"

#include "DispatchCommandSupport.h"
#include "ExitCode.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHostInfo>

namespace factora::cli {

using namespace factora::core;

namespace {
const QCommandLineOption dteOption(QStringLiteral("dte"), QString(), QStringLiteral("ARCHIVO"));
const QCommandLineOption toOption(QStringLiteral("to"), QString(), QStringLiteral("CORREO"));
const QCommandLineOption phoneOption(QStringLiteral("phone"), QString(), QStringLiteral("+56…"));
const QCommandLineOption attachOption(QStringLiteral("attach"), QString(), QStringLiteral("pdf|zip"));
const QCommandLineOption folioOption(QStringLiteral("folio"), QString(), QStringLiteral("N"));
} // namespace

QString DispatchSendCommand::name() const
{
    return QStringLiteral("dispatch send");
}

QString DispatchSendCommand::summary() const
{
    return QCoreApplication::translate("DispatchSendCommand",
                                       "Envía un DTE al deudor por correo (con SMS si falla) y muestra el resultado.");
}

void DispatchSendCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption(described(dteOption, QCoreApplication::translate("DispatchSendCommand", "DTE, EnvioDTE o AEC en XML.")));
    parser.addOption(described(toOption, QCoreApplication::translate("DispatchSendCommand", "Correo del deudor.")));
    parser.addOption(described(phoneOption, QCoreApplication::translate("DispatchSendCommand",
                                                                        "Celular del deudor para el SMS, p. ej. +56912345678.")));
    parser.addOption(described(attachOption, QCoreApplication::translate("DispatchSendCommand",
                                                                         "Adjunto: pdf o zip (por omisión, dispatch/attachment).")));
    parser.addOption(described(folioOption, QCoreApplication::translate("DispatchSendCommand",
                                                                        "El folio del DTE, si el archivo tiene varios.")));
}

int DispatchSendCommand::execute(CliContext& context, const QCommandLineParser& parser)
{
    if (!parser.isSet(dteOption))
        return usage(context, QCoreApplication::translate("DispatchSendCommand", "falta --dte ARCHIVO."));
    if (!parser.isSet(toOption) && !parser.isSet(phoneOption))
        return usage(context, QCoreApplication::translate("DispatchSendCommand", "falta --to CORREO o --phone +56…."));
    qint64 folio = 0;
    if (parser.isSet(folioOption)) {
        bool ok = false;
        folio = parser.value(folioOption).trimmed().toLongLong(&ok);
        if (!ok || folio <= 0) {
            return usage(context, QCoreApplication::translate("DispatchSendCommand", "--folio «%1» no es un número de folio.")
                                      .arg(parser.value(folioOption)));
        }
    }
    const QString path = parser.value(dteOption);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        context.err() << QCoreApplication::translate("DispatchSendCommand", "factora-cli: no se puede leer «%1»: %2")
                             .arg(path, file.errorString())
                      << '\n';
        return ExitCode::NoInput;
    }
    auto request = DispatchComposer::requestFromDocument(file.readAll(), QFileInfo(path).fileName(), folio);
    if (!request)
        return fail(context, request.error());
    auto runtime = DispatchCommandSupport::runtime(context);
    if (!runtime)
        return fail(context, runtime.error());
    DispatchService& service = (*runtime)->service();
    request->email = parser.value(toOption).trimmed();
    request->phone = parser.value(phoneOption).trimmed();
    request->attachmentKind = parser.isSet(attachOption) ? parser.value(attachOption).trimmed().toLower()
                                                         : (*runtime)->settings().attachmentKind;
    auto id = service.enqueue(*request, context.operatorActor());
    if (!id)
        return fail(context, id.error());
    const QString worker = QStringLiteral("cli:%1:%2").arg(QHostInfo::localHostName()).arg(QCoreApplication::applicationPid());
    auto record = service.processOne(*id, worker);
    if (!record)
        return fail(context, record.error());
    // A rejected e-mail falls back to SMS at once: attempt it in the same run.
    if (record->state == DispatchState::FallbackSms) {
        record = service.processOne(*id, worker);
        if (!record)
            return fail(context, record.error());
    }
    context.out() << DispatchCommandSupport::describe(*record) << '\n';
    return DispatchCommandSupport::exitCodeFor(record->state);
}

} // namespace factora::cli
