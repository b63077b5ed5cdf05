// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "rendicion/RendicionParser.h"

#include <QFile>
#include <QTest>

using namespace factora::core;

/** @brief The strict reading of a bank rendición: the golden files, and every fault named by line and field. */
class TestRendicionParser : public QObject
{
    Q_OBJECT

private:
    static QString data(const QString& path)
    {
        return qEnvironmentVariable("FACTORA_TEST_DATA_DIR") + u"/rendicion/"_qs + path;
    }

    static QByteArray read(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    // The default golden file's records (without line endings).
    static QList<QByteArray> golden()
    {
        QList<QByteArray> lines = read(data(u"golden/rendicion_CV_20261120.txt"_qs)).split('\n');
        lines.removeLast();
        for (QByteArray& line : lines)
            line.chop(1);
        return lines;
    }

    static QByteArray join(const QList<QByteArray>& lines) { return lines.join("\r\n") + "\r\n"; }

    // @p lines with line @p line (1-based) overwritten at @p position (1-based) by @p text.
    static QByteArray patched(int line, int position, const QByteArray& text, QList<QByteArray> lines = golden())
    {
        lines[line - 1].replace(position - 1, text.size(), text);
        return join(lines);
    }

private slots:
    void readsTheGoldenFiles()
    {
        auto file = RendicionParser::parse(read(data(u"golden/rendicion_CV_20261120.txt"_qs)),
                                           RendicionLayout::defaultLayout());
        QVERIFY2(file.ok(), qPrintable(file.ok() ? QString() : file.error().message()));
        QCOMPARE(file->accountingDate, QDate(2026, 11, 20));
        QCOMPARE(file->channel, u"CV"_qs);
        QCOMPARE(file->companyRut, u"96543210-8"_qs);
        QCOMPARE(file->convenio, u"1234567"_qs);
        QCOMPARE(file->details.size(), 4);
        QCOMPARE(file->totalAmount, 293918);
        QVERIFY(!file->hasControl);
        const RendicionBankRecord& first = file->details.first();
        QCOMPARE(first.line, 2);
        QCOMPARE(first.transaccion, u"0a1b2c3d-0000-4000-8000-00000000000b"_qs);
        QCOMPARE(first.debtorRut, u"12345678-5"_qs);
        QCOMPARE(first.invoice, 2001);
        QCOMPARE(first.cuota, 1);
        QCOMPARE(first.amount, 50000);
        QCOMPARE(first.paidLocal(), u"2026-11-19 16:30"_qs);
        QCOMPARE(file->details[3].cuota, 3);

        auto alternate = RendicionLayout::load(data(u"layouts/alternate.layout"_qs));
        QVERIFY(alternate.ok());
        auto other = RendicionParser::parse(read(data(u"golden/REC1234567_201126.CV"_qs)), alternate.value());
        QVERIFY2(other.ok(), qPrintable(other.ok() ? QString() : other.error().message()));
        QVERIFY(other->hasControl);
        QCOMPARE(other->details.size(), 4);
        QCOMPARE(other->details[2].invoice, 1002);
        QCOMPARE(other->details[2].amount, 141418);
        QCOMPARE(other->details[2].paidLocal(), u"2026-11-20 09:15"_qs);
    }

    void acceptsLfAndAMissingFinalLineEnding()
    {
        QByteArray bytes = golden().join('\n');
        auto file = RendicionParser::parse(bytes, RendicionLayout::defaultLayout());
        QVERIFY2(file.ok(), qPrintable(file.ok() ? QString() : file.error().message()));
        QCOMPARE(file->details.size(), 4);
    }

    void refusesFaultsNamingLineFieldAndReason_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QList<QByteArray> lines = golden();

        QList<QByteArray> shortLine = lines;
        shortLine[2].chop(1);
        QTest::newRow("short line") << join(shortLine) << u"Línea 3: mide 119 caracteres y el registro mide 120"_qs;
        QList<QByteArray> longLine = lines;
        longLine[1].append(' ');
        QTest::newRow("long line") << join(longLine) << u"Línea 2: mide 121 caracteres y el registro mide 120"_qs;
        QTest::newRow("bad number") << patched(
            3, 90,
            "O") << u"Línea 3 (detalle), campo «amount» (posiciones 86–98): «0000O00100000» no es un número 0*"_qs;
        QTest::newRow("space in zero-filled number")
            << patched(4, 74, " ") << u"Línea 4 (detalle), campo «invoice» (posiciones 74–83)"_qs;
        QTest::newRow("bad date")
            << patched(2, 10, "20261131")
            << u"Línea 2 (detalle), campo «payment_date» (posiciones 10–17): «20261131» no es una fecha válida con la máscara AAAAMMDD"_qs;
        QTest::newRow("bad time") << patched(2, 18, "250000")
                                  << u"campo «payment_time» (posiciones 18–23): «250000» no es una hora válida"_qs;
        QTest::newRow("header date") << patched(1, 24, "2026-11-")
                                     << u"Línea 1 (encabezado), campo «accounting_date» (posiciones 24–31)"_qs;
        QTest::newRow("header total mismatch")
            << patched(1, 39, "0000000293919")
            << u"Línea 1 (encabezado), campo «total_amount» (posiciones 39–51): declara un total de 293919 y los detalles suman 293918"_qs;
        QTest::newRow("header count mismatch")
            << patched(1, 32, "0000005")
            << u"Línea 1 (encabezado), campo «record_count» (posiciones 32–38): declara 5 registros de detalle y el archivo tiene 4"_qs;
        QTest::newRow("detail date differs from header")
            << patched(2, 2, "20261119")
            << u"Línea 2 (detalle), campo «accounting_date» (posiciones 2–9): 2026-11-19 difiere"_qs;
        QTest::newRow("detail channel differs")
            << patched(5, 99, "IN")
            << u"Línea 5 (detalle), campo «channel» (posiciones 99–100): «IN» difiere del canal"_qs;
        QTest::newRow("unknown channel") << patched(1, 22, "XX") << u"canal «XX» desconocido"_qs;
        QTest::newRow("wrong check digit")
            << patched(3, 33, "1") << u"Línea 3 (detalle), campo «debtor_rut» (posiciones 24–32)"_qs;
        QTest::newRow("cuota mismatch") << patched(
            3, 84, "02") << u"Línea 3 (detalle), campo «cuota» (posiciones 84–85): dice 2 boletas y la transacción"_qs;
        QTest::newRow("duplicate invoice")
            << patched(5, 74, "0000001002") << u"Línea 5: la boleta 1002 de la transacción"_qs;
        QTest::newRow("filler not blank")
            << patched(2, 115, "x") << u"Línea 2 (detalle), campo «filler» (posiciones 113–120): el relleno"_qs;
        QTest::newRow("unknown record type") << patched(3, 1, "3") << u"Línea 3: tipo de registro desconocido"_qs;
        QTest::newRow("first line not header")
            << join(lines.mid(1)) << u"Línea 1: la primera línea debe ser el encabezado"_qs;
        QList<QByteArray> twoHeaders = lines;
        twoHeaders.insert(2, lines[0]);
        QTest::newRow("header twice") << join(twoHeaders)
                                      << u"Línea 3: registro de encabezado o control fuera de lugar"_qs;
        QTest::newRow("empty file") << QByteArray() << u"el archivo está vacío"_qs;
        // Six invoices of one transaction (the bank's limit is five).
        QList<QByteArray> six { lines[0] };
        for (int i = 0; i < 6; ++i) {
            QByteArray detail = lines[2];
            detail.replace(73, 10, QByteArray::number(1001 + i).rightJustified(10, '0'));
            detail.replace(83, 2, "06");
            detail.replace(85, 13, "0000000000010");
            six.append(detail);
        }
        six[0].replace(31, 7, "0000006");
        six[0].replace(38, 13, "0000000000060");
        QTest::newRow("six invoices") << join(
            six) << u"Línea 7: la transacción 0a1b2c3d-0000-4000-8000-00000000000a tiene más de 5 boletas"_qs;
    }

    void refusesFaultsNamingLineFieldAndReason()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        auto file = RendicionParser::parse(bytes, RendicionLayout::defaultLayout());
        QVERIFY(!file.ok());
        QCOMPARE(file.error().code(), ErrorCode::InvalidInput);
        QVERIFY2(file.error().message().contains(message), qPrintable(file.error().message()));
    }

    void checksTheControlRecordAndEncoding_data()
    {
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("position");
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("control total")
            << 6 << 8 << QByteArray("000000000293917")
            << u"Línea 6 (control), campo «total_amount» (posiciones 8–22): declara un total de 293917"_qs;
        QTest::newRow("control count")
            << 6 << 2 << QByteArray("000003")
            << u"Línea 6 (control), campo «record_count» (posiciones 2–7): declara 3 registros"_qs;
        QTest::newRow("undefined windows-1252 byte")
            << 2 << 3 << QByteArray("\x81") << u"Línea 2: byte 3 (0x81) no existe en windows-1252"_qs;
        QTest::newRow("const differs")
            << 1 << 2 << QByteArray("RECAUDACION")
            << u"Línea 1 (encabezado), campo «const» (posiciones 2–13): se esperaba «RECAUDACIÓN»"_qs;
        QTest::newRow("date mask separators")
            << 3 << 67 << QByteArray("2026/11/20") << u"campo «payment_date» (posiciones 65–74)"_qs;
    }

    void checksTheControlRecordAndEncoding()
    {
        QFETCH(int, line);
        QFETCH(int, position);
        QFETCH(QByteArray, text);
        QFETCH(QString, message);
        auto layout = RendicionLayout::load(data(u"layouts/alternate.layout"_qs));
        QVERIFY(layout.ok());
        QList<QByteArray> lines = read(data(u"golden/REC1234567_201126.CV"_qs)).split('\n');
        lines.removeLast();
        lines[line - 1].replace(position - 1, text.size(), text);
        auto file = RendicionParser::parse(lines.join('\n') + '\n', layout.value());
        QVERIFY(!file.ok());
        QVERIFY2(file.error().message().contains(message), qPrintable(file.error().message()));
    }
};

QTEST_GUILESS_MAIN(TestRendicionParser)
#include "TestRendicionParser.moc"
