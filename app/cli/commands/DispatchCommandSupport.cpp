// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "DispatchCommandSupport.h"

#include "ExitCode.h"

#include "secrets/FileSecretStore.h"

#include <QCoreApplication>

namespace factora::cli {

using namespace factora::core;

Result<std::unique_ptr<DispatchRuntime>> DispatchCommandSupport::runtime(CliContext& context)
{
    auto configuration = context.configuration();
    if (!configuration)
        return configuration.error();
    auto database = context.database();
    if (!database)
        return database.error();
    const QString secretsDir = configuration->value(QStringLiteral("delivery/secrets_dir")).trimmed();
    if (!secretsDir.isEmpty()) {
        const FileSecretStore files(secretsDir);
        return DispatchRuntime::create(**database, *configuration, files, context.clock());
    }
    return DispatchRuntime::create(**database, *configuration, context.secrets(), context.clock());
}

QString DispatchCommandSupport::describe(const DispatchRecord& record)
{
    const QString to = record.email.isEmpty() ? record.phone : record.email;
    return QCoreApplication::translate("DispatchCommandSupport", "Envío %1 (tipo %2, folio %3, a %4): %5 — %6")
        .arg(record.id)
        .arg(record.tipo)
        .arg(record.folio)
        .arg(to, DispatchStates::describe(record.state), record.lastReason);
}

int DispatchCommandSupport::exitCodeFor(DispatchState state)
{
    switch (state) {
    case DispatchState::Accepted:
    case DispatchState::SmsSent:
    case DispatchState::Delivered:
        return ExitCode::Ok;
    case DispatchState::Failed:
    case DispatchState::Suppressed:
        return ExitCode::Verdict;
    case DispatchState::Queued:
    case DispatchState::Sending:
    case DispatchState::RetryWait:
    case DispatchState::FallbackSms:
        return ExitCode::Unavailable;
    }
    return ExitCode::Software;
}

} // namespace factora::cli
