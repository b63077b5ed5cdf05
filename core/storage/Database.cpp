// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "Database.h"

#include "common/Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <atomic>
#include <utility>

namespace factora::core {

namespace {
std::atomic<quint64> nextInstance{1};

} // namespace

Database::Database(DatabaseUrl url, Options options)
    : m_url(std::move(url))
    , m_options(std::move(options))
    , m_instance(nextInstance++)
{
}

Database::~Database()
{
    QMutexLocker lock(&m_mutex);
    for (const QString& name : std::as_const(m_connectionNames)) {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            if (db.isValid())
                db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
}

Result<std::shared_ptr<Database>> Database::open(const DatabaseUrl& url, const Options& options)
{
    const char* driver = url.dialect() == SqlDialect::Sqlite ? "QSQLITE" : "QPSQL";
    if (!QSqlDatabase::isDriverAvailable(QLatin1String(driver))) {
        return Error(ErrorCode::Unavailable,
                     QCoreApplication::translate("Database", "Falta el controlador Qt %1 para abrir %2 (instale el paquete libqt6sql6-%3).")
                         .arg(QLatin1String(driver), url.toString(),
                              url.dialect() == SqlDialect::Sqlite ? QStringLiteral("sqlite") : QStringLiteral("psql")));
    }
    if (url.dialect() == SqlDialect::Sqlite) {
        const QFileInfo file(url.filePath());
        if (!QDir().mkpath(file.absolutePath())) {
            return Error(ErrorCode::Io,
                         QCoreApplication::translate("Database", "No se pudo crear la carpeta %1 para la base de datos.").arg(file.absolutePath()));
        }
    }
    std::shared_ptr<Database> database(new Database(url, options));
    const auto connection = database->connection();
    if (!connection)
        return connection.error();
    return database;
}

QString Database::connectionNameForThisThread() const
{
    return QStringLiteral("factora-%1-thread-%2")
        .arg(m_instance)
        .arg(reinterpret_cast<quintptr>(QThread::currentThreadId()), 0, 16);
}

Result<QSqlDatabase> Database::connection()
{
    const QString name = connectionNameForThisThread();
    {
        QMutexLocker lock(&m_mutex);
        if (m_connectionNames.contains(name))
            return QSqlDatabase::database(name, false);
    }
    auto opened = openConnection(name);
    if (opened) {
        QMutexLocker lock(&m_mutex);
        m_connectionNames << name;
    }
    return opened;
}

void Database::releaseThreadConnection()
{
    const QString name = connectionNameForThisThread();
    QMutexLocker lock(&m_mutex);
    if (!m_connectionNames.removeOne(name))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

Result<QSqlDatabase> Database::openConnection(const QString& name)
{
    const bool sqlite = dialect() == SqlDialect::Sqlite;
    QSqlDatabase db = QSqlDatabase::addDatabase(sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL"), name);
    if (sqlite) {
        db.setDatabaseName(m_url.filePath());
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(m_options.busyTimeoutMs));
    } else {
        db.setHostName(m_url.host());
        db.setPort(m_url.port());
        db.setUserName(m_url.userName());
        db.setDatabaseName(m_url.databaseName());
        db.setPassword(m_options.password);
        QString options = QStringLiteral("application_name=factora");
        if (!m_url.connectOptions().isEmpty())
            options += QLatin1Char(';') + m_url.connectOptions();
        db.setConnectOptions(options);
    }

    const auto fail = [&](const QString& reason) -> Error {
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return Error(ErrorCode::Storage, QCoreApplication::translate("Database", "No se pudo abrir la base de datos %1: %2").arg(m_url.toString(), reason));
    };
    if (!db.open())
        return fail(db.lastError().text().trimmed());

    if (sqlite) {
        // WAL lets readers work while one writer commits; foreign keys are off by default in SQLite.
        for (const auto* pragma : {"PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL"}) {
            QSqlQuery query(db);
            if (!query.exec(QLatin1String(pragma)))
                return fail(query.lastError().text().trimmed());
        }
    }
    qCDebug(lcSql) << "opened connection" << name << "to" << m_url.toString();
    return db;
}

} // namespace factora::core
