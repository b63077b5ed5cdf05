// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "ApplicationIdentity.h"

#include "Localization.h"

#include <QCoreApplication>
#include <QLoggingCategory>

namespace factora::core {

void ApplicationIdentity::apply()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Factora"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("factora.cl"));
    QCoreApplication::setApplicationName(QStringLiteral("factora"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FACTORA_VERSION));
}

Status ApplicationIdentity::applyConfiguration(QCoreApplication& app, const Configuration& configuration)
{
    const QString rules = configuration.value(QStringLiteral("log/rules"));
    if (!rules.trimmed().isEmpty())
        QLoggingCategory::setFilterRules(QString(rules).replace(QLatin1Char(';'), QLatin1Char('\n')));
    return Localization::install(app, configuration.value(QStringLiteral("general/language")));
}

} // namespace factora::core
