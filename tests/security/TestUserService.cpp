// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "Fixtures.h"
#include "TestDatabase.h"
#include "audit/AuditLog.h"
#include "common/ManualClock.h"
#include "company/CompanyService.h"
#include "security/PasswordHasher.h"
#include "security/UserService.h"
#include "storage/Migrator.h"
#include "storage/SqlQuery.h"

#include <QJsonDocument>
#include <QTest>

using namespace factora::core;
using factora::test::Fixtures;
using factora::test::TestDatabase;

class TestUserService : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC)};
    const Actor m_system = Actor::system(u"cli:test"_qs);
    qint64 m_companyId = 0;

    QSqlDatabase conn() { return m_db->database().connection().value(); }

    NewUser cedente(const QString& name)
    {
        return NewUser{name, u"Cedente de prueba"_qs, u"c@example.cl"_qs, Role::Cedente, u"una clave bien larga"_qs,
                       {m_companyId}};
    }

private slots:
    void init()
    {
        auto db = TestDatabase::create();
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message()));
        m_db = std::move(db.value());
        QVERIFY(Migrator(m_db->database()).migrate().ok());
        m_companyId = CompanyService(m_db->database(), m_clock)
                          .addCompany(m_system, Fixtures::company(76354771, u"Cliente SpA"_qs))
                          ->id;
    }

    void cleanup() { m_db.reset(); }

    void addsUserWithHashedPasswordAndAudit()
    {
        UserService users(m_db->database(), m_clock);
        const auto added = users.addUser(m_system, cedente(u"  JPerez "_qs));
        QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.error().message()));
        QCOMPARE(added->username, u"jperez"_qs);
        QCOMPARE(added->companyIds, QList<qint64>{m_companyId});

        const QString stored = SqlQuery::scalar(conn(), u"SELECT password_hash FROM users WHERE username = 'jperez'"_qs)
                                   ->toString();
        QVERIFY(stored.startsWith(u"pbkdf2-sha256$"_qs));
        QVERIFY(!stored.contains(u"una clave bien larga"_qs));
        QVERIFY(PasswordHasher::verify(u"una clave bien larga"_qs, stored));

        const auto audit = AuditLog(m_db->database(), m_clock).recent(1);
        QCOMPARE(audit->first().event.action, u"user.add"_qs);
        QCOMPARE(audit->first().event.objectId, u"jperez"_qs);
        const QString details = QString::fromUtf8(QJsonDocument(audit->first().event.details).toJson());
        QVERIFY2(!details.contains(u"una clave"_qs), "the password must never reach the audit log");
    }

    void refusesBadUsers_data()
    {
        QTest::addColumn<QString>("username");
        QTest::addColumn<QString>("password");
        QTest::addColumn<bool>("withCompany");
        QTest::addColumn<int>("code");
        QTest::newRow("bad name") << u"juan pérez"_qs << u"una clave bien larga"_qs << true << int(ErrorCode::InvalidInput);
        QTest::newRow("empty name") << u"  "_qs << u"una clave bien larga"_qs << true << int(ErrorCode::InvalidInput);
        QTest::newRow("weak password") << u"ana"_qs << u"corta"_qs << true << int(ErrorCode::InvalidInput);
        QTest::newRow("cedente without company") << u"ana"_qs << u"una clave bien larga"_qs << false
                                                 << int(ErrorCode::InvalidInput);
    }

    void refusesBadUsers()
    {
        QFETCH(QString, username);
        QFETCH(QString, password);
        QFETCH(bool, withCompany);
        QFETCH(int, code);
        NewUser user = cedente(username);
        user.password = password;
        if (!withCompany)
            user.companyIds.clear();
        const auto added = UserService(m_db->database(), m_clock).addUser(m_system, user);
        QVERIFY(!added.ok());
        QCOMPARE(int(added.error().code()), code);
        QCOMPARE(SqlQuery::scalar(conn(), u"SELECT COUNT(*) FROM users"_qs)->toInt(), 0);
    }

    void duplicateUserIsAConflictAndWritesNothing()
    {
        UserService users(m_db->database(), m_clock);
        QVERIFY(users.addUser(m_system, cedente(u"ana"_qs)).ok());
        const qint64 auditRows = SqlQuery::scalar(conn(), u"SELECT COUNT(*) FROM audit_log"_qs)->toLongLong();
        const auto again = users.addUser(m_system, cedente(u"ANA"_qs));
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code(), ErrorCode::Conflict);
        QCOMPARE(SqlQuery::scalar(conn(), u"SELECT COUNT(*) FROM audit_log"_qs)->toLongLong(), auditRows);
    }

    void unknownCompanyRollsBackTheUser()
    {
        NewUser user = cedente(u"ana"_qs);
        user.companyIds = {m_companyId + 1000};
        const auto added = UserService(m_db->database(), m_clock).addUser(m_system, user);
        QVERIFY(!added.ok());
        QCOMPARE(SqlQuery::scalar(conn(), u"SELECT COUNT(*) FROM users"_qs)->toInt(), 0);
    }

    void onlyManagersManage()
    {
        UserService users(m_db->database(), m_clock);
        QVERIFY(users.addUser(m_system, cedente(u"ana"_qs)).ok());
        const Actor ana = Actor::user(UserSession(1, u"ana"_qs, u"Ana"_qs, Role::Cedente, {u"companies.read"_qs},
                                                  {m_companyId}));
        const auto add = users.addUser(ana, cedente(u"otra"_qs));
        QVERIFY(!add.ok());
        QCOMPARE(add.error().code(), ErrorCode::PermissionDenied);
        QVERIFY(!users.listUsers(ana).ok());
        QVERIFY(!users.setEnabled(ana, u"ana"_qs, false).ok());
        // A user may change their own password, and only their own.
        QVERIFY(users.setPassword(ana, u"ana"_qs, u"otra clave bien larga"_qs).ok());
        QVERIFY(PasswordHasher::verify(
            u"otra clave bien larga"_qs,
            SqlQuery::scalar(conn(), u"SELECT password_hash FROM users WHERE username = 'ana'"_qs)->toString()));
        QVERIFY(users.addUser(m_system, cedente(u"bea"_qs)).ok());
        const Status other = users.setPassword(ana, u"bea"_qs, u"clave ajena larguísima"_qs);
        QVERIFY(!other.ok());
        QCOMPARE(other.error().code(), ErrorCode::PermissionDenied);
    }

    void disableEnableAndList()
    {
        UserService users(m_db->database(), m_clock);
        QVERIFY(users.addUser(m_system, cedente(u"ana"_qs)).ok());
        QVERIFY(users.addUser(m_system, NewUser{u"admin"_qs, u"Administradora"_qs, {}, Role::Admin,
                                                u"clave de administración"_qs, {}})
                    .ok());
        QVERIFY(users.setEnabled(m_system, u"ana"_qs, false).ok());
        const auto listed = users.listUsers(m_system);
        QVERIFY(listed.ok());
        QCOMPARE(listed->size(), 2);
        QCOMPARE(listed->at(0).username, u"admin"_qs);
        QCOMPARE(listed->at(1).username, u"ana"_qs);
        QVERIFY(!listed->at(1).enabled);
        QCOMPARE(listed->at(1).companyIds, QList<qint64>{m_companyId});
        QVERIFY(users.setEnabled(m_system, u"ana"_qs, true).ok());
        QVERIFY(users.findUser(m_system, u"ana"_qs)->enabled);
        const auto missing = users.setEnabled(m_system, u"nadie"_qs, false);
        QCOMPARE(missing.error().code(), ErrorCode::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestUserService)
#include "TestUserService.moc"
