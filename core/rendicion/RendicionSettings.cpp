// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "RendicionSettings.h"

#include "types/Rut.h"

#include <QCoreApplication>

namespace factora::core {

const QStringList& RendicionSettings::channels()
{
    static const QStringList list { QStringLiteral("CV"), QStringLiteral("IN") };
    return list;
}

Result<RendicionSettings> RendicionSettings::fromConfiguration(const Configuration& configuration)
{
    RendicionSettings settings;
    const QString rut = configuration.value(QStringLiteral("rendicion/company_rut")).trimmed();
    if (!rut.isEmpty()) {
        auto parsed = Rut::parse(rut);
        if (!parsed)
            return Error(ErrorCode::Configuration,
                         QCoreApplication::translate("RendicionSettings", "rendicion/company_rut («%1», %2): %3")
                             .arg(rut, configuration.sourceOf(QStringLiteral("rendicion/company_rut")),
                                  parsed.error().message()));
        settings.companyRut = parsed->toString();
    }
    for (const QString& channel : channels()) {
        const QString key = QStringLiteral("rendicion/convenio_") + channel.toLower();
        const QString value = configuration.value(key).trimmed();
        if (value.isEmpty())
            continue;
        bool digits = true;
        for (QChar c : value)
            digits = digits && c >= u'0' && c <= u'9';
        if (!digits)
            return Error(
                ErrorCode::Configuration,
                QCoreApplication::translate("RendicionSettings", "%1 («%2», %3): el convenio debe tener solo dígitos")
                    .arg(key, value, configuration.sourceOf(key)));
        settings.convenios.insert(channel, value);
    }
    const QString channel = configuration.value(QStringLiteral("rendicion/notification_channel")).trimmed();
    if (!channels().contains(channel))
        return Error(
            ErrorCode::Configuration,
            QCoreApplication::translate("RendicionSettings", "rendicion/notification_channel («%1», %2): use CV o IN")
                .arg(channel, configuration.sourceOf(QStringLiteral("rendicion/notification_channel"))));
    settings.notificationChannel = channel;
    settings.layoutFile = configuration.value(QStringLiteral("rendicion/layout_file")).trimmed();
    return settings;
}

} // namespace factora::core
