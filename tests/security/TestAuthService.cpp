// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "Fixtures.h"
#include "TestDatabase.h"
#include "audit/AuditLog.h"
#include "common/ManualClock.h"
#include "company/CompanyService.h"
#include "security/AuthService.h"
#include "security/Permission.h"
#include "security/UserService.h"
#include "storage/Migrator.h"
#include "storage/SqlQuery.h"

#include <QTest>

using namespace factora::core;
using factora::test::Fixtures;
using factora::test::TestDatabase;

class TestAuthService : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC)};
    const Actor m_system = Actor::system(u"cli:test"_qs);
    const QString m_password = u"una clave bien larga"_qs;
    qint64 m_companyId = 0;

    AuthService auth() { return AuthService(m_db->database(), m_clock, LockoutPolicy{3, 15}); }
    int auditCount(const QString& action)
    {
        return SqlQuery::scalar(m_db->database().connection().value(), u"SELECT COUNT(*) FROM audit_log WHERE action = ?"_qs,
                                {action})
            ->toInt();
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
        QVERIFY(UserService(m_db->database(), m_clock)
                    .addUser(m_system, NewUser{u"ana"_qs, u"Ana Rojas"_qs, {}, Role::Cedente, m_password, {m_companyId}})
                    .ok());
    }

    void cleanup() { m_db.reset(); }

    void rightPasswordOpensASession()
    {
        const auto session = auth().authenticate(u"Ana"_qs, m_password);
        QVERIFY2(session.ok(), qPrintable(session.ok() ? QString() : session.error().message()));
        QCOMPARE(session->username(), u"ana"_qs);
        QCOMPARE(session->displayName(), u"Ana Rojas"_qs);
        QCOMPARE(session->role(), Role::Cedente);
        QCOMPARE(session->companyIds(), QList<qint64>{m_companyId});
        QVERIFY(session->has(Permission::DteImport));
        QVERIFY(!session->has(Permission::UsersManage));
        QVERIFY(!session->has(Permission::CompaniesReadAll));
        QVERIFY(session->canAccessCompany(m_companyId));
        QVERIFY(!session->canAccessCompany(m_companyId + 1));
        QCOMPARE(auditCount(u"user.login"_qs), 1);
    }

    void wrongPasswordAndUnknownUserLookAlike()
    {
        const auto wrong = auth().authenticate(u"ana"_qs, u"otra clave cualquiera"_qs);
        const auto unknown = auth().authenticate(u"nadie"_qs, m_password);
        QVERIFY(!wrong.ok() && !unknown.ok());
        QCOMPARE(wrong.error().code(), ErrorCode::Unauthenticated);
        QCOMPARE(unknown.error().code(), ErrorCode::Unauthenticated);
        QCOMPARE(wrong.error().message(), unknown.error().message());
        QCOMPARE(auditCount(u"user.login_failed"_qs), 1);
        QCOMPARE(auditCount(u"user.login_unknown"_qs), 1);
    }

    void locksAfterRepeatedFailuresUntilItExpires()
    {
        QCOMPARE(auth().authenticate(u"ana"_qs, u"mala 1 larga"_qs).error().code(), ErrorCode::Unauthenticated);
        QCOMPARE(auth().authenticate(u"ana"_qs, u"mala 2 larga"_qs).error().code(), ErrorCode::Unauthenticated);
        const auto third = auth().authenticate(u"ana"_qs, u"mala 3 larga"_qs);
        QCOMPARE(third.error().code(), ErrorCode::Locked);
        QCOMPARE(auditCount(u"user.locked"_qs), 1);

        // While locked, even the right password is refused.
        m_clock.advanceSeconds(14 * 60);
        const auto whileLocked = auth().authenticate(u"ana"_qs, m_password);
        QVERIFY(!whileLocked.ok());
        QCOMPARE(whileLocked.error().code(), ErrorCode::Locked);

        m_clock.advanceSeconds(61);
        QVERIFY(auth().authenticate(u"ana"_qs, m_password).ok());
    }

    void successResetsTheFailureCount()
    {
        QVERIFY(!auth().authenticate(u"ana"_qs, u"mala 1 larga"_qs).ok());
        QVERIFY(!auth().authenticate(u"ana"_qs, u"mala 2 larga"_qs).ok());
        QVERIFY(auth().authenticate(u"ana"_qs, m_password).ok());
        QVERIFY(!auth().authenticate(u"ana"_qs, u"mala 3 larga"_qs).ok());
        QCOMPARE(auth().authenticate(u"ana"_qs, u"mala 4 larga"_qs).error().code(), ErrorCode::Unauthenticated);
    }

    void disabledAccountIsRefused()
    {
        QVERIFY(UserService(m_db->database(), m_clock).setEnabled(m_system, u"ana"_qs, false).ok());
        const auto refused = auth().authenticate(u"ana"_qs, m_password);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code(), ErrorCode::Locked);
        QVERIFY(refused.error().message().contains(u"deshabilitada"_qs));
        // A wrong password on a disabled account does not reveal that it is disabled.
        QCOMPARE(auth().authenticate(u"ana"_qs, u"otra clave más"_qs).error().code(), ErrorCode::Unauthenticated);
    }

    void passwordResetUnlocks()
    {
        for (int i = 0; i < 3; ++i)
            (void)auth().authenticate(u"ana"_qs, u"mala clave larga"_qs);
        QCOMPARE(auth().authenticate(u"ana"_qs, m_password).error().code(), ErrorCode::Locked);
        QVERIFY(UserService(m_db->database(), m_clock).setPassword(m_system, u"ana"_qs, u"clave nueva y larga"_qs).ok());
        QVERIFY(auth().authenticate(u"ana"_qs, u"clave nueva y larga"_qs).ok());
        QVERIFY(!auth().authenticate(u"ana"_qs, m_password).ok());
    }

    void auditChainStaysIntact()
    {
        (void)auth().authenticate(u"ana"_qs, u"mala clave larga"_qs);
        (void)auth().authenticate(u"ana"_qs, m_password);
        const auto verdict = AuditLog(m_db->database(), m_clock).verify();
        QVERIFY(verdict.ok() && verdict->intact);
    }
};

QTEST_GUILESS_MAIN(TestAuthService)
#include "TestAuthService.moc"
