// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "DispatchLogCommand.h"

#include "DispatchCommandSupport.h"
#include "ExitCode.h"

#include "dispatch/DispatchLogExport.h"
#include "dispatch/DispatchRepository.h"
#include "types/Rut.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

namespace factora::cli {

using namespace factora::core;

namespace {
const QCommandLineOption rutOption(QStringLiteral("rut"), QString(), QStringLiteral("RUT"));
const QCommandLineOption folioOption(QStringLiteral("folio"), QString(), QStringLiteral("N"));
const QCommandLineOption statusOption(QStringLiteral("status"), QString(), QStringLiteral("ESTADO"));
const QCommandLineOption channelOption(QStringLiteral("channel"), QString(), QStringLiteral("email|sms"));
const QCommandLineOption campaignOption(QStringLiteral("campaign"), QString(), QStringLiteral("ID"));
const QCommandLineOption fromOption(QStringLiteral("from"), QString(), QStringLiteral("AAAA-MM-DD"));
const QCommandLineOption toOption(QStringLiteral("to"), QString(), QStringLiteral("AAAA-MM-DD"));
const QCommandLineOption limitOption(QStringLiteral("limit"), QString(), QStringLiteral("N"));
const QCommandLineOption csvOption(QStringLiteral("csv"), QString());
const QCommandLineOption outOption(QStringLiteral("out"), QString(), QStringLiteral("ARCHIVO"));
} // namespace

QString DispatchLogCommand::name() const
{
    return QStringLiteral("dispatch log");
}

QString DispatchLogCommand::summary() const
{
    return QCoreApplication::translate("DispatchLogCommand",
                                       "Muestra el registro de envíos de facturas, con el motivo de cada falla.");
}

void DispatchLogCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption(described(rutOption, QCoreApplication::translate("DispatchLogCommand", "Solo los de este deudor.")));
    parser.addOption(described(folioOption, QCoreApplication::translate("DispatchLogCommand", "Solo los de este folio.")));
    parser.addOption(described(statusOption, QCoreApplication::translate("DispatchLogCommand",
                                                                         "Solo los que están en este estado (queued, "
                                                                         "retry_wait, accepted, sms_sent, failed, …).")));
    parser.addOption(described(channelOption, QCoreApplication::translate("DispatchLogCommand",
                                                                          "Solo los que tuvieron un intento por este canal.")));
    parser.addOption(described(campaignOption, QCoreApplication::translate("DispatchLogCommand", "Solo los de esta campaña.")));
    parser.addOption(described(fromOption, QCoreApplication::translate("DispatchLogCommand", "Encolados desde este día (UTC).")));
    parser.addOption(described(toOption, QCoreApplication::translate("DispatchLogCommand", "Encolados hasta este día (UTC).")));
    parser.addOption(described(limitOption, QCoreApplication::translate("DispatchLogCommand",
                                                                        "Cuántos envíos como máximo (por omisión 1000).")));
    parser.addOption(jsonOption());
    parser.addOption(described(csvOption, QCoreApplication::translate("DispatchLogCommand",
                                                                      "CSV para Excel (UTF-8 con BOM), una línea por intento.")));
    parser.addOption(described(outOption, QCoreApplication::translate("DispatchLogCommand",
                                                                      "Escribe el JSON o el CSV en este archivo.")));
}

int DispatchLogCommand::execute(CliContext& context, const QCommandLineParser& parser)
{
    if (parser.isSet(jsonOption()) && parser.isSet(csvOption))
        return usage(context, QCoreApplication::translate("DispatchLogCommand", "use --json o --csv, no ambos."));
    DispatchFilter filter;
    filter.limit = 1000;
    if (parser.isSet(rutOption)) {
        auto rut = Rut::parse(parser.value(rutOption));
        if (!rut)
            return usage(context, rut.error().message());
        filter.debtorRut = rut->toString();
    }
    auto number = [&](const QCommandLineOption& option, qint64* target) {
        bool ok = false;
        *target = parser.value(option).trimmed().toLongLong(&ok);
        return ok && *target > 0;
    };
    qint64 value = 0;
    if (parser.isSet(folioOption)) {
        if (!number(folioOption, &value))
            return usage(context, QCoreApplication::translate("DispatchLogCommand", "--folio «%1» no es un folio.")
                                      .arg(parser.value(folioOption)));
        filter.folio = value;
    }
    if (parser.isSet(campaignOption)) {
        if (!number(campaignOption, &value))
            return usage(context, QCoreApplication::translate("DispatchLogCommand", "--campaign «%1» no es un número.")
                                      .arg(parser.value(campaignOption)));
        filter.campaignId = value;
    }
    if (parser.isSet(limitOption)) {
        if (!number(limitOption, &value) || value > 1000000)
            return usage(context, QCoreApplication::translate("DispatchLogCommand", "--limit «%1» no es un número válido.")
                                      .arg(parser.value(limitOption)));
        filter.limit = static_cast<int>(value);
    }
    if (parser.isSet(statusOption)) {
        auto state = DispatchStates::parse(parser.value(statusOption));
        if (!state)
            return usage(context, state.error().message());
        filter.state = *state;
    }
    if (parser.isSet(channelOption)) {
        auto channel = DispatchStates::parseChannel(parser.value(channelOption));
        if (!channel)
            return usage(context, channel.error().message());
        filter.channel = *channel;
    }
    for (const auto& [option, target] : {std::pair{&fromOption, &filter.from}, std::pair{&toOption, &filter.to}}) {
        if (!parser.isSet(*option))
            continue;
        *target = QDate::fromString(parser.value(*option).trimmed(), Qt::ISODate);
        if (!target->isValid())
            return usage(context, QCoreApplication::translate("DispatchLogCommand", "--%1 «%2» no es una fecha AAAA-MM-DD.")
                                      .arg(option->names().first(), parser.value(*option)));
    }

    auto database = context.database();
    if (!database)
        return fail(context, database.error());
    DispatchRepository repository(**database);
    auto dispatches = repository.search(filter);
    if (!dispatches)
        return fail(context, dispatches.error());
    QList<qint64> ids;
    for (const DispatchRecord& d : *dispatches)
        ids << d.id;
    auto attempts = repository.attempts(ids);
    if (!attempts)
        return fail(context, attempts.error());

    QByteArray bytes;
    if (parser.isSet(csvOption))
        bytes = DispatchLogExport::toCsv(*dispatches, *attempts);
    else if (parser.isSet(jsonOption()))
        bytes = QJsonDocument(DispatchLogExport::toJson(*dispatches, *attempts)).toJson(QJsonDocument::Indented);
    if (!bytes.isEmpty() && parser.isSet(outOption)) {
        QFile out(parser.value(outOption));
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(bytes) != bytes.size()) {
            return fail(context, Error(ErrorCode::Io, QCoreApplication::translate("DispatchLogCommand",
                                                                                  "No se puede escribir «%1»: %2")
                                                          .arg(out.fileName(), out.errorString())));
        }
        context.out() << QCoreApplication::translate("DispatchLogCommand", "%1 envíos escritos en %2")
                             .arg(dispatches->size())
                             .arg(out.fileName())
                      << '\n';
        return ExitCode::Ok;
    }
    if (!bytes.isEmpty()) {
        context.out() << QString::fromUtf8(bytes);
        return ExitCode::Ok;
    }
    for (const DispatchRecord& d : *dispatches) {
        context.out() << QStringLiteral("%1  %2  %3  %4/%5  %6  %7  %8\n")
                             .arg(d.id)
                             .arg(d.createdAt.toString(Qt::ISODate), d.debtorRut)
                             .arg(d.tipo)
                             .arg(d.folio)
                             .arg(d.email.isEmpty() ? d.phone : d.email, DispatchStates::name(d.state), d.lastReason);
    }
    if (dispatches->isEmpty())
        context.out() << QCoreApplication::translate("DispatchLogCommand", "No hay envíos con esos filtros.") << '\n';
    return ExitCode::Ok;
}

} // namespace factora::cli
