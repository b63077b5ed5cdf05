// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "DatabaseOpener.h"

#include "common/Logging.h"
#include "secrets/SecretStore.h"

#include <QRegularExpression>

namespace factora::core {

namespace {
QString keySegment(QString text)
{
    static const QRegularExpression notAllowed(QStringLiteral("[^A-Za-z0-9_.-]"));
    text.replace(notAllowed, QStringLiteral("_"));
    return text.isEmpty() || text == QLatin1String(".") || text == QLatin1String("..") ? QStringLiteral("_") : text;
}
} // namespace

QString DatabaseOpener::keychainKey(const DatabaseUrl& url)
{
    return QStringLiteral("database/%1/%2/%3/%4")
        .arg(keySegment(url.host()), QString::number(url.port()), keySegment(url.databaseName()),
             keySegment(url.userName()));
}

Result<std::shared_ptr<Database>> DatabaseOpener::open(const Configuration& configuration,
                                                       const QProcessEnvironment& environment,
                                                       const SecretStore* keychain)
{
    auto url = DatabaseUrl::parse(configuration.value(QStringLiteral("database/url")));
    if (!url)
        return url.error();
    Database::Options options;
    auto busyTimeout = configuration.intValue(QStringLiteral("database/busy_timeout_ms"));
    if (!busyTimeout)
        return busyTimeout.error();
    options.busyTimeoutMs = busyTimeout.value();

    if (url->dialect() == SqlDialect::PostgreSql) {
        if (environment.contains(QLatin1String(PasswordVariable))) {
            options.password = environment.value(QLatin1String(PasswordVariable));
        } else if (keychain) {
            auto stored = keychain->read(keychainKey(url.value()));
            if (stored)
                options.password = QString::fromUtf8(stored.value());
            else if (stored.error().code() != ErrorCode::NotFound)
                qCInfo(lcSecrets) << "database password not read from the keychain:" << stored.error().message();
        }
    }
    return Database::open(url.value(), options);
}

} // namespace factora::core
