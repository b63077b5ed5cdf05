// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "dtes/DteFilterProxyModel.h"
#include "dtes/DteImportResultModel.h"
#include "dtes/DteRow.h"
#include "dtes/DteTableModel.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <memory>

using namespace factora;
using ui::DteFilterProxyModel;
using ui::DteRow;
using ui::DteTableModel;

namespace {

core::DteRecord record(qint64 id, int tipo, qint64 folio, const QString& emitterRut, const QString& emitterName,
                       const QString& receiverRut, const QString& receiverName, QDate issued, qint64 total,
                       const QString& state)
{
    core::DteRecord dte;
    dte.id = id;
    dte.tipo = tipo;
    dte.folio = folio;
    dte.emitterRut = emitterRut;
    dte.emitterName = emitterName;
    dte.receiverRut = receiverRut;
    dte.receiverName = receiverName;
    dte.fechaEmision = issued;
    dte.fechaVencimiento = issued.addDays(30);
    dte.montoTotal = core::Money::fromPesos(total);
    dte.state = state;
    dte.schemaOk = true;
    dte.signatureSiiOk = true;
    dte.signatureStrictOk = id % 2 == 0;
    dte.sourceFile = QStringLiteral("dte-%1.xml").arg(folio);
    return dte;
}

// Five DTEs of two emitters to three receivers, of types 33 and 34, in several states.
QList<DteRow> sampleRows()
{
    const QString enacon = QStringLiteral("76354771-K");
    const QString biobio = QStringLiteral("76086428-5");
    return {
        DteRow::fromRecord(record(1, 33, 170, enacon, u"Ingeniería Enacon SpA"_qs, u"96874030-K"_qs,
                                  u"Empresas La Polar S.A."_qs, QDate(2026, 3, 2), 1190000, u"loaded"_qs)),
        DteRow::fromRecord(record(2, 33, 171, enacon, u"Ingeniería Enacon SpA"_qs, u"61704000-K"_qs,
                                  u"Codelco Chile"_qs, QDate(2026, 4, 10), 500000, u"approved"_qs)),
        DteRow::fromRecord(record(3, 34, 9, enacon, u"Ingeniería Enacon SpA"_qs, u"61704000-K"_qs, u"Codelco Chile"_qs,
                                  QDate(2026, 5, 1), 75000, u"loaded"_qs)),
        DteRow::fromRecord(record(4, 33, 2201, biobio, u"Transportes Biobío Ltda."_qs, u"96874030-K"_qs,
                                  u"Empresas La Polar S.A."_qs, QDate(2026, 5, 20), 2996301, u"ceded"_qs)),
        DteRow::fromRecord(record(5, 33, 2202, biobio, u"Transportes Biobío Ltda."_qs, u"78000000-1"_qs,
                                  u"Minera Los Pelambres"_qs, QDate(2026, 6, 30), 99990, u"rejected"_qs)),
    };
}

QList<qint64> idsInOrder(const QAbstractItemModel& proxy)
{
    QList<qint64> ids;
    for (int row = 0; row < proxy.rowCount(); ++row)
        ids << proxy.index(row, 0).data(DteTableModel::IdRole).toLongLong();
    return ids;
}

// 50 000 rows like the ones of a busy factoring: 40 emitters, 400 receivers, a year of dates.
QList<DteRow> manyRows(int count)
{
    QList<DteRow> rows;
    rows.reserve(count);
    for (int i = 0; i < count; ++i) {
        rows << DteRow::fromRecord(record(
            i + 1, i % 7 == 0 ? 34 : 33, 100000 + i, QStringLiteral("%1-%2").arg(76000000 + i % 40).arg(i % 10),
            QStringLiteral("Emisor %1 SpA").arg(i % 40), QStringLiteral("%1-%2").arg(90000000 + i % 400).arg(i % 9),
            QStringLiteral("Deudor %1 S.A.").arg(i % 400), QDate(2026, 1, 1).addDays(i % 365),
            1000 + (i * 7919LL) % 9000000, i % 5 == 0 ? u"approved"_qs : u"loaded"_qs));
    }
    return rows;
}

} // namespace

/** @brief DteTableModel, DteFilterProxyModel and DteImportResultModel, without a database. */
class TestDteTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modelsPassTheModelTester()
    {
        DteTableModel model;
        QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        DteFilterProxyModel proxy;
        proxy.setDteModel(&model);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows(sampleRows());
        proxy.sort(DteTableModel::MontoTotal, Qt::DescendingOrder);
        proxy.setQuickSearch(u"enacon"_qs);
        proxy.setTypeFilter(33);
        proxy.clearFilters();
        model.setRows({});
        model.setRows(sampleRows());

        ui::DteImportResultModel results;
        QAbstractItemModelTester resultsTester(&results, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ui::DteFileResult ok;
        ok.path = u"/tmp/a.xml"_qs;
        ok.outcome = ui::DteFileResult::Outcome::Imported;
        results.append(ok);
        ui::DteFileResult bad;
        bad.path = u"/tmp/b.xml"_qs;
        bad.detail = u"no es un DTE"_qs;
        results.append(bad);
        QCOMPARE(results.rowCount(), 2);
        QCOMPARE(results.index(0, ui::DteImportResultModel::Archivo).data().toString(), u"a.xml"_qs);
        QCOMPARE(results.index(0, ui::DteImportResultModel::Resultado).data().toString(), u"Importado"_qs);
        QCOMPARE(results.index(1, ui::DteImportResultModel::Resultado).data().toString(), u"Error"_qs);
        QCOMPARE(results.count(ui::DteFileResult::Outcome::Imported), 1);
        results.clear();
        QCOMPARE(results.rowCount(), 0);
    }

    void showsTheColumnsInWords()
    {
        DteTableModel model;
        model.setRows(sampleRows());
        QCOMPARE(model.columnCount(), 9);
        QCOMPARE(model.headerData(DteTableModel::FechaEmision, Qt::Horizontal).toString(), u"Fecha emisión"_qs);
        const auto cell = [&](int column) { return model.index(0, column).data().toString(); };
        QCOMPARE(cell(DteTableModel::Tipo), u"33 Factura electrónica"_qs);
        QCOMPARE(cell(DteTableModel::Folio), u"170"_qs);
        QCOMPARE(cell(DteTableModel::Emisor), u"Ingeniería Enacon SpA (76354771-K)"_qs);
        QCOMPARE(cell(DteTableModel::FechaEmision), u"02-03-2026"_qs);
        QCOMPARE(cell(DteTableModel::Vencimiento), u"01-04-2026"_qs);
        QCOMPARE(cell(DteTableModel::MontoTotal), u"$1.190.000"_qs);
        QCOMPARE(cell(DteTableModel::Estado), u"Cargado"_qs);
        QCOMPARE(cell(DteTableModel::Verificaciones), u"✓ esquema · ✓ firma (modo SII)"_qs);
        QCOMPARE(model.index(1, DteTableModel::Verificaciones).data().toString(), u"✓ esquema · ✓ firma"_qs);
        QCOMPARE(model.rowOfId(4), 3);
        QCOMPARE(model.rowOfId(99), -1);
    }

    void filters_data()
    {
        QTest::addColumn<QString>("emitter");
        QTest::addColumn<QString>("receiver");
        QTest::addColumn<int>("tipo");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<qint64>("minimum"); // -1: open
        QTest::addColumn<qint64>("maximum");
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("search");
        QTest::addColumn<QList<qint64>>("expected"); // ids, sorted by id

        const QDate none;
        QTest::newRow("nothing set") << u""_qs << u""_qs << 0 << none << none << -1LL << -1LL << u""_qs << u""_qs
                                     << QList<qint64> { 1, 2, 3, 4, 5 };
        QTest::newRow("emitter by RUT") << u"76086428"_qs << u""_qs << 0 << none << none << -1LL << -1LL << u""_qs
                                        << u""_qs << QList<qint64> { 4, 5 };
        QTest::newRow("emitter by name, any case") << u"enacon"_qs << u""_qs << 0 << none << none << -1LL << -1LL
                                                   << u""_qs << u""_qs << QList<qint64> { 1, 2, 3 };
        QTest::newRow("receiver") << u""_qs << u"Codelco"_qs << 0 << none << none << -1LL << -1LL << u""_qs << u""_qs
                                  << QList<qint64> { 2, 3 };
        QTest::newRow("type 34") << u""_qs << u""_qs << 34 << none << none << -1LL << -1LL << u""_qs << u""_qs
                                 << QList<qint64> { 3 };
        QTest::newRow("dates, both ends included") << u""_qs << u""_qs << 0 << QDate(2026, 4, 10) << QDate(2026, 5, 20)
                                                   << -1LL << -1LL << u""_qs << u""_qs << QList<qint64> { 2, 3, 4 };
        QTest::newRow("from a date only") << u""_qs << u""_qs << 0 << QDate(2026, 5, 2) << none << -1LL << -1LL
                                          << u""_qs << u""_qs << QList<qint64> { 4, 5 };
        QTest::newRow("amounts, both ends included") << u""_qs << u""_qs << 0 << none << none << 99990LL << 500000LL
                                                     << u""_qs << u""_qs << QList<qint64> { 2, 5 };
        QTest::newRow("at most an amount")
            << u""_qs << u""_qs << 0 << none << none << -1LL << 75000LL << u""_qs << u""_qs << QList<qint64> { 3 };
        QTest::newRow("state") << u""_qs << u""_qs << 0 << none << none << -1LL << -1LL << u"loaded"_qs << u""_qs
                               << QList<qint64> { 1, 3 };
        QTest::newRow("quick search by folio")
            << u""_qs << u""_qs << 0 << none << none << -1LL << -1LL << u""_qs << u"2202"_qs << QList<qint64> { 5 };
        QTest::newRow("quick search, every word") << u""_qs << u""_qs << 0 << none << none << -1LL << -1LL << u""_qs
                                                  << u"POLAR biobío"_qs << QList<qint64> { 4 };
        QTest::newRow("quick search by state word")
            << u""_qs << u""_qs << 0 << none << none << -1LL << -1LL << u""_qs << u"cedido"_qs << QList<qint64> { 4 };
        QTest::newRow("criteria combine") << u"enacon"_qs << u"codelco"_qs << 33 << none << none << -1LL << -1LL
                                          << u""_qs << u""_qs << QList<qint64> { 2 };
        QTest::newRow("nothing matches") << u"enacon"_qs << u""_qs << 0 << none << none << -1LL << -1LL << u"ceded"_qs
                                         << u""_qs << QList<qint64> {};
    }

    void filters()
    {
        QFETCH(QString, emitter);
        QFETCH(QString, receiver);
        QFETCH(int, tipo);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(qint64, minimum);
        QFETCH(qint64, maximum);
        QFETCH(QString, state);
        QFETCH(QString, search);
        QFETCH(QList<qint64>, expected);

        DteTableModel model;
        model.setRows(sampleRows());
        DteFilterProxyModel proxy;
        proxy.setDteModel(&model);
        proxy.setEmitterFilter(emitter);
        proxy.setReceiverFilter(receiver);
        proxy.setTypeFilter(tipo);
        proxy.setDateRange(from, to);
        proxy.setAmountRange(minimum < 0 ? std::nullopt : std::optional<qint64>(minimum),
                             maximum < 0 ? std::nullopt : std::optional<qint64>(maximum));
        proxy.setStateFilter(state);
        proxy.setQuickSearch(search);
        proxy.sort(-1);
        QList<qint64> ids = idsInOrder(proxy);
        std::sort(ids.begin(), ids.end());
        QCOMPARE(ids, expected);

        proxy.clearFilters();
        QCOMPARE(proxy.rowCount(), 5);
    }

    void sorts_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        QTest::addColumn<QList<qint64>>("expected");
        QTest::newRow("amount ascending")
            << int(DteTableModel::MontoTotal) << int(Qt::AscendingOrder) << QList<qint64> { 3, 5, 2, 1, 4 };
        QTest::newRow("amount descending")
            << int(DteTableModel::MontoTotal) << int(Qt::DescendingOrder) << QList<qint64> { 4, 1, 2, 5, 3 };
        QTest::newRow("folio as a number")
            << int(DteTableModel::Folio) << int(Qt::AscendingOrder) << QList<qint64> { 3, 1, 2, 4, 5 };
        QTest::newRow("emission date, newest first")
            << int(DteTableModel::FechaEmision) << int(Qt::DescendingOrder) << QList<qint64> { 5, 4, 3, 2, 1 };
        QTest::newRow("receiver, ties by id")
            << int(DteTableModel::Receptor) << int(Qt::AscendingOrder) << QList<qint64> { 2, 3, 1, 4, 5 };
        QTest::newRow("type, ties by id")
            << int(DteTableModel::Tipo) << int(Qt::AscendingOrder) << QList<qint64> { 1, 2, 4, 5, 3 };
    }

    void sorts()
    {
        QFETCH(int, column);
        QFETCH(int, order);
        QFETCH(QList<qint64>, expected);
        DteTableModel model;
        model.setRows(sampleRows());
        DteFilterProxyModel proxy;
        proxy.setDteModel(&model);
        proxy.sort(column, Qt::SortOrder(order));
        QCOMPARE(idsInOrder(proxy), expected);
    }

    void fiftyThousandRowsAreBuiltOffTheUiThreadAndFiltered()
    {
        constexpr int Count = 50000;
        QList<DteRow> rows;
        Qt::HANDLE workerThread = nullptr;
        std::unique_ptr<QThread> worker(QThread::create([&rows, &workerThread] {
            workerThread = QThread::currentThreadId();
            rows = manyRows(Count);
        }));
        int uiTicks = 0;
        QTimer ticker;
        ticker.setInterval(0);
        connect(&ticker, &QTimer::timeout, this, [&uiTicks] { ++uiTicks; });
        QSignalSpy finished(worker.get(), &QThread::finished);
        ticker.start();
        worker->start();
        // The UI thread keeps turning its event loop while the rows are made.
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 120000);
        ticker.stop();
        QVERIFY(uiTicks > 0);
        QVERIFY(workerThread != QThread::currentThreadId());
        QCOMPARE(rows.size(), Count);

        DteTableModel model;
        DteFilterProxyModel proxy;
        proxy.setDteModel(&model);
        // (The model tester checks every row on each change: modelsPassTheModelTester runs it on a small table.)
        model.setRows(std::move(rows));
        QCOMPARE(proxy.rowCount(), Count);
        proxy.sort(DteTableModel::MontoTotal, Qt::DescendingOrder);
        const qint64 first = proxy.index(0, 0).data(DteTableModel::IdRole).toLongLong();
        const qint64 second = proxy.index(1, 0).data(DteTableModel::IdRole).toLongLong();
        QVERIFY(model.row(model.rowOfId(first)).record.montoTotal.pesos()
                >= model.row(model.rowOfId(second)).record.montoTotal.pesos());

        proxy.setEmitterFilter(u"Emisor 7 SpA"_qs); // i % 40 == 7
        QCOMPARE(proxy.rowCount(), Count / 40);
        proxy.setStateFilter(u"approved"_qs); // i % 40 == 7 makes i % 5 == 2: none is approved
        QCOMPARE(proxy.rowCount(), 0);
        proxy.clearFilters();
        proxy.setQuickSearch(u"123456"_qs); // folio 123456 only (i = 23456)
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, DteTableModel::Folio).data().toString(), u"123456"_qs);
    }
};

QTEST_GUILESS_MAIN(TestDteTableModel)
#include "TestDteTableModel.moc"
