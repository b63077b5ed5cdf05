// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "RendicionScenario.h"
#include "TestDatabase.h"
#include "rendicion/RendicionGenerator.h"
#include "rendicion/RendicionReconciler.h"
#include "storage/Migrator.h"
#include "storage/SqlQuery.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace factora::core;
using factora::test::RendicionScenario;
using factora::test::TestDatabase;
using Outcome = RendicionReconciliationItem::Outcome;

/** @brief Importing the bank's rendición and reconciling it with the notifications, on SQLite and PostgreSQL. */
class TestRendicionReconciler : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    ManualClock m_clock { QDateTime(QDate(2026, 11, 20), QTime(22, 0), Qt::UTC) };
    std::optional<BankingCalendar> m_calendar;
    const Actor m_actor = Actor::system(u"cli:test"_qs);
    QList<QByteArray> m_lines; // our own CV rendición of 2026-11-20: what the bank should send

    QSqlDatabase conn() { return m_db->database().connection().value(); }

    qint64 count(const QString& sql, const QVariantList& bindings = {})
    {
        auto value = SqlQuery::scalar(conn(), sql, bindings);
        return value ? value->toLongLong() : -1;
    }

    RendicionReconciler reconciler()
    {
        return RendicionReconciler(m_db->database(), m_clock, *m_calendar, RendicionLayout::defaultLayout());
    }

    // A detail line of the default layout, made from T-A's first line by position.
    QByteArray detail(const QByteArray& transaccion, const QByteArray& rutBody, char dv, qint64 folio, int cuota,
                      qint64 amount, const QByteArray& paid = "20261120110000") const
    {
        QByteArray line = m_lines[2];
        line.replace(9, 14, paid);
        line.replace(23, 9, rutBody.rightJustified(9, '0'));
        line[32] = dv;
        line.replace(33, 40, transaccion.leftJustified(40, ' '));
        line.replace(73, 10, QByteArray::number(folio).rightJustified(10, '0'));
        line.replace(83, 2, QByteArray::number(cuota).rightJustified(2, '0'));
        line.replace(85, 13, QByteArray::number(amount).rightJustified(13, '0'));
        return line;
    }

    // The header fixed to @p details' count and total, then the details, CRLF.
    static QByteArray file(QByteArray header, const QList<QByteArray>& details)
    {
        qint64 total = 0;
        for (const QByteArray& d : details)
            total += d.mid(85, 13).toLongLong();
        header.replace(31, 7, QByteArray::number(details.size()).rightJustified(7, '0'));
        header.replace(38, 13, QByteArray::number(total).rightJustified(13, '0'));
        return (QList<QByteArray> { header } + details).join("\r\n") + "\r\n";
    }

    // The bank's file with a missing, an extra (queried, unnotified), an unknown, a differing amount and a
    // differing accounting date record.
    QByteArray mixedFile() const
    {
        QByteArray differentAmount = m_lines[4];
        differentAmount.replace(85, 13, "0000000002600");
        return file(m_lines[0],
                    { m_lines[2], m_lines[3], differentAmount,
                      detail(RendicionScenario::transactionD, "22222222", '2', 4001, 1, 30000),
                      detail("T-DESCONOCIDA", "33333333", '3', 9999, 1, 1234),
                      detail(RendicionScenario::transactionC, "11111111", '1', 3001, 1, 75000, "20261120150000") });
    }

    static QMap<QString, Outcome> outcomes(const RendicionReconciliation& r)
    {
        QMap<QString, Outcome> map;
        for (const RendicionReconciliationItem& item : r.items)
            map.insert(QString::number(item.invoice), item.outcome);
        return map;
    }

private slots:
    void initTestCase()
    {
        auto calendar = BankingCalendar::create();
        QVERIFY(calendar.ok());
        m_calendar = calendar.value();
    }

    void init()
    {
        auto db = TestDatabase::create();
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message()));
        m_db = std::move(db.value());
        auto migrated = Migrator(m_db->database()).migrate();
        QVERIFY2(migrated.ok(), qPrintable(migrated.ok() ? QString() : migrated.error().message()));
        RendicionScenario scenario(m_db->database(), m_clock, *m_calendar);
        const Status loaded = scenario.load();
        QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message()));
        QTemporaryDir dir;
        RendicionGenerator generator(m_db->database(), m_clock, RendicionLayout::defaultLayout(),
                                     RendicionScenario::settings());
        auto summary = generator.generate(QDate(2026, 11, 20), u"CV"_qs, dir.filePath(u"cv.txt"_qs), m_actor);
        QVERIFY(summary.ok());
        QFile out(summary->filePath);
        QVERIFY(out.open(QIODevice::ReadOnly));
        m_lines = out.readAll().split('\n');
        m_lines.removeLast();
        for (QByteArray& line : m_lines)
            line.chop(1);
        QCOMPARE(m_lines.size(), 5);
    }

    void cleanup() { m_db.reset(); }

    void ourOwnFileMatchesAndImportIsIdempotent()
    {
        const QByteArray bytes = m_lines.join("\r\n") + "\r\n";
        auto first = reconciler().reconcile(bytes, u"banco.txt"_qs, m_actor);
        QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().message()));
        QVERIFY(first->allMatch());
        QCOMPARE(first->items.size(), 4);
        QCOMPARE(first->newRecords, 4);
        QVERIFY(!first->alreadyImported);
        QCOMPARE(count(u"SELECT COUNT(*) FROM rendicion_reconciliation_items WHERE outcome = 'matched'"_qs), 4);

        // The same bytes again store nothing new and give the same result.
        auto again = reconciler().reconcile(bytes, u"banco-copia.txt"_qs, m_actor);
        QVERIFY(again.ok());
        QVERIFY(again->alreadyImported);
        QCOMPARE(again->importId, first->importId);
        QCOMPARE(again->newRecords, 0);
        QVERIFY(again->allMatch());
        QCOMPARE(count(u"SELECT COUNT(*) FROM rendicion_imports"_qs), 1);
        QCOMPARE(count(u"SELECT COUNT(*) FROM rendicion_bank_records"_qs), 4);
        QCOMPARE(count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'rendicion.import'"_qs), 1);

        // A different file of the same day repeating those records adds only what is new.
        QList<QByteArray> withTwo = m_lines.mid(1, 1);
        auto partial = reconciler().reconcile(file(m_lines[0], withTwo), u"parcial.txt"_qs, m_actor);
        QVERIFY(partial.ok());
        QVERIFY(!partial->alreadyImported);
        QCOMPARE(partial->newRecords, 0);
        QCOMPARE(count(u"SELECT COUNT(*) FROM rendicion_bank_records"_qs), 4);
    }

    void reportsMissingExtraAndDifferingRecords()
    {
        auto result = reconciler().reconcile(mixedFile(), u"banco.txt"_qs, m_actor);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message()));
        QVERIFY(!result->allMatch());
        const QMap<QString, Outcome> map = outcomes(result.value());
        QCOMPARE(map.value(u"1001"_qs), Outcome::Matched);
        QCOMPARE(map.value(u"1002"_qs), Outcome::Matched);
        QCOMPARE(map.value(u"1003"_qs), Outcome::Differs);
        QCOMPARE(map.value(u"3001"_qs), Outcome::Differs);
        QCOMPARE(map.value(u"4001"_qs), Outcome::AppliedFromBank);
        QCOMPARE(map.value(u"9999"_qs), Outcome::NotNotified);
        QCOMPARE(map.value(u"2001"_qs), Outcome::MissingInBank);
        QCOMPARE(result->items.size(), 7);
        for (const RendicionReconciliationItem& item : result->items) {
            if (item.invoice == 1003) {
                QCOMPARE(*item.bankAmount, 2600);
                QCOMPARE(*item.ourAmount, 2500);
                QVERIFY2(item.detail.contains(u"monto: banco 2600, Factora 2500"_qs), qPrintable(item.detail));
                QCOMPARE(item.line, 4);
            } else if (item.invoice == 3001) {
                QVERIFY2(item.detail.contains(u"fecha contable: banco 2026-11-20, Factora 2026-11-23"_qs),
                         qPrintable(item.detail));
            } else if (item.invoice == 9999) {
                QVERIFY2(item.detail.contains(u"ninguna consulta de deuda"_qs), qPrintable(item.detail));
            } else if (item.invoice == 2001) {
                QCOMPARE(item.transaccion, QString::fromLatin1(RendicionScenario::transactionB));
                QCOMPARE(item.line, 0);
            }
        }
        // The unnotified payment was applied through the collection service, flagged as coming from the file.
        QCOMPARE(count(u"SELECT COUNT(*) FROM receivables WHERE folio = 4001 AND state = 'paid'"_qs), 1);
        QCOMPARE(count(u"SELECT COUNT(*) FROM collection_notifications WHERE transaccion = ? AND applied"_qs,
                       { QString::fromLatin1(RendicionScenario::transactionD) }),
                 1);
        QCOMPARE(count(u"SELECT COUNT(*) FROM rendicion_bank_applications WHERE applied AND transaccion = ?"_qs,
                       { QString::fromLatin1(RendicionScenario::transactionD) }),
                 1);
        QCOMPARE(count(u"SELECT COUNT(*) FROM rendicion_bank_applications WHERE NOT applied AND transaccion = "
                       "'T-DESCONOCIDA'"_qs),
                 1);
        // Stored for the desktop.
        QCOMPARE(count(u"SELECT COUNT(*) FROM rendicion_reconciliation_items WHERE accounting_date = '2026-11-20'"_qs),
                 7);
        QCOMPARE(count(u"SELECT COUNT(*) FROM rendicion_reconciliation_items WHERE outcome = 'missing_in_bank' "
                       "AND bank_record_id IS NULL AND our_amount = 50000"_qs),
                 1);

        // Importing it again applies nothing twice and keeps the flag.
        auto again = reconciler().reconcile(mixedFile(), u"banco.txt"_qs, m_actor);
        QVERIFY(again.ok());
        QVERIFY(again->alreadyImported);
        QCOMPARE(outcomes(again.value()), map);
        QCOMPARE(count(u"SELECT COUNT(*) FROM collection_notifications WHERE transaccion = ?"_qs,
                       { QString::fromLatin1(RendicionScenario::transactionD) }),
                 1);
        QCOMPARE(count(u"SELECT COUNT(*) FROM rendicion_reconciliation_items"_qs), 7);
    }

    void bankInvoicesThatDifferFromTheQueryAreNotApplied()
    {
        // T-D was queried for folio 4001 at 30000; the bank says 31000.
        auto result = reconciler().reconcile(
            file(m_lines[0], { detail(RendicionScenario::transactionD, "22222222", '2', 4001, 1, 31000) }),
            u"banco.txt"_qs, m_actor);
        QVERIFY(result.ok());
        const RendicionReconciliationItem* item = nullptr;
        for (const RendicionReconciliationItem& i : result->items)
            item = i.invoice == 4001 ? &i : item;
        QVERIFY(item);
        QCOMPARE(item->outcome, Outcome::NotNotified);
        QVERIFY2(item->detail.contains(u"boleta 4001: el banco dice 31000 y la consulta 30000"_qs),
                 qPrintable(item->detail));
        QCOMPARE(count(u"SELECT COUNT(*) FROM receivables WHERE folio = 4001 AND state = 'pending'"_qs), 1);
    }

    void recordImportedWithOtherDataRefusesTheWholeFile()
    {
        QVERIFY(reconciler().reconcile(mixedFile(), u"banco.txt"_qs, m_actor).ok());
        QByteArray changed = m_lines[4];
        changed.replace(85, 13, "0000000002700");
        auto refused = reconciler().reconcile(file(m_lines[0], { m_lines[2], m_lines[3], changed }),
                                              u"corregido.txt"_qs, m_actor);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code(), ErrorCode::Conflict);
        QVERIFY2(refused.error().message().contains(
                     u"Línea 4: la boleta 1003 de la transacción 0a1b2c3d-0000-4000-8000-00000000000a ya fue importada "
                     "(banco.txt, línea 4) con otros datos (monto 2600 → 2700)"_qs),
                 qPrintable(refused.error().message()));
        QCOMPARE(count(u"SELECT COUNT(*) FROM rendicion_imports"_qs), 1);
        QCOMPARE(count(u"SELECT COUNT(*) FROM rendicion_bank_records"_qs), 6);
    }

    void malformedFileStoresNothing()
    {
        QByteArray bytes = m_lines.join("\r\n") + "\r\n";
        bytes[bytes.size() - 3] = 'x'; // the last detail's filler
        auto refused = reconciler().reconcile(bytes, u"malo.txt"_qs, m_actor);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code(), ErrorCode::InvalidInput);
        QVERIFY2(refused.error().message().startsWith(u"Línea 5 (detalle), campo «filler»"_qs),
                 qPrintable(refused.error().message()));
        QCOMPARE(count(u"SELECT COUNT(*) FROM rendicion_imports"_qs), 0);
        QCOMPARE(count(u"SELECT COUNT(*) FROM rendicion_reconciliation_items"_qs), 0);
    }
};

QTEST_GUILESS_MAIN(TestRendicionReconciler)
#include "TestRendicionReconciler.moc"
