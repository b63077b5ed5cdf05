// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "RendicionScenario.h"
#include "TestDatabase.h"
#include "audit/AuditLog.h"
#include "collection/CollectionService.h"
#include "rendicion/RendicionGenerator.h"
#include "storage/Migrator.h"
#include "storage/SqlQuery.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace factora::core;
using factora::test::RendicionScenario;
using factora::test::TestDatabase;

/** @brief Rendición generation: golden files of two layouts, errors, atomic output, the record kept. */
class TestRendicionGenerator : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    ManualClock m_clock { QDateTime(QDate(2026, 11, 20), QTime(21, 30), Qt::UTC) };
    std::optional<BankingCalendar> m_calendar;
    std::unique_ptr<QTemporaryDir> m_dir;
    const QDate m_date { 2026, 11, 20 };

    QSqlDatabase conn() { return m_db->database().connection().value(); }

    qint64 count(const QString& sql)
    {
        auto value = SqlQuery::scalar(conn(), sql);
        return value ? value->toLongLong() : -1;
    }

    static QString data(const QString& path)
    {
        return qEnvironmentVariable("FACTORA_TEST_DATA_DIR") + u"/rendicion/"_qs + path;
    }

    static QByteArray read(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    RendicionGenerator generator(const RendicionLayout& layout = RendicionLayout::defaultLayout(),
                                 const RendicionSettings& settings = RendicionScenario::settings())
    {
        return RendicionGenerator(m_db->database(), m_clock, layout, settings);
    }

    // Compares @p actual with the golden file; FACTORA_UPDATE_GOLDEN=1 rewrites it instead.
    static bool matchesGolden(const QByteArray& actual, const QString& golden)
    {
        if (qEnvironmentVariableIntValue("FACTORA_UPDATE_GOLDEN") == 1) {
            QFile file(golden);
            return file.open(QIODevice::WriteOnly) && file.write(actual) == actual.size();
        }
        return actual == read(golden);
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
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    void defaultLayoutMatchesGoldenFile()
    {
        const QString out = m_dir->filePath(u"cv.txt"_qs);
        auto summary = generator().generate(m_date, u"CV"_qs, out, Actor::system(u"cli:test"_qs));
        QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : summary.error().message()));
        const QByteArray bytes = read(out);
        QVERIFY2(matchesGolden(bytes, data(u"golden/rendicion_CV_20261120.txt"_qs)), bytes.constData());
        QCOMPARE(summary->detailCount, 4);
        QCOMPARE(summary->transactionCount, 2);
        QCOMPARE(summary->recordCount, 5);
        QCOMPARE(summary->totalAmount, 293918);
        QCOMPARE(summary->byteCount, 5 * 122);
        QCOMPARE(summary->sha256,
                 QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
        // Recorded and audited.
        QCOMPARE(count(u"SELECT COUNT(*) FROM rendiciones_generated WHERE accounting_date = '2026-11-20' AND "
                       "channel = 'CV' AND detail_count = 4 AND total_amount = 293918 AND generated_by = 'cli:test' "
                       "AND file_name = 'cv.txt'"_qs),
                 1);
        auto sha = SqlQuery::scalar(conn(), u"SELECT sha256 FROM rendiciones_generated"_qs);
        QCOMPARE(sha->toString(), summary->sha256);
        const auto audit = AuditLog(m_db->database(), m_clock).recent(1);
        QCOMPARE(audit->first().event.action, u"rendicion.generate"_qs);
        QCOMPARE(audit->first().event.objectId, u"2026-11-20/CV"_qs);
    }

    void folderOutputUsesTheFileNamePattern()
    {
        auto summary = generator().generate(m_date, u"CV"_qs, m_dir->path(), Actor::system(u"cli:test"_qs));
        QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : summary.error().message()));
        QCOMPARE(summary->fileName, u"rendicion_CV_20261120.txt"_qs);
        QVERIFY(QFile::exists(m_dir->filePath(u"rendicion_CV_20261120.txt"_qs)));
    }

    void otherChannelAndEmptyDateHaveOnlyTheHeader()
    {
        const QString out = m_dir->filePath(u"in.txt"_qs);
        auto summary = generator().generate(m_date, u"IN"_qs, out, Actor::system(u"cli:test"_qs));
        QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : summary.error().message()));
        QCOMPARE(summary->detailCount, 0);
        // type, company RUT 0*(9) + DV, convenio IN 0*(10), channel, date, count 0*(7), total 0*(13), filler.
        QCOMPARE(read(out),
                 QByteArray("1") + "096543210" + "8" + "0007654321" + "IN" + "20261120" + "0000000"
                     + QByteArray(13, '0') + QByteArray(69, ' ') + "\r\n");
        // The Monday payment (T-C) is the only one of 2026-11-23.
        auto monday = generator().generate(QDate(2026, 11, 23), u"CV"_qs, out, Actor::system(u"cli:test"_qs));
        QVERIFY(monday.ok());
        QCOMPARE(monday->detailCount, 1);
        QCOMPARE(monday->totalAmount, 75000);
        QVERIFY(read(out).contains(RendicionScenario::transactionC));
    }

    void secondLayoutMatchesGoldenFile()
    {
        auto layout = RendicionLayout::load(data(u"layouts/alternate.layout"_qs));
        QVERIFY2(layout.ok(), qPrintable(layout.ok() ? QString() : layout.error().message()));
        auto summary
            = generator(layout.value()).generate(m_date, u"CV"_qs, m_dir->path(), Actor::system(u"cli:test"_qs));
        QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : summary.error().message()));
        QCOMPARE(summary->fileName, u"REC1234567_201126.CV"_qs);
        QCOMPARE(summary->recordCount, 6);
        const QByteArray bytes = read(summary->filePath);
        QVERIFY2(matchesGolden(bytes, data(u"golden/REC1234567_201126.CV"_qs)), bytes.constData());
        QVERIFY(bytes.startsWith("HRECAUDACI\xD3N"));
        QCOMPARE(bytes.size(), 6 * 81);
    }

    void valueTooLongIsAnErrorAndNoFileIsLeft()
    {
        // A folio of 11 digits does not fit ID crédito 0*(10).
        CollectionService collection(m_db->database(), m_clock, *m_calendar);
        auto imported = collection.importCartera(
            Actor::system(u"cli:test"_qs),
            "rut_deudor;nombre_deudor;documento;folio;fecha_emision;fecha_vencimiento;monto\n"
            "33333333-3;Folio Largo SpA;F-L;12345678901;2026-09-01;2026-10-01;1000\n",
            u"largo.csv"_qs);
        QVERIFY(imported.ok());
        RendicionScenario scenario(m_db->database(), m_clock, *m_calendar);
        QVERIFY(scenario.queryAndPay(u"33333333-3"_qs, u"T-LARGO"_qs, u"2026-11-20 10:00"_qs).ok());
        const QString out = m_dir->filePath(u"overflow.txt"_qs);
        auto summary = generator().generate(m_date, u"CV"_qs, out, Actor::system(u"cli:test"_qs));
        QVERIFY(!summary.ok());
        QCOMPARE(summary.error().code(), ErrorCode::InvalidInput);
        const QString message = summary.error().message();
        QVERIFY2(message.contains(u"registro 6 (detalle), campo «invoice» (Num 10, posiciones 74–83)"_qs),
                 qPrintable(message));
        QVERIFY2(message.contains(u"«12345678901» tiene 11 caracteres y el campo admite 10"_qs), qPrintable(message));
        QVERIFY2(message.contains(u"T-LARGO"_qs), qPrintable(message));
        QVERIFY(!QFile::exists(out));
        QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden).size(), 0);
        QCOMPARE(count(u"SELECT COUNT(*) FROM rendiciones_generated"_qs), 0);
    }

    void existingFileIsReplacedOnlyOnSuccess()
    {
        const QString out = m_dir->filePath(u"cv.txt"_qs);
        {
            QFile file(out);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("anterior");
        }
        RendicionSettings noConvenio = RendicionScenario::settings();
        noConvenio.convenios.remove(u"CV"_qs);
        auto failed = generator(RendicionLayout::defaultLayout(), noConvenio)
                          .generate(m_date, u"CV"_qs, out, Actor::system(u"cli:test"_qs));
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().code(), ErrorCode::Configuration);
        QVERIFY(failed.error().message().contains(u"rendicion/convenio_cv"_qs));
        QCOMPARE(read(out), QByteArray("anterior"));
        QVERIFY(generator().generate(m_date, u"CV"_qs, out, Actor::system(u"cli:test"_qs)).ok());
        QCOMPARE(read(out).size(), 5 * 122);
    }

    void refusesBadInput_data()
    {
        QTest::addColumn<QString>("channel");
        QTest::addColumn<bool>("withCompany");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown channel") << u"SE"_qs << true << u"canal desconocido «SE»"_qs;
        QTest::newRow("no company RUT") << u"CV"_qs << false << u"falta rendicion/company_rut"_qs;
    }

    void refusesBadInput()
    {
        QFETCH(QString, channel);
        QFETCH(bool, withCompany);
        QFETCH(QString, message);
        RendicionSettings settings = RendicionScenario::settings();
        if (!withCompany)
            settings.companyRut.clear();
        auto summary = generator(RendicionLayout::defaultLayout(), settings)
                           .generate(m_date, channel, m_dir->filePath(u"x.txt"_qs), Actor::system(u"cli:test"_qs));
        QVERIFY(!summary.ok());
        QVERIFY2(summary.error().message().contains(message), qPrintable(summary.error().message()));
        QVERIFY(!QFile::exists(m_dir->filePath(u"x.txt"_qs)));
    }
};

QTEST_GUILESS_MAIN(TestRendicionGenerator)
#include "TestRendicionGenerator.moc"
