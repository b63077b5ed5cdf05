// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "SharedConfiguration.h"

#include "dispatch/DispatchTemplates.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTime>
#include <QUrl>

namespace factora::core {

namespace {
const QString Prefix = QStringLiteral("config.");

Error invalid(const QString& name, const QString& value, const QString& expected)
{
    return Error(ErrorCode::InvalidInput,
                 QCoreApplication::translate("SharedConfiguration", "%1 no acepta «%2»: %3.").arg(name, value, expected));
}

bool isLoopback(const QString& host)
{
    return host == QLatin1StringView("127.0.0.1") || host == QLatin1StringView("localhost") || host == QLatin1StringView("::1");
}
} // namespace

SharedConfiguration::SharedConfiguration(Database& database, const Clock& clock)
    : m_store(database, clock)
{
}

QList<SharedConfiguration::Entry> SharedConfiguration::editableKeys()
{
    static const QList<Entry> candidates{
        {QStringLiteral("dispatch/log_retention_days"), true},
        {QStringLiteral("dispatch/file_retention_days"), true},
        {QStringLiteral("sii/environment"), true},
        {QStringLiteral("sii/url"), true},
        {QStringLiteral("sii/timeout_ms"), true},
        {QStringLiteral("sii/max_attempts"), true},
        {QStringLiteral("cession/poll_seconds"), true},
        {QStringLiteral("cajavecina/listen"), true},
        {QStringLiteral("cajavecina/query_path"), true},
        {QStringLiteral("cajavecina/notification_path"), true},
        {QStringLiteral("delivery/rendicion_time"), true},
        {QStringLiteral("dispatch/link_domain"), true},
        {QStringLiteral("dispatch/template_subject"), true},
        {QStringLiteral("dispatch/template_html"), true},
        {QStringLiteral("dispatch/template_text"), true},
        {QStringLiteral("dispatch/template_sms"), true},
        {QStringLiteral("dispatch/template_caja_vecina"), true},
    };
    QList<Entry> registered;
    for (const Entry& entry : candidates) {
        if (Configuration::findKey(entry.name))
            registered << entry;
    }
    return registered;
}

bool SharedConfiguration::isEditable(const QString& name)
{
    const QList<Entry> keys = editableKeys();
    return std::any_of(keys.cbegin(), keys.cend(), [&name](const Entry& entry) { return entry.name == name; });
}

QString SharedConfiguration::settingKey(const QString& name)
{
    return Prefix + QString(name).replace(u'/', u'.');
}

Status SharedConfiguration::validate(const QString& name, const QString& value)
{
    const ConfigurationKey* key = Configuration::findKey(name);
    if (!key || !isEditable(name)) {
        return Error(ErrorCode::InvalidInput,
                     QCoreApplication::translate("SharedConfiguration",
                                                 "La clave «%1» no se puede cambiar desde la administración.")
                         .arg(name));
    }
    if (value.isEmpty())
        return {};
    if (key->type() == ConfigurationKey::Type::Integer) {
        bool isNumber = false;
        const int number = value.trimmed().toInt(&isNumber);
        if (!isNumber || number < key->minimum() || number > key->maximum()) {
            return invalid(name, value,
                           QCoreApplication::translate("SharedConfiguration", "se espera un número entero entre %1 y %2")
                               .arg(key->minimum())
                               .arg(key->maximum()));
        }
        return {};
    }
    if (name == QLatin1StringView("sii/environment")) {
        if (value != QLatin1StringView("certificacion") && value != QLatin1StringView("produccion"))
            return invalid(name, value, QCoreApplication::translate("SharedConfiguration", "se espera «certificacion» o «produccion»"));
    } else if (name == QLatin1StringView("sii/url")) {
        const QUrl url(value, QUrl::StrictMode);
        const bool https = url.scheme() == QLatin1StringView("https");
        const bool loopbackHttp = url.scheme() == QLatin1StringView("http") && isLoopback(url.host());
        if (!url.isValid() || url.host().isEmpty() || !url.userInfo().isEmpty() || (!https && !loopbackHttp))
            return invalid(name, value, QCoreApplication::translate("SharedConfiguration", "se espera una URL https (o http solo hacia 127.0.0.1)"));
    } else if (name == QLatin1StringView("cajavecina/listen")) {
        static const QRegularExpression pattern(QStringLiteral("^(\\[[0-9a-fA-F:]+\\]|[0-9A-Za-z.-]+):([0-9]{1,5})$"));
        const auto match = pattern.match(value);
        if (!match.hasMatch() || match.captured(2).toInt() > 65535)
            return invalid(name, value, QCoreApplication::translate("SharedConfiguration", "se espera dirección:puerto, como 0.0.0.0:8443"));
    } else if (name.endsWith(QLatin1StringView("_path"))) {
        static const QRegularExpression pattern(QStringLiteral("^/[A-Za-z0-9._~/-]*$"));
        if (!pattern.match(value).hasMatch())
            return invalid(name, value, QCoreApplication::translate("SharedConfiguration", "se espera una ruta que empiece con «/», sin espacios"));
    } else if (name == QLatin1StringView("delivery/rendicion_time")) {
        static const QRegularExpression pattern(QStringLiteral("^[0-9]{2}:[0-9]{2}$"));
        if (!pattern.match(value).hasMatch() || !QTime::fromString(value, QStringLiteral("HH:mm")).isValid())
            return invalid(name, value, QCoreApplication::translate("SharedConfiguration", "se espera una hora HH:MM, como 18:30"));
    } else if (name == QLatin1StringView("dispatch/link_domain") || name.startsWith(QLatin1StringView("dispatch/template_"))) {
        // The dispatch templates check both, with the built-in texts for the other templates.
        const QString domain = name == QLatin1StringView("dispatch/link_domain") ? value : QStringLiteral("pagos.ejemplo.cl");
        QMap<QString, QString> overrides{{QStringLiteral("dispatch/link_domain"), domain}};
        if (name != QLatin1StringView("dispatch/link_domain"))
            overrides.insert(name, value);
        auto configuration = Configuration::load(QString(), QProcessEnvironment(), overrides);
        if (!configuration)
            return configuration.error();
        if (auto templates = DispatchTemplates::fromConfiguration(configuration.value()); !templates)
            return Error(ErrorCode::InvalidInput, templates.error().message());
    }
    return {};
}

Status SharedConfiguration::applyTo(Configuration& configuration, Database& database)
{
    auto values = SharedConfiguration(database, Clock::system()).overrides();
    if (!values)
        return values.error();
    return configuration.applyShared(values.value());
}

Result<QMap<QString, QString>> SharedConfiguration::overrides()
{
    auto all = m_store.all();
    if (!all)
        return all.error();
    QMap<QString, QString> values;
    for (const Entry& entry : editableKeys()) {
        const QString stored = all->value(settingKey(entry.name));
        if (!stored.isEmpty())
            values.insert(entry.name, stored);
    }
    return values;
}

Status SharedConfiguration::setValue(const Actor& actor, const QString& name, const QString& value)
{
    if (auto valid = validate(name, value); !valid)
        return valid;
    return m_store.setValue(actor, settingKey(name), value);
}

} // namespace factora::core
