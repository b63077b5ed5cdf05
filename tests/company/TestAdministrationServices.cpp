// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "Fixtures.h"
#include "TestDatabase.h"
#include "audit/AuditLog.h"
#include "audit/AuditQuery.h"
#include "common/ManualClock.h"
#include "company/CompanyService.h"
#include "security/AuthService.h"
#include "security/PasswordHasher.h"
#include "security/UserService.h"
#include "settings/SettingsStore.h"
#include "settings/SharedConfiguration.h"
#include "storage/Migrator.h"

#include <QProcessEnvironment>
#include <QTest>

using namespace factora::core;
using factora::test::Fixtures;
using factora::test::TestDatabase;
using namespace Qt::StringLiterals;

/**
 * @brief The core calls behind the Administration and Audit pages, on both engines: company edits and channel
 * convenios, user profile, membership removal and password reset, shared configuration values checked against the
 * key registry, and the paged, filtered audit query; each refused without its permission and audited.
 */
class TestAdministrationServices : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    ManualClock m_clock { QDateTime(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC) };
    const Actor m_system = Actor::system(u"cli:test"_s);
    const Actor m_ejecutivo = Actor::user(UserSession(9, u"eje"_s, u"Eje"_s, Role::Ejecutivo,
                                                      { u"companies.read_all"_s, u"companies.read"_s }, {}));

    QString lastAction()
    {
        auto rows = AuditLog(m_db->database(), m_clock).recent(1);
        return rows.value().isEmpty() ? QString() : rows.value().first().event.action;
    }

private slots:
    void init()
    {
        auto db = TestDatabase::create();
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message()));
        m_db = std::move(db.value());
        QVERIFY(Migrator(m_db->database()).migrate().ok());
    }

    void cleanup() { m_db.reset(); }

    void companyUpdateAndChannels()
    {
        CompanyService companies(m_db->database(), m_clock);
        auto company = companies.addCompany(m_system, Fixtures::company(76111111, u"Uno SpA"_s));
        QVERIFY(company.ok());
        QCOMPARE(companies.listChannels(m_system).value().value(company->id), CompanyChannels { company->id });

        Company edited = company.value();
        edited.razonSocial = u"Uno Dos SpA"_s;
        edited.comuna = u"Ñuñoa"_s;
        QCOMPARE(companies.updateCompany(m_ejecutivo, edited).error().code(), ErrorCode::PermissionDenied);
        QVERIFY(companies.updateCompany(m_system, edited).ok());
        QCOMPARE(companies.findByRut(m_system, edited.rut)->razonSocial, u"Uno Dos SpA"_s);
        QCOMPARE(companies.findByRut(m_system, edited.rut)->comuna, u"Ñuñoa"_s);
        QCOMPARE(lastAction(), u"company.update"_s);
        edited.razonSocial = QString();
        QCOMPARE(companies.updateCompany(m_system, edited).error().code(), ErrorCode::InvalidInput);

        const CompanyChannels channels { company->id, true, true, false };
        QCOMPARE(companies.setChannels(m_ejecutivo, channels).error().code(), ErrorCode::PermissionDenied);
        QVERIFY(companies.setChannels(m_system, channels).ok());
        QCOMPARE(companies.listChannels(m_system).value().value(company->id), channels);
        QCOMPARE(lastAction(), u"company.channels"_s);
        QCOMPARE(companies.setChannels(m_system, CompanyChannels { 999, true, false, false }).error().code(),
                 ErrorCode::NotFound);
    }

    void userProfileMembershipsAndReset()
    {
        CompanyService companies(m_db->database(), m_clock);
        const auto a = companies.addCompany(m_system, Fixtures::company(76111111, u"Uno SpA"_s));
        const auto b = companies.addCompany(m_system, Fixtures::company(77222222, u"Dos Ltda"_s));
        UserService users(m_db->database(), m_clock);
        NewUser user { u"ana"_s, u"Ana"_s, {}, Role::Cedente, u"clave-inicial-1"_s, { a->id, b->id } };
        QVERIFY(users.addUser(m_system, user).ok());

        auto updated = users.updateProfile(m_system, u"ana"_s, u"Ana María"_s, u"ana@uno.cl"_s, Role::Ejecutivo);
        QVERIFY2(updated.ok(), qPrintable(updated.ok() ? QString() : updated.error().message()));
        QCOMPARE(users.findUser(m_system, u"ana"_s)->role, Role::Ejecutivo);
        QCOMPARE(users.findUser(m_system, u"ana"_s)->email, u"ana@uno.cl"_s);
        QCOMPARE(lastAction(), u"user.update"_s);
        QCOMPARE(users.updateProfile(m_system, u"ana"_s, u"Ana"_s, u"no es correo"_s, Role::Ejecutivo).error().code(),
                 ErrorCode::InvalidInput);
        QCOMPARE(users.updateProfile(m_ejecutivo, u"ana"_s, u"Ana"_s, {}, Role::Admin).error().code(),
                 ErrorCode::PermissionDenied);

        QVERIFY(users.updateProfile(m_system, u"ana"_s, u"Ana"_s, {}, Role::Cedente).ok());
        QVERIFY(users.removeMembership(m_system, u"ana"_s, b->id).ok());
        QCOMPARE(lastAction(), u"user.membership_remove"_s);
        QCOMPARE(users.findUser(m_system, u"ana"_s)->companyIds, QList<qint64> { a->id });
        // A cedente keeps its last company.
        QCOMPARE(users.removeMembership(m_system, u"ana"_s, a->id).error().code(), ErrorCode::InvalidInput);

        const auto password = users.resetPassword(m_system, u"ana"_s);
        QVERIFY(password.ok());
        QCOMPARE(password->size(), 16);
        QVERIFY(PasswordHasher::checkStrength(password.value(), u"ana"_s).ok());
        QCOMPARE(lastAction(), u"user.password_reset"_s);
        AuthService auth(m_db->database(), m_clock, LockoutPolicy {});
        QCOMPARE(auth.authenticate(u"ana"_s, u"clave-inicial-1"_s).error().code(), ErrorCode::Unauthenticated);
        QVERIFY(auth.authenticate(u"ana"_s, password.value()).ok());
        QCOMPARE(users.resetPassword(m_ejecutivo, u"ana"_s).error().code(), ErrorCode::PermissionDenied);
        QVERIFY(users.resetPassword(m_system, u"ana"_s).value() != password.value());
    }

    void sharedConfigurationValidation_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("retention ok") << u"dispatch/log_retention_days"_s << u"365"_s << true;
        QTest::newRow("retention too big") << u"dispatch/log_retention_days"_s << u"99999"_s << false;
        QTest::newRow("retention text") << u"dispatch/file_retention_days"_s << u"noventa"_s << false;
        QTest::newRow("environment ok") << u"sii/environment"_s << u"produccion"_s << true;
        QTest::newRow("environment wrong") << u"sii/environment"_s << u"palena"_s << false;
        QTest::newRow("sii url https") << u"sii/url"_s << u"https://sim.ejemplo.cl"_s << true;
        QTest::newRow("sii url plain http") << u"sii/url"_s << u"http://sim.ejemplo.cl"_s << false;
        QTest::newRow("sii url loopback http") << u"sii/url"_s << u"http://127.0.0.1:8080"_s << true;
        QTest::newRow("listen ok") << u"cajavecina/listen"_s << u"[::]:8443"_s << true;
        QTest::newRow("listen port too big") << u"cajavecina/listen"_s << u"0.0.0.0:70000"_s << false;
        QTest::newRow("path ok") << u"cajavecina/notification_path"_s << u"/cv/notificacion"_s << true;
        QTest::newRow("path with space") << u"cajavecina/notification_path"_s << u"/cv/ notificacion"_s << false;
        QTest::newRow("time ok") << u"delivery/rendicion_time"_s << u"07:45"_s << true;
        QTest::newRow("time wrong") << u"delivery/rendicion_time"_s << u"25:00"_s << false;
        QTest::newRow("empty removes") << u"sii/environment"_s << QString() << true;
        QTest::newRow("secret key not offered") << u"database/url"_s << u"sqlite:///x.db"_s << false;
        QTest::newRow("unknown key") << u"sii/nada"_s << u"1"_s << false;
    }

    void sharedConfigurationValidation()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(bool, accepted);
        const Status valid = SharedConfiguration::validate(key, value);
        QCOMPARE(valid.ok(), accepted);
        if (!accepted)
            QVERIFY2(valid.error().message().contains(key), qPrintable(valid.error().message()));
        SharedConfiguration shared(m_db->database(), m_clock);
        QCOMPARE(shared.setValue(m_system, key, value).ok(), accepted);
        QCOMPARE(shared.overrides().value().value(key), accepted ? value : QString());
    }

    void sharedConfigurationNeedsSettingsPermission()
    {
        SharedConfiguration shared(m_db->database(), m_clock);
        QCOMPARE(shared.setValue(m_ejecutivo, u"sii/timeout_ms"_s, u"1000"_s).error().code(), ErrorCode::PermissionDenied);
        QVERIFY(shared.setValue(m_system, u"sii/timeout_ms"_s, u"1000"_s).ok());
        QCOMPARE(lastAction(), u"setting.change"_s);
        QCOMPARE(SettingsStore(m_db->database(), m_clock).value(u"config.sii.timeout_ms"_s).value(), u"1000"_s);
    }

    void storedValuesApplyToTheConfigurationAtStart()
    {
        SharedConfiguration shared(m_db->database(), m_clock);
        QVERIFY(shared.setValue(m_system, u"sii/timeout_ms"_s, u"1234"_s).ok());
        QProcessEnvironment environment;
        environment.insert(u"FACTORA_SII_MAX_ATTEMPTS"_s, u"2"_s);
        auto configuration = Configuration::load(QString(), environment, {});
        QVERIFY(configuration.ok());
        QVERIFY(shared.setValue(m_system, u"sii/max_attempts"_s, u"5"_s).ok());
        QVERIFY(SharedConfiguration::applyTo(configuration.value(), m_db->database()).ok());
        QCOMPARE(configuration->value(u"sii/timeout_ms"_s), u"1234"_s);
        QCOMPARE(configuration->sourceOf(u"sii/timeout_ms"_s), u"shared settings"_s);
        // The machine's environment keeps the last word.
        QCOMPARE(configuration->value(u"sii/max_attempts"_s), u"2"_s);
    }

    void auditQueryPagesFiltersAndVerifies()
    {
        AuditLog log(m_db->database(), m_clock);
        for (int i = 1; i <= 25; ++i) {
            QVERIFY(log.appendNow({ i % 5 == 0 ? u"user:maria"_s : u"server"_s, u"dte.import"_s, u"dte"_s,
                                    u"33-%1"_s.arg(i), std::nullopt, {} })
                        .ok());
        }
        AuditQuery query(m_db->database(), m_clock);
        QCOMPARE(query.page(m_ejecutivo, {}, 0, 10).error().code(), ErrorCode::PermissionDenied);
        const auto first = query.page(m_system, {}, 0, 10);
        QCOMPARE(first->size(), 10);
        QCOMPARE(first->first().id, 25);
        const auto second = query.page(m_system, {}, first->last().id, 10);
        QCOMPARE(second->first().id, 15);
        AuditFilter maria;
        maria.actor = u"Maria"_s;
        QCOMPARE(query.count(m_system, maria).value(), 5);
        AuditFilter prefix;
        prefix.action = u"dte."_s;
        prefix.objectId = u"33-2"_s; // 33-2, 33-20..33-25
        QCOMPARE(query.count(m_system, prefix).value(), 7);
        AuditFilter later;
        later.from = m_clock.nowUtc().addSecs(1);
        QCOMPARE(query.count(m_system, later).value(), 0);

        QList<qint64> progress;
        const auto verdict = query.verifyChain(m_system, [&progress](qint64 checked, qint64 total) {
            progress << checked;
            return total == 25;
        });
        QVERIFY(verdict.ok() && verdict->intact);
        QCOMPARE(progress.first(), 0);
        QCOMPARE(progress.last(), 25);
        const auto cancelled = query.verifyChain(m_system, [](qint64, qint64) { return false; });
        QCOMPARE(cancelled.error().code(), ErrorCode::Unavailable);
    }
};

QTEST_GUILESS_MAIN(TestAdministrationServices)
#include "TestAdministrationServices.moc"
