// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "DispatchSettings.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace factora::core {

Result<DispatchSettings> DispatchSettings::fromConfiguration(const Configuration& configuration)
{
    DispatchSettings settings;
    struct IntKey
    {
        const char* name;
        int* target;
    };
    int factorPercent = 200;
    const IntKey intKeys[] = {
        {"dispatch/workers", &settings.workers},
        {"dispatch/batch_size", &settings.batchSize},
        {"dispatch/lease_seconds", &settings.leaseSeconds},
        {"dispatch/poll_seconds", &settings.pollSeconds},
        {"dispatch/retry_base_seconds", &settings.retryBaseSeconds},
        {"dispatch/retry_factor_percent", &factorPercent},
        {"dispatch/retry_max_delay_seconds", &settings.retryMaxDelaySeconds},
        {"dispatch/max_attempts", &settings.maxAttempts},
        {"dispatch/retry_window_hours", &settings.retryWindowHours},
        {"dispatch/log_retention_days", &settings.logRetentionDays},
        {"dispatch/file_retention_days", &settings.fileRetentionDays},
    };
    for (const IntKey& key : intKeys) {
        Result<int> value = configuration.intValue(QLatin1StringView(key.name));
        if (!value)
            return value.error();
        *key.target = value.value();
    }
    settings.retryFactor = factorPercent / 100.0;

    settings.attachmentKind = configuration.value(QStringLiteral("dispatch/attachment")).trimmed().toLower();
    if (settings.attachmentKind != u"pdf" && settings.attachmentKind != u"zip") {
        return Error(ErrorCode::Configuration,
                     QCoreApplication::translate("DispatchSettings",
                                                 "dispatch/attachment vale «%1» (%2); se esperaba pdf o zip")
                         .arg(settings.attachmentKind, configuration.sourceOf(QStringLiteral("dispatch/attachment"))));
    }
    const QString purgeText = configuration.value(QStringLiteral("dispatch/purge_time")).trimmed();
    settings.purgeTime = QTime::fromString(purgeText, QStringLiteral("HH:mm"));
    if (!settings.purgeTime.isValid()) {
        return Error(ErrorCode::Configuration,
                     QCoreApplication::translate("DispatchSettings",
                                                 "dispatch/purge_time vale «%1» (%2); se esperaba una hora HH:MM")
                         .arg(purgeText, configuration.sourceOf(QStringLiteral("dispatch/purge_time"))));
    }
    settings.smsReceiptPath = configuration.value(QStringLiteral("dispatch/sms_receipt_path")).trimmed();
    if (!settings.smsReceiptPath.isEmpty() && !settings.smsReceiptPath.startsWith(u'/')) {
        return Error(ErrorCode::Configuration,
                     QCoreApplication::translate("DispatchSettings",
                                                 "dispatch/sms_receipt_path vale «%1»; debe empezar con /")
                         .arg(settings.smsReceiptPath));
    }
    settings.smsReceiptHeader = configuration.value(QStringLiteral("dispatch/sms_receipt_header")).trimmed();
    settings.smsReceiptSecretFile = configuration.value(QStringLiteral("dispatch/sms_receipt_secret_file")).trimmed();
    return settings;
}

qint64 DispatchSettings::backoffSeconds(int attempt) const
{
    const double raw = retryBaseSeconds * std::pow(retryFactor, std::max(0, attempt - 1));
    return static_cast<qint64>(std::min(raw, static_cast<double>(retryMaxDelaySeconds)));
}

} // namespace factora::core
