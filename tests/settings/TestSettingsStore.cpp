// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "TestDatabase.h"
#include "audit/AuditLog.h"
#include "common/ManualClock.h"
#include "settings/SettingsStore.h"
#include "storage/Migrator.h"

#include <QTest>

using namespace factora::core;
using factora::test::TestDatabase;

class TestSettingsStore : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC)};
    const Actor m_system = Actor::system(u"cli:test"_qs);

private slots:
    void init()
    {
        auto db = TestDatabase::create();
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message()));
        m_db = std::move(db.value());
        QVERIFY(Migrator(m_db->database()).migrate().ok());
    }

    void cleanup() { m_db.reset(); }

    void setReadChangeRemove()
    {
        SettingsStore settings(m_db->database(), m_clock);
        QCOMPARE(settings.value(u"branding.color_principal"_qs, u"#0b5d7a"_qs).value(), u"#0b5d7a"_qs);
        QVERIFY(settings.setValue(m_system, u"branding.color_principal"_qs, u"#123456"_qs).ok());
        QCOMPARE(settings.value(u"branding.color_principal"_qs).value(), u"#123456"_qs);
        QVERIFY(settings.setValue(m_system, u"branding.color_principal"_qs, u"#654321"_qs).ok());
        QCOMPARE(settings.all()->value(u"branding.color_principal"_qs), u"#654321"_qs);
        QVERIFY(settings.setValue(m_system, u"branding.color_principal"_qs, QString()).ok());
        QVERIFY(settings.all()->isEmpty());

        const auto audit = AuditLog(m_db->database(), m_clock).recent(10, u"setting"_qs);
        QCOMPARE(audit->size(), 3);
        QCOMPARE(audit->at(1).event.details.value(u"old"_qs).toString(), u"#123456"_qs);
        QCOMPARE(audit->at(1).event.details.value(u"new"_qs).toString(), u"#654321"_qs);
        // Setting the same value again changes and audits nothing.
        QVERIFY(settings.setValue(m_system, u"retention.dias_envios"_qs, u"365"_qs).ok());
        QVERIFY(settings.setValue(m_system, u"retention.dias_envios"_qs, u"365"_qs).ok());
        QCOMPARE(AuditLog(m_db->database(), m_clock).recent(10, u"setting"_qs)->size(), 4);
    }

    void onlyManagersChangeSettings()
    {
        SettingsStore settings(m_db->database(), m_clock);
        const Actor cedente = Actor::user(UserSession(3, u"ana"_qs, u"Ana"_qs, Role::Cedente, {u"companies.read"_qs}, {1}));
        const Status refused = settings.setValue(cedente, u"branding.color_principal"_qs, u"#000000"_qs);
        QCOMPARE(refused.error().code(), ErrorCode::PermissionDenied);
        QVERIFY(settings.all()->isEmpty());
    }

    void keysAreValidated_data()
    {
        QTest::addColumn<QString>("key");
        QTest::newRow("no dot") << u"color"_qs;
        QTest::newRow("upper case") << u"Branding.Color"_qs;
        QTest::newRow("spaces") << u"branding.color principal"_qs;
        QTest::newRow("empty") << QString();
    }

    void keysAreValidated()
    {
        QFETCH(QString, key);
        SettingsStore settings(m_db->database(), m_clock);
        QCOMPARE(settings.setValue(m_system, key, u"x"_qs).error().code(), ErrorCode::InvalidInput);
        QCOMPARE(settings.value(key).error().code(), ErrorCode::InvalidInput);
    }
};

QTEST_GUILESS_MAIN(TestSettingsStore)
#include "TestSettingsStore.moc"
