// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "DispatchPurgeCommand.h"

#include "ExitCode.h"

#include "dispatch/DispatchService.h"

#include <QCoreApplication>

namespace factora::cli {

using namespace factora::core;

QString DispatchPurgeCommand::name() const
{
    return QStringLiteral("dispatch purge");
}

QString DispatchPurgeCommand::summary() const
{
    return QCoreApplication::translate("DispatchPurgeCommand",
                                       "Borra los envíos terminados y los documentos más antiguos que su plazo de retención.");
}

int DispatchPurgeCommand::execute(CliContext& context, const QCommandLineParser&)
{
    auto configuration = context.configuration();
    if (!configuration)
        return fail(context, configuration.error());
    auto settings = DispatchSettings::fromConfiguration(*configuration);
    if (!settings)
        return fail(context, settings.error());
    auto database = context.database();
    if (!database)
        return fail(context, database.error());
    // The purge sends nothing: no channels needed.
    DispatchService service(**database, *settings, DispatchChannels{}, context.clock());
    auto counts = service.purge(context.operatorActor());
    if (!counts)
        return fail(context, counts.error());
    context.out() << QCoreApplication::translate("DispatchPurgeCommand",
                                                 "Purga: %1 envíos y %2 intentos de más de %3 días, %4 documentos de más "
                                                 "de %5 días")
                         .arg(counts->dispatches)
                         .arg(counts->attempts)
                         .arg(settings->logRetentionDays)
                         .arg(counts->files)
                         .arg(settings->fileRetentionDays)
                  << '\n';
    return ExitCode::Ok;
}

} // namespace factora::cli
