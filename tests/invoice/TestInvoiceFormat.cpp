// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "invoice/InvoiceFormat.h"
#include "invoice/Pdf417Symbol.h"

#include <QTest>

using namespace factora::core;

/** @brief The printed invoice's words and numbers, and the PDF417 encoder's parameters. */
class TestInvoiceFormat : public QObject
{
    Q_OBJECT

private slots:
    void decimal_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("price with zero decimals") << u"1258950.00"_qs << u"1.258.950"_qs;
        QTest::newRow("quantity with zero decimals") << u"2.00"_qs << u"2"_qs;
        QTest::newRow("fraction kept with a comma") << u"2.50"_qs << u"2,5"_qs;
        QTest::newRow("small fraction") << u"0.333333"_qs << u"0,333333"_qs;
        QTest::newRow("thousands only") << u"1000"_qs << u"1.000"_qs;
        QTest::newRow("millions") << u"123456789"_qs << u"123.456.789"_qs;
        QTest::newRow("leading zeros") << u"000120"_qs << u"120"_qs;
        QTest::newRow("negative") << u"-1500.5"_qs << u"-1.500,5"_qs;
        QTest::newRow("zero") << u"0.00"_qs << u"0"_qs;
        QTest::newRow("comma is not the DTE's separator") << u"1,5"_qs << QString();
        QTest::newRow("letters") << u"dos"_qs << QString();
        QTest::newRow("empty") << QString() << QString();
    }

    void decimal()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(InvoiceFormat::decimal(text), expected);
    }

    void documentTypeName_data()
    {
        QTest::addColumn<int>("tipo");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("cedible");
        QTest::newRow("33") << 33 << u"FACTURA ELECTRÓNICA"_qs << u"CEDIBLE"_qs;
        QTest::newRow("34") << 34 << u"FACTURA NO AFECTA O EXENTA ELECTRÓNICA"_qs << u"CEDIBLE"_qs;
        QTest::newRow("43") << 43 << u"LIQUIDACIÓN FACTURA ELECTRÓNICA"_qs << u"CEDIBLE"_qs;
        QTest::newRow("46") << 46 << u"FACTURA DE COMPRA ELECTRÓNICA"_qs << u"CEDIBLE"_qs;
        QTest::newRow("52") << 52 << u"GUÍA DE DESPACHO ELECTRÓNICA"_qs << u"CEDIBLE CON SU FACTURA"_qs;
        QTest::newRow("56 has no cedible copy") << 56 << u"NOTA DE DÉBITO ELECTRÓNICA"_qs << QString();
        QTest::newRow("61 has no cedible copy") << 61 << u"NOTA DE CRÉDITO ELECTRÓNICA"_qs << QString();
        QTest::newRow("unknown") << 99 << QString() << QString();
    }

    void documentTypeName()
    {
        QFETCH(int, tipo);
        QFETCH(QString, name);
        QFETCH(QString, cedible);
        QCOMPARE(InvoiceFormat::documentTypeName(tipo), name);
        QCOMPARE(InvoiceFormat::cedibleMark(tipo), cedible);
    }

    void referenceTypeName_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("name");
        QTest::newRow("purchase order") << u"801"_qs << u"Orden de compra"_qs;
        QTest::newRow("a DTE") << u"33"_qs << u"Factura electrónica"_qs;
        QTest::newRow("credit note") << u"61"_qs << u"Nota de crédito electrónica"_qs;
        QTest::newRow("HES") << u"HES"_qs << u"Hoja de entrada de servicios"_qs;
        QTest::newRow("unknown code is printed as is") << u"999"_qs << u"999"_qs;
    }

    void referenceTypeName()
    {
        QFETCH(QString, code);
        QFETCH(QString, name);
        QCOMPARE(InvoiceFormat::referenceTypeName(code), name);
    }

    void paymentTerms()
    {
        QCOMPARE(InvoiceFormat::paymentTermName(1), u"Contado"_qs);
        QCOMPARE(InvoiceFormat::paymentTermName(2), u"Crédito"_qs);
        QCOMPARE(InvoiceFormat::paymentTermName(3), u"Sin costo"_qs);
        QVERIFY(InvoiceFormat::paymentTermName(0).isEmpty());
    }

    void pdf417Symbol()
    {
        // Level 5 adds 64 error correction codewords; binary data goes in byte compaction (6 bytes in 5 codewords):
        // the symbol's rows times columns must hold both.
        QByteArray data;
        for (int i = 0; i < 300; ++i)
            data += char(0x80 + i % 128);
        auto symbol = Pdf417Symbol::encode(data);
        QVERIFY2(symbol.ok(), symbol.ok() ? "" : qPrintable(symbol.error().message()));
        QCOMPARE(Pdf417Symbol::errorCorrectionLevel, 5);
        QVERIFY(symbol->rows() * symbol->columns() >= 64 + 300 / 6 * 5);
        QCOMPARE(symbol->width(), 17.0 * (symbol->columns() + 4) + 1);
        QVERIFY(!symbol->bars().isEmpty());
        for (const QRectF& bar : symbol->bars())
            QVERIFY(bar.right() <= symbol->width() + 1e-6 && bar.bottom() <= symbol->height() + 1e-6);

        auto fixed = Pdf417Symbol::encode(data, 10);
        QVERIFY(fixed.ok());
        QCOMPARE(fixed->columns(), 10);
        QVERIFY(!Pdf417Symbol::encode(QByteArray()).ok());
        QVERIFY(!Pdf417Symbol::encode(QByteArray(3000, 'x')).ok()); // more than one symbol holds at level 5
    }
};

QTEST_GUILESS_MAIN(TestInvoiceFormat)
#include "TestInvoiceFormat.moc"
