// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "TestDatabase.h"

#include "storage/SqlQuery.h"

#include <QCoreApplication>
#include <QFile>
#include <QMap>
#include <QProcessEnvironment>

#include <atomic>

namespace factora::test {

using core::Error;
using core::ErrorCode;

namespace {
std::atomic<int> counter{0};

core::Result<QMap<QString, QString>> readConnectionInfo()
{
    const QString path = qEnvironmentVariable("FACTORA_TEST_PG_INFO");
    if (path.isEmpty())
        return Error(ErrorCode::Configuration,
                     QStringLiteral("FACTORA_TEST_PG_INFO is not set: run PostgreSQL tests through ctest, whose "
                                    "fixture 'postgres' starts the cluster"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Unavailable,
                     QStringLiteral("no PostgreSQL test cluster: cannot read %1 (did postgres-start fail?)").arg(path));
    QMap<QString, QString> info;
    for (const QByteArray& line : file.readAll().split('\n')) {
        const qsizetype eq = line.indexOf('=');
        if (eq > 0)
            info.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)).trimmed());
    }
    return info;
}
} // namespace

QString TestDatabase::backendName()
{
    const QString name = qEnvironmentVariable("FACTORA_TEST_DB", QStringLiteral("sqlite"));
    return name;
}

core::Result<std::unique_ptr<TestDatabase>> TestDatabase::create()
{
    std::unique_ptr<TestDatabase> test(new TestDatabase());
    const QString backend = backendName();
    if (backend == QLatin1String("sqlite")) {
        if (!test->m_dir.isValid())
            return Error(ErrorCode::Io, QStringLiteral("cannot create a temporary folder"));
        auto url = core::DatabaseUrl::parse(QStringLiteral("sqlite://") + test->m_dir.filePath(QStringLiteral("test.db")));
        if (!url)
            return url.error();
        auto db = core::Database::open(url.value(), {});
        if (!db)
            return db.error();
        test->m_database = db.value();
        return test;
    }
    if (backend != QLatin1String("postgresql"))
        return Error(ErrorCode::Configuration, QStringLiteral("FACTORA_TEST_DB=%1: use sqlite or postgresql").arg(backend));

    auto info = readConnectionInfo();
    if (!info)
        return info.error();
    const QString host = info->value(QStringLiteral("FACTORA_TEST_PG_HOST"));
    const QString port = info->value(QStringLiteral("FACTORA_TEST_PG_PORT"));
    const QString user = info->value(QStringLiteral("FACTORA_TEST_PG_USER"));
    test->m_password = info->value(QStringLiteral("FACTORA_TEST_PG_PASSWORD"));
    test->m_databaseName = QStringLiteral("factora_t%1_%2").arg(QCoreApplication::applicationPid()).arg(counter++);

    // Create the test's own database through the maintenance database "postgres".
    {
        auto adminUrl = core::DatabaseUrl::parse(QStringLiteral("postgresql://%1@%2:%3/postgres").arg(user, host, port));
        if (!adminUrl)
            return adminUrl.error();
        auto admin = core::Database::open(adminUrl.value(), {test->m_password});
        if (!admin)
            return admin.error();
        auto conn = admin.value()->connection();
        if (!conn)
            return conn.error();
        auto created = core::SqlQuery::exec(*conn, QStringLiteral("CREATE DATABASE %1").arg(test->m_databaseName));
        if (!created)
            return created.error();
        test->m_adminUrl = adminUrl->toString();
    }
    auto url = core::DatabaseUrl::parse(
        QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host, port, test->m_databaseName));
    if (!url)
        return url.error();
    auto db = core::Database::open(url.value(), {test->m_password});
    if (!db)
        return db.error();
    test->m_database = db.value();
    return test;
}

TestDatabase::~TestDatabase()
{
    m_database.reset();
    if (m_databaseName.isEmpty())
        return;
    auto adminUrl = core::DatabaseUrl::parse(m_adminUrl);
    if (!adminUrl)
        return;
    auto admin = core::Database::open(adminUrl.value(), {m_password});
    if (!admin)
        return;
    if (auto conn = admin.value()->connection())
        (void)core::SqlQuery::exec(*conn, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_databaseName));
}

core::Status TestDatabase::exec(const QString& sql)
{
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    auto done = core::SqlQuery::exec(*conn, sql);
    if (!done)
        return done.error();
    return {};
}

} // namespace factora::test
