// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "DispatchCampaignCommand.h"

#include "DispatchCommandSupport.h"
#include "ExitCode.h"

#include "dispatch/DispatchCampaignService.h"
#include "types/Rut.h"

#include <QCoreApplication>
#include <QFile>
#include <QHostInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace factora::cli {

using namespace factora::core;

namespace {
const QCommandLineOption nameOption(QStringLiteral("name"), QString(), QStringLiteral("NOMBRE"));
const QCommandLineOption operationOption(QStringLiteral("operation"), QString(), QStringLiteral("NUMERO"));
const QCommandLineOption dteIdsOption(QStringLiteral("dte-ids"), QString(), QStringLiteral("1,2,3"));
const QCommandLineOption contactsOption(QStringLiteral("contacts"), QString(), QStringLiteral("ARCHIVO.csv"));
const QCommandLineOption attachOption(QStringLiteral("attach"), QString(), QStringLiteral("pdf|zip"));
const QCommandLineOption processOption(QStringLiteral("process"), QString());
const QCommandLineOption statusOption(QStringLiteral("status"), QString(), QStringLiteral("ID"));

Result<QHash<QString, DispatchContact>> readContacts(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        return Error(ErrorCode::Io, QCoreApplication::translate("DispatchCampaignCommand", "No se puede leer «%1»: %2")
                                        .arg(path, file.errorString()));
    }
    QHash<QString, DispatchContact> contacts;
    int lineNumber = 0;
    while (!file.atEnd()) {
        ++lineNumber;
        QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.startsWith(QChar(0xFEFF)))
            line.remove(0, 1);
        if (line.isEmpty() || line.startsWith(u'#') || (lineNumber == 1 && line.startsWith(u"rut", Qt::CaseInsensitive)))
            continue;
        const QStringList fields = line.split(line.contains(u';') ? u';' : u',');
        auto rut = Rut::parse(fields.value(0).trimmed());
        if (!rut) {
            return Error(ErrorCode::InvalidInput, QCoreApplication::translate("DispatchCampaignCommand", "%1, línea %2: %3")
                                                      .arg(path)
                                                      .arg(lineNumber)
                                                      .arg(rut.error().message()));
        }
        contacts.insert(rut->toString(), DispatchContact{fields.value(1).trimmed(), fields.value(2).trimmed()});
    }
    return contacts;
}

void printSummary(CliContext& context, const DispatchCampaignSummary& summary)
{
    context.out() << QCoreApplication::translate("DispatchCampaignCommand",
                                                 "Campaña %1 «%2»: %3 seleccionados, %4 encolados, %5 terminados de %6")
                         .arg(summary.campaignId)
                         .arg(summary.name)
                         .arg(summary.selected)
                         .arg(summary.enqueued)
                         .arg(summary.finished())
                         .arg(summary.total())
                  << '\n';
    for (auto it = summary.byState.cbegin(); it != summary.byState.cend(); ++it)
        context.out() << QStringLiteral("  %1: %2\n").arg(DispatchStates::name(it.key())).arg(it.value());
    for (const QString& skipped : summary.skipped)
        context.out() << QCoreApplication::translate("DispatchCampaignCommand", "  omitido: %1").arg(skipped) << '\n';
}
} // namespace

QString DispatchCampaignCommand::name() const
{
    return QStringLiteral("dispatch campaign");
}

QString DispatchCampaignCommand::summary() const
{
    return QCoreApplication::translate("DispatchCampaignCommand",
                                       "Envía las facturas de una operación o de una selección de DTE, o muestra una campaña.");
}

void DispatchCampaignCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption(described(nameOption, QCoreApplication::translate("DispatchCampaignCommand", "Nombre de la campaña.")));
    parser.addOption(described(operationOption, QCoreApplication::translate("DispatchCampaignCommand",
                                                                            "Las facturas con cesión anotada de esta operación.")));
    parser.addOption(described(dteIdsOption, QCoreApplication::translate("DispatchCampaignCommand",
                                                                         "Los DTE con estos id, separados por comas.")));
    parser.addOption(described(contactsOption, QCoreApplication::translate("DispatchCampaignCommand",
                                                                           "CSV «RUT,correo,celular» de los deudores; sin él, los datos de su empresa.")));
    parser.addOption(described(attachOption, QCoreApplication::translate("DispatchCampaignCommand",
                                                                         "Adjunto: pdf o zip (por omisión, dispatch/attachment).")));
    parser.addOption(described(processOption, QCoreApplication::translate("DispatchCampaignCommand",
                                                                          "Envía ahora lo encolado, sin esperar a factora-server.")));
    parser.addOption(described(statusOption, QCoreApplication::translate("DispatchCampaignCommand",
                                                                         "Muestra cómo va la campaña con este id.")));
    parser.addOption(jsonOption());
}

int DispatchCampaignCommand::execute(CliContext& context, const QCommandLineParser& parser)
{
    auto runtime = DispatchCommandSupport::runtime(context);
    if (!runtime)
        return fail(context, runtime.error());
    auto database = context.database();
    if (!database)
        return fail(context, database.error());
    DispatchCampaignService campaigns(**database, (*runtime)->service(), context.clock());

    auto print = [&](const DispatchCampaignSummary& summary) {
        if (!parser.isSet(jsonOption())) {
            printSummary(context, summary);
            return;
        }
        QJsonObject states;
        for (auto it = summary.byState.cbegin(); it != summary.byState.cend(); ++it)
            states.insert(DispatchStates::name(it.key()), it.value());
        QJsonObject o{{QStringLiteral("campaign"), summary.campaignId},
                      {QStringLiteral("name"), summary.name},
                      {QStringLiteral("selected"), summary.selected},
                      {QStringLiteral("enqueued"), summary.enqueued},
                      {QStringLiteral("finished"), summary.finished()},
                      {QStringLiteral("states"), states},
                      {QStringLiteral("skipped"), QJsonArray::fromStringList(summary.skipped)}};
        context.out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
    };

    if (parser.isSet(statusOption)) {
        bool ok = false;
        const qint64 id = parser.value(statusOption).toLongLong(&ok);
        if (!ok)
            return usage(context, QCoreApplication::translate("DispatchCampaignCommand", "--status «%1» no es un número.")
                                      .arg(parser.value(statusOption)));
        auto summary = campaigns.summary(id);
        if (!summary)
            return fail(context, summary.error());
        print(*summary);
        return ExitCode::Ok;
    }

    if (!parser.isSet(nameOption))
        return usage(context, QCoreApplication::translate("DispatchCampaignCommand", "falta --name NOMBRE."));
    if (parser.isSet(operationOption) == parser.isSet(dteIdsOption))
        return usage(context, QCoreApplication::translate("DispatchCampaignCommand", "use --operation o --dte-ids (uno de los dos)."));
    DispatchCampaignRequest request;
    request.name = parser.value(nameOption);
    request.operationNumber = parser.value(operationOption).trimmed();
    for (const QString& text : parser.value(dteIdsOption).split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const qint64 id = text.trimmed().toLongLong(&ok);
        if (!ok || id <= 0)
            return usage(context, QCoreApplication::translate("DispatchCampaignCommand", "--dte-ids: «%1» no es un id.").arg(text));
        request.dteIds << id;
    }
    if (parser.isSet(contactsOption)) {
        auto contacts = readContacts(parser.value(contactsOption));
        if (!contacts)
            return fail(context, contacts.error());
        request.contacts = *contacts;
    }
    request.attachmentKind = parser.isSet(attachOption) ? parser.value(attachOption).trimmed().toLower()
                                                        : (*runtime)->settings().attachmentKind;
    auto summary = campaigns.create(request, context.operatorActor(), [&context](int done, int total) {
        context.err() << QCoreApplication::translate("DispatchCampaignCommand", "%1/%2 facturas encoladas").arg(done).arg(total)
                      << '\n';
        context.err().flush();
    });
    if (!summary)
        return fail(context, summary.error());
    if (parser.isSet(processOption)) {
        const QString worker = QStringLiteral("cli:%1:%2").arg(QHostInfo::localHostName()).arg(QCoreApplication::applicationPid());
        // Each pass attempts what is due now (fallback SMS become due at once); retries wait for the server.
        for (;;) {
            auto processed = (*runtime)->service().processDue(worker);
            if (!processed)
                return fail(context, processed.error());
            if (*processed == 0)
                break;
            auto now = campaigns.summary(summary->campaignId);
            if (now)
                context.err() << QCoreApplication::translate("DispatchCampaignCommand", "%1/%2 envíos terminados")
                                     .arg(now->finished())
                                     .arg(now->total())
                              << '\n';
        }
        auto after = campaigns.summary(summary->campaignId);
        if (!after)
            return fail(context, after.error());
        after->skipped = summary->skipped;
        print(*after);
        return ExitCode::Ok;
    }
    print(*summary);
    return ExitCode::Ok;
}

} // namespace factora::cli
