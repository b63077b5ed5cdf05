// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "DatabaseUrl.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

namespace factora::core {

namespace {
Error invalid(const QString& message)
{
    return Error(ErrorCode::Configuration, message);
}


// The libpq options a URL may carry; anything else is more likely a typo than intent.
const QStringList& allowedOptions()
{
    static const QStringList options{QStringLiteral("sslmode"),        QStringLiteral("sslrootcert"),
                                     QStringLiteral("sslcert"),        QStringLiteral("sslkey"),
                                     QStringLiteral("connect_timeout"), QStringLiteral("application_name")};
    return options;
}
} // namespace

Result<DatabaseUrl> DatabaseUrl::parse(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return invalid(QCoreApplication::translate("DatabaseUrl", "La URL de la base de datos está vacía."));

    DatabaseUrl url;
    const QString sqlitePrefix = QStringLiteral("sqlite://");
    if (trimmed.startsWith(sqlitePrefix)) {
        QString path = trimmed.mid(sqlitePrefix.size());
        // sqlite:///C:/data/factora.db on Windows: drop the slash before the drive letter.
        static const QRegularExpression windowsDrive(QStringLiteral("^/[A-Za-z]:[/\\\\]"));
        if (windowsDrive.match(path).hasMatch())
            path.remove(0, 1);
        if (path.isEmpty() || path.endsWith(QLatin1Char('/')))
            return invalid(QCoreApplication::translate("DatabaseUrl", "La URL «%1» no nombra un archivo SQLite (ejemplo: sqlite:///ruta/factora.db).")
                               .arg(trimmed));
        url.m_dialect = SqlDialect::Sqlite;
        url.m_filePath = QUrl::fromPercentEncoding(path.toUtf8());
        return url;
    }

    const QUrl parsed(trimmed, QUrl::StrictMode);
    const QString scheme = parsed.scheme().toLower();
    if (scheme != QLatin1String("postgresql") && scheme != QLatin1String("postgres")) {
        return invalid(
            QCoreApplication::translate("DatabaseUrl", "La URL «%1» no es de una base soportada: use sqlite:///ruta/factora.db o "
               "postgresql://usuario@servidor:puerto/base.")
                .arg(trimmed));
    }
    if (!parsed.isValid())
        return invalid(QCoreApplication::translate("DatabaseUrl", "La URL «%1» está mal formada: %2").arg(trimmed, parsed.errorString()));
    if (!parsed.password().isEmpty()) {
        return invalid(QCoreApplication::translate("DatabaseUrl", "La URL de la base de datos no puede llevar contraseña; use la variable "
                          "FACTORA_DATABASE_PASSWORD o el llavero del sistema."));
    }
    url.m_dialect = SqlDialect::PostgreSql;
    url.m_host = parsed.host();
    url.m_userName = parsed.userName();
    url.m_databaseName = parsed.path().mid(1);
    if (url.m_host.isEmpty())
        return invalid(QCoreApplication::translate("DatabaseUrl", "La URL «%1» no nombra el servidor PostgreSQL.").arg(trimmed));
    if (url.m_userName.isEmpty())
        return invalid(QCoreApplication::translate("DatabaseUrl", "La URL «%1» no nombra el usuario (postgresql://usuario@servidor/base).").arg(trimmed));
    if (url.m_databaseName.isEmpty() || url.m_databaseName.contains(QLatin1Char('/')))
        return invalid(QCoreApplication::translate("DatabaseUrl", "La URL «%1» no nombra una base de datos (postgresql://usuario@servidor/base).").arg(trimmed));
    url.m_port = parsed.port(5432);

    QStringList options;
    const auto items = QUrlQuery(parsed).queryItems(QUrl::FullyDecoded);
    for (const auto& [key, value] : items) {
        if (!allowedOptions().contains(key)) {
            return invalid(QCoreApplication::translate("DatabaseUrl", "Opción «%1» desconocida en la URL de la base de datos; se admiten: %2.")
                               .arg(key, allowedOptions().join(QStringLiteral(", "))));
        }
        options << key + QLatin1Char('=') + value;
    }
    url.m_connectOptions = options.join(QLatin1Char(';'));
    return url;
}

QString DatabaseUrl::toString() const
{
    if (m_dialect == SqlDialect::Sqlite)
    {
        static const QRegularExpression windowsDrive(QStringLiteral("^[A-Za-z]:[/\\\\]"));
        const bool hasDrive = windowsDrive.match(m_filePath).hasMatch();
        return (hasDrive ? QStringLiteral("sqlite:///") : QStringLiteral("sqlite://")) + m_filePath;
    }
    QString text = QStringLiteral("postgresql://%1@%2:%3/%4").arg(m_userName, m_host).arg(m_port).arg(m_databaseName);
    if (!m_connectOptions.isEmpty())
        text += QLatin1Char('?') + QString(m_connectOptions).replace(QLatin1Char(';'), QLatin1Char('&'));
    return text;
}

} // namespace factora::core
