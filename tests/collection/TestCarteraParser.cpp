// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "collection/CarteraParser.h"

#include <QFile>
#include <QTest>

using namespace factora::core;

/** @brief The portfolio file layout of docs/collection.md, read strictly. */
class TestCarteraParser : public QObject
{
    Q_OBJECT

private:
    static QByteArray header()
    {
        return "rut_deudor;nombre_deudor;documento;folio;fecha_emision;fecha_vencimiento;monto\n";
    }
    static QByteArray good() { return "76354771-K;Transportes Ñuble SpA;F-1;1;2026-09-01;2026-11-30;1190000\n"; }

private slots:
    void readsTheSampleFile()
    {
        QFile file(qEnvironmentVariable("FACTORA_TEST_DATA_DIR") + u"/collection/cartera.csv"_qs);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto entries = CarteraParser::parse(file.readAll());
        QVERIFY2(entries.ok(), qPrintable(entries.ok() ? QString() : entries.error().message()));
        QCOMPARE(entries->size(), 3);
        const Receivable& first = entries->at(0).receivable;
        QCOMPARE(entries->at(0).line, 2);
        QCOMPARE(first.debtorRut.toString(), u"76354771-K"_qs);
        QCOMPARE(first.debtorName, u"Transportes Ñuble SpA"_qs);
        QCOMPARE(first.document, u"F-1001"_qs);
        QCOMPARE(first.folio, 1001);
        QCOMPARE(first.issueDate, QDate(2026, 9, 1));
        QCOMPARE(first.dueDate, QDate(2026, 11, 30));
        QCOMPARE(first.amount.pesos(), 1190000);
        QCOMPARE(first.source, Receivable::Source::Cartera);
        QCOMPARE(entries->at(1).receivable.debtorName, u"Comercial \"La Estrella\" Ltda."_qs);
        QCOMPARE(entries->at(2).receivable.debtorRut.toString(), u"76354771-K"_qs);
        QCOMPARE(entries->at(2).line, 4);
    }

    void acceptsBomAndLastLineWithoutNewline()
    {
        const auto entries = CarteraParser::parse("\xEF\xBB\xBF" + header() + good().chopped(1));
        QVERIFY2(entries.ok(), qPrintable(entries.ok() ? QString() : entries.error().message()));
        QCOMPARE(entries->size(), 1);
    }

    void refuses_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected"); // must appear in the message

        const QByteArray h = header();
        QTest::newRow("empty file") << QByteArray() << u"vacío"_qs;
        QTest::newRow("header only") << h << u"no tiene filas"_qs;
        QTest::newRow("comma separator") << QByteArray("rut_deudor,nombre_deudor,documento,folio,fecha_emision,"
                                                       "fecha_vencimiento,monto\n")
                + good() << u"Línea 1: el encabezado"_qs;
        QTest::newRow("columns reordered") << QByteArray("nombre_deudor;rut_deudor;documento;folio;fecha_emision;"
                                                         "fecha_vencimiento;monto\n")
                + good() << u"Línea 1: el encabezado"_qs;
        QTest::newRow("wrong check digit") << h + good() + "76354771-1;X;F-2;2;2026-09-01;2026-11-30;10\n"
                                           << u"Línea 3, columna «rut_deudor»"_qs;
        QTest::newRow("empty name") << h + "76354771-K;;F-2;2;2026-09-01;2026-11-30;10\n"
                                    << u"Línea 2, columna «nombre_deudor»: está vacía"_qs;
        QTest::newRow("name too long") << h + "76354771-K;" + QByteArray(101, 'a') + ";F-2;2;2026-09-01;2026-11-30;10\n"
                                       << u"Línea 2, columna «nombre_deudor»: tiene 101"_qs;
        QTest::newRow("document with space") << h + "76354771-K;X;F 2;2;2026-09-01;2026-11-30;10\n"
                                             << u"Línea 2, columna «documento»"_qs;
        QTest::newRow("folio zero") << h + "76354771-K;X;F-2;0;2026-09-01;2026-11-30;10\n"
                                    << u"Línea 2, columna «folio»: debe ser mayor"_qs;
        QTest::newRow("folio letters") << h + "76354771-K;X;F-2;12a;2026-09-01;2026-11-30;10\n"
                                       << u"Línea 2, columna «folio»"_qs;
        QTest::newRow("date slashes") << h + "76354771-K;X;F-2;2;01/09/2026;2026-11-30;10\n"
                                      << u"Línea 2, columna «fecha_emision»"_qs;
        QTest::newRow("date that does not exist")
            << h + "76354771-K;X;F-2;2;2026-09-01;2026-02-30;10\n"
            << u"Línea 2, columna «fecha_vencimiento»: la fecha «2026-02-30» no existe"_qs;
        QTest::newRow("due before issue") << h + "76354771-K;X;F-2;2;2026-09-01;2026-08-30;10\n"
                                          << u"Línea 2, columna «fecha_vencimiento»: el vencimiento"_qs;
        QTest::newRow("amount with thousands dots") << h + "76354771-K;X;F-2;2;2026-09-01;2026-11-30;1.190.000\n"
                                                    << u"Línea 2, columna «monto»"_qs;
        QTest::newRow("amount with decimals") << h + "76354771-K;X;F-2;2;2026-09-01;2026-11-30;1190000,50\n"
                                              << u"Línea 2, columna «monto»"_qs;
        QTest::newRow("amount zero") << h + "76354771-K;X;F-2;2;2026-09-01;2026-11-30;0\n"
                                     << u"Línea 2, columna «monto»: debe ser mayor"_qs;
        QTest::newRow("negative amount") << h + "76354771-K;X;F-2;2;2026-09-01;2026-11-30;-5\n"
                                         << u"Línea 2, columna «monto»"_qs;
        QTest::newRow("missing column") << h + good() + "76354771-K;X;F-2;2;2026-09-01;2026-11-30\n"
                                        << u"Línea 3: se esperaban 7 columnas"_qs;
        QTest::newRow("extra column") << h + "76354771-K;X;F-2;2;2026-09-01;2026-11-30;10;x\n"
                                      << u"Línea 2: se esperaban 7 columnas"_qs;
        QTest::newRow("blank line inside") << h + good() + "\n" + "76354771-K;X;F-2;2;2026-09-01;2026-11-30;10\n"
                                           << u"Línea 3: línea vacía"_qs;
        QTest::newRow("unclosed quote") << h + "76354771-K;\"X;F-2;2;2026-09-01;2026-11-30;10\n"
                                        << u"Línea 2: comillas sin cerrar"_qs;
        QTest::newRow("duplicate document")
            << h + good() + "76354771-K;Y;F-1;9;2026-09-01;2026-11-30;10\n"
            << u"Línea 3, columna «documento»: el documento «F-1» ya está en la línea 2"_qs;
        QTest::newRow("latin-1") << h + "76354771-K;Transportes \xD1uble;F-2;2;2026-09-01;2026-11-30;10\n"
                                 << u"Línea 2: el texto no está en UTF-8"_qs;
    }

    void refuses()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        const auto entries = CarteraParser::parse(content);
        QVERIFY(!entries.ok());
        QCOMPARE(entries.error().code(), ErrorCode::InvalidInput);
        QVERIFY2(entries.error().message().contains(expected), qPrintable(entries.error().message()));
    }
};

QTEST_GUILESS_MAIN(TestCarteraParser)
#include "TestCarteraParser.moc"
