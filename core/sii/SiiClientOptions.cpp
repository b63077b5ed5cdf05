// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "SiiClientOptions.h"

#include "common/Configuration.h"

#include <QCoreApplication>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace factora::core {

Result<SiiClientOptions> SiiClientOptions::fromConfiguration(const Configuration& configuration)
{
    SiiClientOptions options;
    auto timeout = configuration.intValue(u"sii/timeout_ms"_s);
    if (!timeout)
        return timeout.error();
    options.timeoutMs = timeout.value();
    options.connectTimeoutMs = std::min(options.connectTimeoutMs, timeout.value());
    auto attempts = configuration.intValue(u"sii/max_attempts"_s);
    if (!attempts)
        return attempts.error();
    options.maxAttempts = attempts.value();
    options.caFile = configuration.value(u"sii/ca_file"_s).trimmed();
    if (!options.caFile.isEmpty() && !QFileInfo(options.caFile).isFile())
        return Error(ErrorCode::Configuration,
                     QCoreApplication::translate("SiiClientOptions",
                                                 "Configuración «sii/ca_file» (%1): el archivo «%2» no existe.")
                         .arg(configuration.sourceOf(u"sii/ca_file"_s), options.caFile));
    if (auto valid = options.validate(); !valid)
        return valid.error();
    return options;
}

Status SiiClientOptions::validate() const
{
    auto invalid = [](const char* member, const QString& value) {
        return Error(ErrorCode::InvalidInput,
                     QCoreApplication::translate("SiiClientOptions", "Opción del cliente SII fuera de rango: %1 = %2.")
                         .arg(QLatin1StringView(member), value));
    };
    if (connectTimeoutMs <= 0)
        return invalid("connectTimeoutMs", QString::number(connectTimeoutMs));
    if (timeoutMs <= 0)
        return invalid("timeoutMs", QString::number(timeoutMs));
    if (maxAttempts < 1)
        return invalid("maxAttempts", QString::number(maxAttempts));
    if (initialBackoffMs < 0)
        return invalid("initialBackoffMs", QString::number(initialBackoffMs));
    if (backoffFactor < 1.0)
        return invalid("backoffFactor", QString::number(backoffFactor));
    if (maxBackoffMs < initialBackoffMs)
        return invalid("maxBackoffMs", QString::number(maxBackoffMs));
    if (pollIntervalMs < 0)
        return invalid("pollIntervalMs", QString::number(pollIntervalMs));
    if (pollFactor < 1.0)
        return invalid("pollFactor", QString::number(pollFactor));
    if (pollMaxIntervalMs < pollIntervalMs)
        return invalid("pollMaxIntervalMs", QString::number(pollMaxIntervalMs));
    if (tokenLifetimeSeconds < 1)
        return invalid("tokenLifetimeSeconds", QString::number(tokenLifetimeSeconds));
    return {};
}

} // namespace factora::core
