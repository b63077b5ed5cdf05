// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "ConfigurationOptions.h"

#include <QCoreApplication>

namespace factora::core {

void ConfigurationOptions::addTo(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("config"), QCoreApplication::translate("ConfigurationOptions", "Archivo de configuración."),
                      QStringLiteral("ARCHIVO")});
    parser.addOption({QStringLiteral("database"),
                      QCoreApplication::translate("ConfigurationOptions", "URL de la base de datos (reemplaza database/url)."),
                      QStringLiteral("URL")});
}

Result<Configuration> ConfigurationOptions::load(const QCommandLineParser& parser, const QProcessEnvironment& environment)
{
    QMap<QString, QString> overrides;
    if (parser.isSet(QStringLiteral("database")))
        overrides.insert(QStringLiteral("database/url"), parser.value(QStringLiteral("database")));
    return Configuration::load(parser.value(QStringLiteral("config")), environment, overrides);
}

} // namespace factora::core
