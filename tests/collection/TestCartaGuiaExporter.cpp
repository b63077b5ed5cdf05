// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "CliApplication.h"
#include "CollectionSeed.h"
#include "Fixtures.h"
#include "TestDatabase.h"
#include "audit/AuditLog.h"
#include "collection/CartaGuiaExporter.h"
#include "common/ManualClock.h"
#include "security/Actor.h"
#include "storage/Migrator.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using namespace factora::core;
using factora::cli::CliApplication;
using factora::cli::CliContext;
using factora::test::CollectionSeed;
using factora::test::Fixtures;
using factora::test::TestDatabase;

namespace {
// Reads every row of the first sheet with openpyxl and prints them as JSON: dates as YYYY-MM-DD, whole numbers as
// integers (with their type), empty cells as null, plus the sheet's name.
const char* const readXlsx = R"(
import datetime, json, sys
import openpyxl
book = openpyxl.load_workbook(sys.argv[1])
sheet = book.worksheets[0]
rows = []
for row in sheet.iter_rows(values_only=True):
    cells = []
    for value in row:
        if isinstance(value, datetime.datetime):
            cells.append({"date": value.date().isoformat()})
        elif isinstance(value, (int, float)):
            cells.append({"number": int(value)})
        else:
            cells.append(value)
    rows.append(cells)
print(json.dumps({"sheet": sheet.title, "rows": rows}))
)";

// RFC 4180: fields separated by commas, records by CRLF, quoted fields may hold commas, quotes ("") and line breaks.
QList<QStringList> parseCsv(const QString& text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            record << field;
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            record << field;
            field.clear();
            records << record;
            record.clear();
            ++i;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !record.isEmpty())
        records << (record << field);
    return records;
}
} // namespace

/**
 * @brief The Carta Guía on both engines: which cessions it lists (latest per invoice, to the factoring, by Santiago
 * cession date or operation), each column's value, the XLSX read back with openpyxl, the CSV parsed as RFC 4180, the
 * audit row, the file format rules and `factora-cli export carta-guia`.
 */
class TestCartaGuiaExporter : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    QTemporaryDir m_dir;
    ManualClock m_clock { QDateTime(QDate(2026, 11, 21), QTime(12, 0), Qt::UTC) };
    const Actor m_system = Actor::system(QStringLiteral("cli:test"));
    const QString m_factoring = Fixtures::rut(76000001);
    const QString m_cedente = Fixtures::rut(77000002);
    const QString m_debtor = Fixtures::rut(11111111);
    const QString m_debtorName = QStringLiteral("Deudor \"Uno\", Ltda");

    CartaGuiaExporter exporter() { return CartaGuiaExporter(m_db->database(), m_clock); }

    static QDate d(int month, int day) { return QDate(2026, month, day); }

    // Folio 501: annotated 10 Nov in OP-7, paid 18 Nov. Folio 502: rejected then resubmitted (only the latest counts),
    // OP-7. Folio 503: annotated 1 Oct, OP-8. Folio 504: no stored DTE, recorded 30 Nov 23:00 Santiago (1 Dec UTC).
    // Folio 505: ceded to someone else, never listed.
    void seed()
    {
        CollectionSeed seed(m_db->database());
        QVERIFY(seed.company(m_factoring, QStringLiteral("Factoring SA"), true).ok());
        auto cedente = seed.company(m_cedente, QStringLiteral("Cedente Uno SpA"), false);
        QVERIFY(cedente.ok());
        auto dte1 = seed.dte(*cedente, m_cedente, 33, 501, m_debtor, m_debtorName, d(11, 2), d(12, 2), 119000);
        auto dte2 = seed.dte(*cedente, m_cedente, 33, 502, m_debtor, m_debtorName, d(11, 3), d(12, 3), 59500);
        auto dte3 = seed.dte(*cedente, m_cedente, 34, 503, m_debtor, m_debtorName, d(9, 20), d(10, 20), 20000);
        QVERIFY(dte1.ok() && dte2.ok() && dte3.ok());
        auto c1 = seed.cession(*dte1, m_cedente, 33, 501, m_factoring, 110000, QStringLiteral("annotated"),
                               QStringLiteral("0001234"), QDateTime(d(11, 10), QTime(14, 0), Qt::UTC));
        QVERIFY(c1.ok());
        QVERIFY(seed.cession(*dte2, m_cedente, 33, 502, m_factoring, 50000, QStringLiteral("rejected"),
                             QStringLiteral("0005000"), QDateTime(d(11, 11), QTime(14, 0), Qt::UTC))
                    .ok());
        QVERIFY(seed.cession(*dte2, m_cedente, 33, 502, m_factoring, 55000, QStringLiteral("submitted"),
                             QStringLiteral("0005678"), QDateTime(d(11, 12), QTime(14, 0), Qt::UTC))
                    .ok());
        auto c3 = seed.cession(*dte3, m_cedente, 34, 503, m_factoring, 20000, QStringLiteral("annotated"),
                               QStringLiteral("0000999"), QDateTime(d(10, 1), QTime(14, 0), Qt::UTC));
        QVERIFY(c3.ok());
        auto c4 = seed.cession(std::nullopt, m_cedente, 33, 504, m_factoring, 30000, QStringLiteral("annotated"),
                               QStringLiteral("0007777"), QDateTime(d(12, 1), QTime(2, 0), Qt::UTC));
        QVERIFY(c4.ok());
        QVERIFY(seed.cession(std::nullopt, m_cedente, 33, 505, Fixtures::rut(78000003), 1000,
                             QStringLiteral("annotated"), QStringLiteral("0008888"),
                             QDateTime(d(11, 15), QTime(14, 0), Qt::UTC))
                    .ok());
        auto r1 = seed.cessionReceivable(*c1, m_cedente, 33, 501, m_debtor, m_debtorName, d(11, 2), d(12, 2), 110000);
        QVERIFY(r1.ok());
        QVERIFY(
            seed.cessionReceivable(*c3, m_cedente, 34, 503, m_debtor, m_debtorName, d(9, 20), d(10, 20), 20000).ok());
        QVERIFY(seed.cessionReceivable(*c4, m_cedente, 33, 504, Fixtures::rut(22222222), QStringLiteral("Otro SA"),
                                       d(11, 20), d(12, 20), 30000)
                    .ok());
        QVERIFY(seed.payment(QStringLiteral("T-501"), { *r1 }, QDateTime(d(11, 18), QTime(15, 0), Qt::UTC), d(11, 18))
                    .ok());
        QVERIFY(seed.operation(QStringLiteral("OP-7"), *cedente, { *dte1, *dte2 }).ok());
        QVERIFY(seed.operation(QStringLiteral("OP-8"), *cedente, { *dte3 }).ok());
    }

    struct CliRun
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    CliRun cli(const QStringList& arguments)
    {
        QBuffer in, out, err;
        in.open(QIODevice::ReadOnly);
        out.open(QIODevice::WriteOnly);
        err.open(QIODevice::WriteOnly);
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("USER"), QStringLiteral("operadora"));
        if (!m_db->password().isEmpty())
            environment.insert(QStringLiteral("FACTORA_DATABASE_PASSWORD"), m_db->password());
        CliRun run;
        {
            CliContext context(in, out, err, environment, false);
            const QStringList global { QStringLiteral("--config"), m_dir.filePath(QStringLiteral("factora.conf")),
                                       QStringLiteral("--database"), m_db->url() };
            run.exitCode = CliApplication().run(context, global + arguments);
        }
        run.out = QString::fromUtf8(out.data());
        run.err = QString::fromUtf8(err.data());
        return run;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QFile config(m_dir.filePath(QStringLiteral("factora.conf")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        auto db = TestDatabase::create();
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message()));
        m_db = std::move(db.value());
        auto migrated = Migrator(m_db->database()).migrate();
        QVERIFY2(migrated.ok(), qPrintable(migrated.ok() ? QString() : migrated.error().message()));
        seed();
    }

    void cleanup() { m_db.reset(); }

    void rowsOfADateRange()
    {
        auto rows = exporter().rows(m_system, { d(11, 1), d(11, 30), QString() });
        QVERIFY2(rows.ok(), qPrintable(rows.ok() ? QString() : rows.error().message()));
        QCOMPARE(rows->size(), 3);
        const CartaGuiaRow& paid = rows->at(0);
        QCOMPARE(paid.operationNumber, QStringLiteral("OP-7"));
        QCOMPARE(paid.cedenteRut, m_cedente);
        QCOMPARE(paid.cedenteName, QStringLiteral("Cedente Uno SpA"));
        QCOMPARE(paid.tipo, 33);
        QCOMPARE(paid.folio, 501);
        QCOMPARE(paid.debtorRut, m_debtor);
        QCOMPARE(paid.debtorName, m_debtorName);
        QCOMPARE(paid.issueDate, d(11, 2));
        QCOMPARE(paid.dueDate, d(12, 2));
        QCOMPARE(paid.invoiceAmount, std::optional<qint64>(119000));
        QCOMPARE(paid.cededAmount, 110000);
        QCOMPARE(paid.cessionDate, d(11, 10));
        QCOMPARE(paid.trackId, QStringLiteral("0001234"));
        QCOMPARE(paid.cessionState, QStringLiteral("anotada"));
        QCOMPARE(paid.collectionState, QStringLiteral("pagada"));
        QCOMPARE(paid.paidAmount, std::optional<qint64>(110000));
        QCOMPARE(paid.paymentDate, d(11, 18));
        QCOMPARE(paid.accountingDate, d(11, 18));

        const CartaGuiaRow& resubmitted = rows->at(1);
        QCOMPARE(resubmitted.folio, 502);
        QCOMPARE(resubmitted.cededAmount, 55000);
        QCOMPARE(resubmitted.trackId, QStringLiteral("0005678"));
        QCOMPARE(resubmitted.cessionState, QStringLiteral("enviada"));
        QCOMPARE(resubmitted.collectionState, QStringLiteral("sin cobranza"));
        QVERIFY(!resubmitted.paidAmount);

        // Recorded 1 Dec 02:00 UTC, that is 30 Nov 23:00 in Santiago; its DTE is not stored: the receivable speaks.
        const CartaGuiaRow& late = rows->at(2);
        QCOMPARE(late.folio, 504);
        QCOMPARE(late.cessionDate, d(11, 30));
        QCOMPARE(late.operationNumber, QString());
        QCOMPARE(late.debtorName, QStringLiteral("Otro SA"));
        QCOMPARE(late.issueDate, d(11, 20));
        QVERIFY(!late.invoiceAmount);
        QCOMPARE(late.collectionState, QStringLiteral("pendiente"));

        auto december = exporter().rows(m_system, { d(12, 1), d(12, 31), QString() });
        QVERIFY(december.ok());
        QVERIFY(december->isEmpty());
    }

    void rowsOfAnOperation()
    {
        auto rows = exporter().rows(m_system, { QDate(), QDate(), QStringLiteral("OP-8") });
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), 1);
        QCOMPARE(rows->first().folio, 503);
        QCOMPARE(rows->first().tipo, 34);
        auto both = exporter().rows(m_system, { d(11, 1), d(11, 30), QStringLiteral("OP-7") });
        QVERIFY(both.ok());
        QCOMPARE(both->size(), 2);
        auto unknown = exporter().rows(m_system, { QDate(), QDate(), QStringLiteral("OP-99") });
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().code(), ErrorCode::NotFound);
        QVERIFY(unknown.error().message().contains(QStringLiteral("OP-99")));
        auto nothing = exporter().rows(m_system, {});
        QCOMPARE(nothing.error().code(), ErrorCode::InvalidInput);
        const UserSession cedente(1, QStringLiteral("c"), QStringLiteral("C"), Role::Cedente, {}, {});
        QCOMPARE(exporter().rows(Actor::user(cedente), { d(11, 1), d(11, 30), QString() }).error().code(),
                 ErrorCode::PermissionDenied);
    }

    void formatFromTheFileName_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("format");
        QTest::newRow("xlsx") << QStringLiteral("/tmp/carta.xlsx") << true << int(CartaGuiaExporter::Format::Xlsx);
        QTest::newRow("XLSX") << QStringLiteral("carta.XLSX") << true << int(CartaGuiaExporter::Format::Xlsx);
        QTest::newRow("csv") << QStringLiteral("carta.csv") << true << int(CartaGuiaExporter::Format::Csv);
        QTest::newRow("txt") << QStringLiteral("carta.txt") << false << 0;
        QTest::newRow("xls") << QStringLiteral("carta.xls") << false << 0;
        QTest::newRow("none") << QStringLiteral("carta") << false << 0;
    }

    void formatFromTheFileName()
    {
        QFETCH(QString, path);
        QFETCH(bool, ok);
        QFETCH(int, format);
        auto found = CartaGuiaExporter::formatForPath(path);
        QCOMPARE(found.ok(), ok);
        if (ok)
            QCOMPARE(int(found.value()), format);
        else
            QVERIFY(found.error().message().contains(path));
    }

    void xlsxReadBack()
    {
        const QString path = m_dir.filePath(QStringLiteral("carta.xlsx"));
        auto summary = exporter().exportTo(m_system, { d(11, 1), d(11, 30), QString() }, path);
        QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : summary.error().message()));
        QCOMPARE(summary->rowCount, 3);
        QCOMPARE(summary->cededTotal, 110000 + 55000 + 30000);
        QCOMPARE(summary->paidTotal, 110000);

        QProcess python;
        python.start(QStringLiteral(FACTORA_SYSTEM_PYTHON3),
                     { QStringLiteral("-c"), QString::fromUtf8(readXlsx), path });
        QVERIFY(python.waitForFinished(60000));
        QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
        const QJsonObject book = QJsonDocument::fromJson(python.readAllStandardOutput()).object();
        QCOMPARE(book.value(QStringLiteral("sheet")).toString(), QStringLiteral("Carta Guía"));
        const QJsonArray rows = book.value(QStringLiteral("rows")).toArray();
        QCOMPARE(rows.size(), 4);
        const QJsonArray header = rows.at(0).toArray();
        const QStringList names = CartaGuiaExporter::columnNames();
        QCOMPARE(header.size(), names.size());
        for (int i = 0; i < names.size(); ++i)
            QCOMPARE(header.at(i).toString(), names.at(i));
        QCOMPARE(names.at(0), QStringLiteral("Operación"));
        QCOMPARE(names.at(12), QStringLiteral("TRACKID"));

        const auto number
            = [](const QJsonValue& cell) { return cell.toObject().value(QStringLiteral("number")).toInteger(-1); };
        const auto date
            = [](const QJsonValue& cell) { return cell.toObject().value(QStringLiteral("date")).toString(); };
        const QJsonArray first = rows.at(1).toArray();
        QCOMPARE(first.at(0).toString(), QStringLiteral("OP-7"));
        QCOMPARE(first.at(1).toString(), m_cedente);
        QCOMPARE(first.at(2).toString(), QStringLiteral("Cedente Uno SpA"));
        QCOMPARE(number(first.at(3)), 33);
        QCOMPARE(number(first.at(4)), 501);
        QCOMPARE(first.at(5).toString(), m_debtor);
        QCOMPARE(first.at(6).toString(), m_debtorName);
        QCOMPARE(date(first.at(7)), QStringLiteral("2026-11-02"));
        QCOMPARE(date(first.at(8)), QStringLiteral("2026-12-02"));
        QCOMPARE(number(first.at(9)), 119000);
        QCOMPARE(number(first.at(10)), 110000);
        QCOMPARE(date(first.at(11)), QStringLiteral("2026-11-10"));
        QCOMPARE(first.at(12).toString(), QStringLiteral("0001234")); // text: its zeros stay
        QCOMPARE(first.at(13).toString(), QStringLiteral("anotada"));
        QCOMPARE(first.at(14).toString(), QStringLiteral("pagada"));
        QCOMPARE(number(first.at(15)), 110000);
        QCOMPARE(date(first.at(16)), QStringLiteral("2026-11-18"));
        QCOMPARE(date(first.at(17)), QStringLiteral("2026-11-18"));
        const QJsonArray third = rows.at(3).toArray();
        QCOMPARE(number(third.at(4)), 504);
        QVERIFY(third.at(0).isNull()); // no operation
        QVERIFY(third.at(9).isNull()); // no stored DTE: no total
        QVERIFY(third.at(15).isNull()); // not paid

        const auto audit = AuditLog(m_db->database(), m_clock).recent(1);
        QVERIFY(audit.ok() && audit->size() == 1);
        QCOMPARE(audit->first().event.action, QStringLiteral("carta_guia.export"));
        QCOMPARE(audit->first().event.details.value(QStringLiteral("rows")).toInt(), 3);
        QCOMPARE(audit->first().event.details.value(QStringLiteral("from")).toString(), QStringLiteral("2026-11-01"));
    }

    void csvIsRfc4180WithBom()
    {
        const QString path = m_dir.filePath(QStringLiteral("carta.csv"));
        auto summary = exporter().exportTo(m_system, { QDate(), QDate(), QStringLiteral("OP-7") }, path);
        QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : summary.error().message()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(bytes.endsWith("\r\n"));
        QVERIFY(!bytes.contains("\n\n"));
        const QList<QStringList> records = parseCsv(QString::fromUtf8(bytes.mid(3)));
        QCOMPARE(records.size(), 3);
        QCOMPARE(records.at(0), CartaGuiaExporter::columnNames());
        for (const QStringList& record : records)
            QCOMPARE(record.size(), 18);
        QCOMPARE(records.at(1).at(4), QStringLiteral("501"));
        QCOMPARE(records.at(1).at(6), m_debtorName); // quoted: it holds a comma and quotes
        QVERIFY(bytes.contains("\"Deudor \"\"Uno\"\", Ltda\""));
        QCOMPARE(records.at(1).at(7), QStringLiteral("2026-11-02"));
        QCOMPARE(records.at(1).at(15), QStringLiteral("110000"));
        QCOMPARE(records.at(2).at(4), QStringLiteral("502"));
        QCOMPARE(records.at(2).at(15), QString());
    }

    void aFailedExportKeepsTheOldFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("kept.xlsx"));
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("previous");
        old.close();
        auto failed = exporter().exportTo(m_system, { QDate(), QDate(), QStringLiteral("OP-99") }, path);
        QVERIFY(!failed.ok());
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray("previous"));
        const QString missingFolder = m_dir.filePath(QStringLiteral("no/such/folder/carta.xlsx"));
        auto io = exporter().exportTo(m_system, { d(11, 1), d(11, 30), QString() }, missingFolder);
        QVERIFY(!io.ok());
        QCOMPARE(io.error().code(), ErrorCode::Io);
    }

    void cliExport()
    {
        const QString path = m_dir.filePath(QStringLiteral("cli.csv"));
        const CliRun run = cli({ QStringLiteral("export"), QStringLiteral("carta-guia"), QStringLiteral("--from"),
                                 QStringLiteral("2026-11-01"), QStringLiteral("--to"), QStringLiteral("2026-11-30"),
                                 QStringLiteral("--out"), path, QStringLiteral("--json") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("rows")).toInt(), 3);
        QCOMPARE(json.value(QStringLiteral("format")).toString(), QStringLiteral("csv"));
        QVERIFY(QFile::exists(path));
        const auto audit = AuditLog(m_db->database(), m_clock).recent(1);
        QCOMPARE(audit->first().event.actor, QStringLiteral("cli:operadora"));

        const CliRun noRange
            = cli({ QStringLiteral("export"), QStringLiteral("carta-guia"), QStringLiteral("--out"), path });
        QCOMPARE(noRange.exitCode, 64);
        QVERIFY(noRange.err.contains(QStringLiteral("--operation")));
        const CliRun badFormat
            = cli({ QStringLiteral("export"), QStringLiteral("carta-guia"), QStringLiteral("--operation"),
                    QStringLiteral("OP-7"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("carta.pdf")) });
        QCOMPARE(badFormat.exitCode, 64);
        QVERIFY(badFormat.err.contains(QStringLiteral(".xlsx")));
        const CliRun unknown
            = cli({ QStringLiteral("export"), QStringLiteral("carta-guia"), QStringLiteral("--operation"),
                    QStringLiteral("OP-99"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("x.xlsx")) });
        QVERIFY(unknown.exitCode != 0);
        QVERIFY(unknown.err.contains(QStringLiteral("OP-99")));
    }
};

QTEST_GUILESS_MAIN(TestCartaGuiaExporter)
#include "TestCartaGuiaExporter.moc"
