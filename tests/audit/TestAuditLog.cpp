// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "TamperHelper.h"
#include "TestDatabase.h"
#include "audit/AuditLog.h"
#include "common/ManualClock.h"
#include "storage/Migrator.h"
#include "storage/SqlQuery.h"

#include <QTest>
#include <QThread>

using namespace factora::core;
using factora::test::TamperHelper;
using factora::test::TestDatabase;

class TestAuditLog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC)};

    QSqlDatabase conn() { return m_db->database().connection().value(); }

    void appendFive(AuditLog& log)
    {
        for (int i = 1; i <= 5; ++i) {
            m_clock.advanceSeconds(1);
            const AuditEvent event{u"cli:test"_qs, u"company.add"_qs, u"company"_qs, QString::number(i),
                                   i % 2 ? std::optional<qint64>() : std::optional<qint64>(i),
                                   {{u"n"_qs, i}, {u"razon"_qs, u"Señal Ñandú"_qs}}};
            QVERIFY(log.appendNow(event).ok());
        }
    }

    AuditVerification verified(AuditLog& log)
    {
        const auto verdict = log.verify();
        if (!verdict.ok())
            qFatal("verify failed: %s", qPrintable(verdict.error().message()));
        return verdict.value();
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

    void emptyLogIsIntact()
    {
        AuditLog log(m_db->database(), m_clock);
        const auto verdict = verified(log);
        QVERIFY(verdict.intact);
        QCOMPARE(verdict.rowsChecked, 0);
    }

    void appendedRowsChain()
    {
        AuditLog log(m_db->database(), m_clock);
        appendFive(log);
        const auto verdict = verified(log);
        QVERIFY2(verdict.intact, qPrintable(verdict.reason));
        QCOMPARE(verdict.rowsChecked, 5);

        const auto records = log.recent(10);
        QVERIFY(records.ok());
        QCOMPARE(records->size(), 5);
        QCOMPARE(records->first().id, 5);                      // newest first
        QCOMPARE(records->last().previousHash, AuditLog::genesisHash());
        QCOMPARE(records->at(0).previousHash, records->at(1).hash);
        QCOMPARE(records->at(3).event.details.value(u"razon"_qs).toString(), u"Señal Ñandú"_qs);
        QCOMPARE(records->at(3).event.companyId.value_or(0), 2);
        QVERIFY(!records->at(4).event.companyId.has_value());
    }

    void hashCoversEveryField()
    {
        const QStringList base{u"p"_qs, u"t"_qs, u"a"_qs, u"x"_qs, u"o"_qs, u"i"_qs, u"c"_qs, u"d"_qs};
        const QString reference = AuditLog::computeHash(base[0], 1, base[1], base[2], base[3], base[4], base[5], base[6], base[7]);
        QVERIFY(reference != AuditLog::computeHash(base[0], 2, base[1], base[2], base[3], base[4], base[5], base[6], base[7]));
        for (int field = 0; field < base.size(); ++field) {
            QStringList changed = base;
            changed[field] += u"!"_qs;
            QVERIFY(reference != AuditLog::computeHash(changed[0], 1, changed[1], changed[2], changed[3], changed[4],
                                                        changed[5], changed[6], changed[7]));
        }
        // Length prefixes: moving a character from one field to the next changes the hash.
        QVERIFY(AuditLog::computeHash(u"ab"_qs, 1, u"c"_qs, {}, {}, {}, {}, {}, {})
                != AuditLog::computeHash(u"a"_qs, 1, u"bc"_qs, {}, {}, {}, {}, {}, {}));
    }

    void triggersRefuseChanges()
    {
        AuditLog log(m_db->database(), m_clock);
        appendFive(log);
        QVERIFY(!m_db->exec(u"UPDATE audit_log SET actor = 'x' WHERE id = 2"_qs).ok());
        QVERIFY(!m_db->exec(u"DELETE FROM audit_log WHERE id = 2"_qs).ok());
        QVERIFY(verified(log).intact);
    }

    void tamperingIsCaught_data()
    {
        QTest::addColumn<QStringList>("statements");
        QTest::addColumn<qint64>("firstBroken");
        QTest::addColumn<QString>("mentions");

        QTest::newRow("edited details") << QStringList{u"UPDATE audit_log SET details = '{\"n\":30}' WHERE id = 3"_qs}
                                        << qint64(3) << u"modificada"_qs;
        QTest::newRow("edited actor") << QStringList{u"UPDATE audit_log SET actor = 'cli:otro' WHERE id = 2"_qs}
                                      << qint64(2) << u"modificada"_qs;
        QTest::newRow("edited time") << QStringList{u"UPDATE audit_log SET occurred_at = '2020-01-01T00:00:00.000Z' WHERE id = 4"_qs}
                                     << qint64(4) << u"modificada"_qs;
        QTest::newRow("deleted middle row") << QStringList{u"DELETE FROM audit_log WHERE id = 3"_qs} << qint64(4)
                                            << u"falta la fila 3"_qs;
        QTest::newRow("deleted first row") << QStringList{u"DELETE FROM audit_log WHERE id = 1"_qs} << qint64(2)
                                           << u"falta la fila 1"_qs;
        QTest::newRow("deleted last row") << QStringList{u"DELETE FROM audit_log WHERE id = 5"_qs} << qint64(5)
                                          << u"faltan las últimas filas"_qs;
        QTest::newRow("deleted and renumbered")
            << QStringList{u"DELETE FROM audit_log WHERE id = 3"_qs, u"UPDATE audit_log SET id = 3 WHERE id = 4"_qs,
                           u"UPDATE audit_log SET id = 4 WHERE id = 5"_qs}
            << qint64(3) << u"modificada"_qs;
        // Reordering: rows 2 and 3 swap places (each keeps its own content and hashes).
        QTest::newRow("reordered rows")
            << QStringList{u"UPDATE audit_log SET id = 100 WHERE id = 2"_qs, u"UPDATE audit_log SET id = 2 WHERE id = 3"_qs,
                           u"UPDATE audit_log SET id = 3 WHERE id = 100"_qs}
            << qint64(2) << u"modificada"_qs;
        // Reordering the contents while leaving ids and hashes where they were.
        QTest::newRow("swapped contents")
            << QStringList{u"UPDATE audit_log SET object_id = CASE id WHEN 2 THEN '3' ELSE '2' END WHERE id IN (2, 3)"_qs}
            << qint64(2) << u"modificada"_qs;
        QTest::newRow("corrupted hash")
            << QStringList{u"UPDATE audit_log SET hash = CASE WHEN substr(hash, 1, 1) = 'f' THEN 'e' ELSE 'f' END "
                           "|| substr(hash, 2) WHERE id = 2"_qs}
                                          << qint64(2) << u"modificada"_qs;
        QTest::newRow("head rolled back") << QStringList{u"DELETE FROM audit_log WHERE id = 5"_qs,
                                                         u"UPDATE audit_head SET last_id = 4, row_count = 4"_qs}
                                          << qint64(5) << u"cabecera"_qs;
    }

    void tamperingIsCaught()
    {
        QFETCH(QStringList, statements);
        QFETCH(qint64, firstBroken);
        QFETCH(QString, mentions);

        AuditLog log(m_db->database(), m_clock);
        appendFive(log);
        QVERIFY(TamperHelper::disableAuditTriggers(*m_db).ok());
        for (const QString& statement : statements)
            QVERIFY2(m_db->exec(statement).ok(), qPrintable(statement));

        const auto verdict = verified(log);
        QVERIFY(!verdict.intact);
        QCOMPARE(verdict.firstBrokenId, firstBroken);
        QVERIFY2(verdict.reason.contains(mentions), qPrintable(verdict.reason));
    }

    void forgedRowWithRecomputedHashBreaksTheNextLink()
    {
        AuditLog log(m_db->database(), m_clock);
        appendFive(log);
        QVERIFY(TamperHelper::disableAuditTriggers(*m_db).ok());
        // Rewrite row 3's actor and recompute its hash correctly: row 4 no longer links to it.
        auto row = SqlQuery::exec(conn(), u"SELECT occurred_at, action, object_type, object_id, company_id, details, "
                                          "prev_hash FROM audit_log WHERE id = 3"_qs);
        QVERIFY(row.ok() && row->next());
        const QString forged = AuditLog::computeHash(row->value(6).toString(), 3, row->value(0).toString(), u"cli:otro"_qs,
                                                     row->value(1).toString(), row->value(2).toString(),
                                                     row->value(3).toString(),
                                                     row->value(4).isNull() ? QString() : row->value(4).toString(),
                                                     row->value(5).toString());
        QVERIFY(SqlQuery::exec(conn(), u"UPDATE audit_log SET actor = 'cli:otro', hash = ? WHERE id = 3"_qs, {forged}).ok());
        const auto verdict = verified(log);
        QVERIFY(!verdict.intact);
        QCOMPARE(verdict.firstBrokenId, 4);
        QVERIFY2(verdict.reason.contains(u"no encadena"_qs), qPrintable(verdict.reason));
    }

    void concurrentAppendsKeepOneChain()
    {
        Database& database = m_db->database();
        const auto writer = [&database, this](const QString& actor) {
            AuditLog log(database, m_clock);
            for (int i = 0; i < 25; ++i) {
                if (!log.appendNow({actor, u"test.concurrent"_qs, u"test"_qs, QString::number(i), std::nullopt, {}}))
                    qFatal("append failed");
            }
            database.releaseThreadConnection();
        };
        QThread* a = QThread::create(writer, u"cli:a"_qs);
        QThread* b = QThread::create(writer, u"cli:b"_qs);
        a->start();
        b->start();
        QVERIFY(a->wait(120000));
        QVERIFY(b->wait(120000));
        delete a;
        delete b;
        AuditLog log(m_db->database(), m_clock);
        const auto verdict = verified(log);
        QVERIFY2(verdict.intact, qPrintable(verdict.reason));
        QCOMPARE(verdict.rowsChecked, 50);
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "TestAuditLog.moc"
