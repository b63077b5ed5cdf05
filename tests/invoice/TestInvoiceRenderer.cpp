// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "PdfInspector.h"
#include "invoice/InvoiceDocumentReader.h"
#include "invoice/InvoiceFormat.h"
#include "invoice/InvoiceRenderer.h"
#include "common/Localization.h"
#include "types/Rut.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace factora::core;
using factora::test::PdfInspector;

/**
 * @brief The printed invoice of real sample DTEs, read back with poppler-utils (text, pages) and zxing-cpp (the
 * PDF417 timbre), and the inputs it must refuse without writing a file.
 */
class TestInvoiceRenderer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    const QString m_data = qEnvironmentVariable("FACTORA_TEST_DATA_DIR");

    static InvoiceOptions options(bool cedible = false)
    {
        InvoiceOptions options;
        options.cedible = cedible;
        options.resolutionNumber = u"80"_qs;
        options.resolutionDate = QDate(2014, 8, 22);
        options.siiOffice = u"Santiago Centro"_qs;
        options.branding.name = u"Factoring Andino S.A."_qs;
        return options;
    }

    static QByteArray readAll(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static InvoiceDocument loadOne(const QByteArray& bytes, const QString& name)
    {
        auto documents = InvoiceDocumentReader::load(bytes, name);
        if (!documents || documents->isEmpty())
            qFatal("cannot load %s: %s", qPrintable(name), documents ? "empty" : qPrintable(documents.error().message()));
        return documents->first();
    }

    QString renderTo(const InvoiceDocument& document, const InvoiceOptions& options, const QString& name)
    {
        const QString path = m_dir.filePath(name);
        const Status written = InvoiceRenderer::renderToFile(document, options, path);
        if (!written)
            qWarning("%s", qPrintable(written.error().message()));
        return written ? path : QString();
    }

    /** The Latin-1 sample with @p count extra Detalle lines before its TED. */
    QByteArray withLines(int count) const
    {
        QByteArray bytes = readAll(m_data + u"/dte/dte-latin1.xml"_qs);
        QByteArray lines;
        for (int i = 2; i < count + 2; ++i) {
            lines += "<Detalle><NroLinDet>" + QByteArray::number(i) + "</NroLinDet><CdgItem><TpoCodigo>INT</TpoCodigo>"
                     "<VlrCodigo>SKU-" + QByteArray::number(i) + "</VlrCodigo></CdgItem><NmbItem>Servicio mensual "
                     + QByteArray::number(i) + "</NmbItem><DscItem>Mantenci\xf3n preventiva de equipos seg\xfan contrato "
                     "marco, visita t\xe9" "cnica incluida.</DscItem><QtyItem>1.5</QtyItem><UnmdItem>Hr</UnmdItem>"
                     "<PrcItem>1000</PrcItem><MontoItem>1500</MontoItem></Detalle>\n";
        }
        bytes.replace("<TED ", lines + "<TED ");
        return bytes;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(!m_data.isEmpty(), "FACTORA_TEST_DATA_DIR is not set");
    }

    void samples_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("cedible");
        QTest::newRow("SII sample DTE, original") << u"sii/DTE--76354771-K--33--170.xml"_qs << false;
        QTest::newRow("SII sample DTE, cedible copy") << u"sii/DTE--76354771-K--33--170.xml"_qs << true;
        QTest::newRow("SII AEC 170") << u"sii/AEC--76354771-K--33--170--SEQ-2.xml"_qs << true;
        QTest::newRow("SII AEC 25568") << u"sii/AEC--76399752-9--33--25568--SEQ-1.xml"_qs << false;
        QTest::newRow("ISO-8859-1") << u"dte/dte-latin1.xml"_qs << true;
        QTest::newRow("UTF-8") << u"dte/dte-utf8.xml"_qs << false;
        QTest::newRow("UTF-8 without declaration") << u"dte/dte-utf8-no-declaration.xml"_qs << false;
        QTest::newRow("windows-1252") << u"dte/dte-windows1252.xml"_qs << false;
    }

    void samples()
    {
        QFETCH(QString, file);
        QFETCH(bool, cedible);
        const InvoiceDocument document = loadOne(readAll(m_data + u'/' + file), file);
        const Dte& dte = document.dte;
        const QString pdf = renderTo(document, options(cedible), QFileInfo(file).baseName() + (cedible ? u"-c.pdf"_qs : u".pdf"_qs));
        QVERIFY(!pdf.isEmpty());
        QCOMPARE(PdfInspector::pages(pdf), 1);

        const QString text = PdfInspector::text(pdf);
        const auto contains = [&](const QString& expected) {
            if (!text.contains(expected))
                qWarning("not in the PDF's text: «%s»\n%s", qPrintable(expected), qPrintable(text));
            return text.contains(expected);
        };
        QVERIFY(contains(dte.emisor().razonSocial));
        QVERIFY(contains(dte.receptor().razonSocial));
        QVERIFY(contains(Rut::parse(dte.emisor().rut)->toDottedString()));
        QVERIFY(contains(Rut::parse(dte.receptor().rut)->toDottedString()));
        QVERIFY(contains(u"Nº %1"_qs.arg(dte.folio())));
        QVERIFY(contains(InvoiceFormat::documentTypeName(dte.tipo())));
        QVERIFY(contains(u"TOTAL "_qs + dte.montos().total.toDisplayString()));
        if (dte.montos().neto)
            QVERIFY(contains(u"Monto neto"_qs) && contains(dte.montos().neto->toDisplayString()));
        if (dte.montos().iva)
            QVERIFY(contains(dte.montos().iva->toDisplayString()));
        for (const InvoiceLine& line : document.lines)
            QVERIFY(contains(line.amount.toDisplayString()));
        QVERIFY(contains(u"S.I.I. - SANTIAGO CENTRO"_qs));
        QVERIFY(contains(u"Timbre Electrónico SII"_qs));
        QVERIFY(contains(u"Res. Nº 80 de 2014"_qs));
        QVERIFY(contains(u"Verifique documento: www.sii.cl"_qs));
        QVERIFY(contains(u"Factoring Andino S.A."_qs));
        QCOMPARE(text.contains(u"CEDIBLE"_qs), cedible);
        QCOMPARE(text.contains(u"acuse de recibo"_qs), cedible);

        // The barcode carries the TED byte for byte, in ISO-8859-1.
        const QByteArray decoded = PdfInspector::pdf417(pdf, 1);
        QVERIFY2(!decoded.isEmpty(), qPrintable(PdfInspector::lastError()));
        QCOMPARE(decoded, document.tedLatin1);
        QVERIFY(decoded.startsWith("<TED version=\"1.0\"><DD><RE>") && decoded.endsWith("</TED>"));
        if (dte.encoding() != u"UTF-8"_qs)
            QCOMPARE(decoded, dte.ted());
        else
            QCOMPARE(QString::fromLatin1(decoded), QString::fromUtf8(dte.ted()));
    }

    void siiSampleFields()
    {
        // Fields DteReader does not read, formatted the Chilean way, on the SII's own sample.
        const InvoiceDocument document = loadOne(readAll(m_data + u"/sii/DTE--76354771-K--33--170.xml"_qs), u"170"_qs);
        const QString pdf = renderTo(document, options(), u"fields.pdf"_qs);
        const QString text = PdfInspector::text(pdf);
        for (const QString& expected :
             {u"INGENIERIA ENACON SPA"_qs, u"76.354.771-K"_qs, u"Ingenieria y Construccion"_qs, u"MINERA LOS PELAMBRES"_qs,
              u"96.790.240-3"_qs, u"EXTRACCION Y PROCESAMIENTO DE COBRE"_qs, u"Felipe Barria"_qs, u"1 de abril de 2019"_qs,
              u"Crédito"_qs, u"Tableros electricos 3 tom"_qs, u"2 Unid"_qs, u"$1.258.950"_qs, u"$2.517.900"_qs,
              u"IVA 19% $478.401"_qs, u"TOTAL $2.996.301"_qs, u"Orden de compra 4510083633 22-03-2019"_qs,
              u"FACTURA ELECTRÓNICA Nº 170"_qs, u"Página 1 de 1"_qs}) {
            QVERIFY2(text.contains(expected), qPrintable(u"«%1» not in: %2"_qs.arg(expected, text)));
        }
    }

    // The page is a Chilean tax document: Spanish even when the program speaks English (its errors do not).
    void pageIsSpanishInEveryLanguage()
    {
        QVERIFY(Localization::install(*QCoreApplication::instance(), u"en"_qs).ok());
        const auto restore = qScopeGuard([] { (void)Localization::install(*QCoreApplication::instance(), u"es_CL"_qs); });
        const InvoiceDocument document = loadOne(readAll(m_data + u"/sii/DTE--76354771-K--33--170.xml"_qs), u"170"_qs);
        const QString text = PdfInspector::text(renderTo(document, options(true), u"english.pdf"_qs));
        for (const QString& expected : {u"FACTURA ELECTRÓNICA"_qs, u"CEDIBLE"_qs, u"Timbre Electrónico SII"_qs,
                                        u"Fecha de emisión:"_qs, u"Monto neto"_qs, u"Ley 19.983"_qs}) {
            QVERIFY2(text.contains(expected), qPrintable(u"«%1» not in: %2"_qs.arg(expected, text)));
        }
        QVERIFY2(!text.contains(u"INVOICE"_qs, Qt::CaseInsensitive), qPrintable(text));
    }

    void utf8TimbreIsLatin1()
    {
        // A UTF-8 DTE's timbre goes into the barcode in ISO-8859-1 ("Ñuble", "Asesoría" one byte per letter); a
        // Latin-1 DTE's as it is.
        const InvoiceDocument latin1 = loadOne(readAll(m_data + u"/dte/dte-latin1.xml"_qs), u"latin1"_qs);
        const InvoiceDocument utf8 = loadOne(readAll(m_data + u"/dte/dte-utf8.xml"_qs), u"utf8"_qs);
        QCOMPARE(latin1.tedLatin1, latin1.dte.ted());
        QVERIFY(utf8.dte.ted().contains("\xc3\x91uble"));
        QVERIFY(utf8.tedLatin1.contains("<RSR>Distribuidora \xd1uble Ltda.</RSR>"));
        QVERIFY(utf8.tedLatin1.contains("<IT1>Asesor\xed" "a t\xe9" "cnica</IT1>"));
        QVERIFY(!utf8.tedLatin1.contains('\xc3'));
        QCOMPARE(utf8.tedLatin1.size(), QString::fromUtf8(utf8.dte.ted()).size());
        // Byte for byte the UTF-8 file's TED but for the folio, which differs between the fixtures.
        QCOMPARE(QByteArray(utf8.tedLatin1).replace("<F>1002</F>", "<F>1001</F>").left(200), latin1.dte.ted().left(200));

        // A character ISO-8859-1 lacks cannot go into the barcode.
        QByteArray euro = readAll(m_data + u"/dte/dte-utf8.xml"_qs);
        euro.replace("<RSR>Distribuidora", "<RSR>\xe2\x82\xac Distribuidora");
        QVERIFY(!InvoiceDocumentReader::load(euro, u"euro.xml"_qs).ok());
    }

    void longItemListContinues()
    {
        const InvoiceDocument document = loadOne(withLines(70), u"largo.xml"_qs);
        QCOMPARE(document.lines.size(), 71);
        const QString pdf = renderTo(document, options(), u"largo.pdf"_qs);
        QVERIFY(!pdf.isEmpty());
        const int pages = PdfInspector::pages(pdf);
        QVERIFY2(pages >= 2, qPrintable(QString::number(pages)));
        const QString first = PdfInspector::text(pdf, 1);
        QVERIFY(first.contains(u"Continúa en la página 2"_qs));
        QVERIFY(first.contains(u"Página 1 de %1"_qs.arg(pages)));
        QVERIFY(first.contains(u"Servicio mensual 2 "_qs));
        QVERIFY(!first.contains(u"Timbre Electrónico SII"_qs));
        const QString last = PdfInspector::text(pdf, pages);
        QVERIFY(last.contains(u"Servicio mensual 71"_qs));
        QVERIFY(last.contains(u"INGENIERIA"_qs) || last.contains(document.dte.emisor().razonSocial)); // header repeated
        QVERIFY(last.contains(u"Timbre Electrónico SII"_qs));
        QVERIFY(last.contains(u"Página %1 de %1"_qs.arg(pages)));
        // Every line is printed exactly once across the pages.
        const QString all = PdfInspector::text(pdf);
        for (int i = 2; i <= 71; ++i)
            QCOMPARE(all.count(u"SKU-%1 "_qs.arg(i)), 1);
        QCOMPARE(PdfInspector::pdf417(pdf, pages), document.tedLatin1);
    }

    void logoAndPaper()
    {
        const InvoiceDocument document = loadOne(readAll(m_data + u"/dte/dte-latin1.xml"_qs), u"latin1"_qs);
        InvoiceOptions withLogo = options();
        withLogo.branding.logoPath = m_data + u"/invoice/logo.png"_qs;
        withLogo.branding.primaryColor = u"#7a1f5c"_qs;
        withLogo.paper = InvoiceOptions::Paper::A4;
        auto pdf = InvoiceRenderer::render(document, withLogo);
        QVERIFY2(pdf.ok(), pdf.ok() ? "" : qPrintable(pdf.error().message()));
        QVERIFY(pdf->startsWith("%PDF-"));
        QVERIFY(pdf->contains("/Subtype /Image"));
        QVERIFY(pdf->contains("/MediaBox [ 0 0 595.27"));
        auto plain = InvoiceRenderer::render(document, options());
        QVERIFY(plain.ok());
        QVERIFY(!plain->contains("/Subtype /Image"));
        QVERIFY(plain->contains("/MediaBox [ 0 0 612 792 ]"));
    }

    void refused_data()
    {
        QTest::addColumn<QString>("problem");
        QTest::addColumn<QString>("message");
        QTest::newRow("no TED") << u"no-ted"_qs << u"no tiene timbre electrónico (TED)"_qs;
        QTest::newRow("emitter name too long") << u"long-name"_qs << u"la razón social del emisor no cabe"_qs;
        QTest::newRow("item price not a number") << u"bad-price"_qs << u"el precio unitario «mil» de la línea 1 del detalle no es un número"_qs;
        QTest::newRow("unreadable logo") << u"bad-logo"_qs << u"no se pudo leer el logo"_qs;
        QTest::newRow("missing logo") << u"missing-logo"_qs << u"no se pudo leer el logo"_qs;
        QTest::newRow("cedible credit note") << u"cedible-61"_qs << u"el tipo de documento 61 no tiene copia cedible"_qs;
        QTest::newRow("no resolution") << u"no-resolution"_qs << u"falta el número o la fecha de la resolución del SII"_qs;
        QTest::newRow("no SII office") << u"no-office"_qs << u"falta la oficina del SII"_qs;
        QTest::newRow("bad colour") << u"bad-colour"_qs << u"no es un color #rrggbb"_qs;
    }

    void refused()
    {
        QFETCH(QString, problem);
        QFETCH(QString, message);
        QByteArray bytes = readAll(m_data + u"/dte/dte-latin1.xml"_qs);
        InvoiceOptions opts = options();
        if (problem == u"no-ted"_qs)
            bytes.remove(bytes.indexOf("<TED "), bytes.indexOf("</TED>") + 6 - bytes.indexOf("<TED "));
        if (problem == u"long-name"_qs)
            bytes.replace("<RznSoc>Comercial \xd1" "and\xfa SpA</RznSoc>", "<RznSoc>" + QByteArray(100, 'W') + ' '
                          + QByteArray(100, 'M') + "</RznSoc>");
        if (problem == u"bad-price"_qs)
            bytes.replace("<PrcItem>1000000</PrcItem>", "<PrcItem>mil</PrcItem>");
        if (problem == u"bad-logo"_qs) {
            QFile garbage(m_dir.filePath(u"logo.png"_qs));
            QVERIFY(garbage.open(QIODevice::WriteOnly));
            garbage.write("GIF89a not a png");
            garbage.close();
            opts.branding.logoPath = garbage.fileName();
        }
        if (problem == u"missing-logo"_qs)
            opts.branding.logoPath = m_dir.filePath(u"no-such-logo.png"_qs);
        if (problem == u"cedible-61"_qs) {
            bytes.replace("<TipoDTE>33</TipoDTE>", "<TipoDTE>61</TipoDTE>");
            opts.cedible = true;
        }
        if (problem == u"no-resolution"_qs)
            opts.resolutionNumber.clear();
        if (problem == u"no-office"_qs)
            opts.siiOffice.clear();
        if (problem == u"bad-colour"_qs)
            opts.branding.primaryColor = u"azul"_qs;
        const InvoiceDocument document = loadOne(bytes, u"malo.xml"_qs);
        const QString path = m_dir.filePath(problem + u".pdf"_qs);
        const Status written = InvoiceRenderer::renderToFile(document, opts, path);
        QVERIFY(!written.ok());
        QVERIFY2(written.error().message().contains(message), qPrintable(written.error().message()));
        QVERIFY2(written.error().message().contains(u"malo.xml"_qs) || problem.endsWith(u"logo"_qs),
                 qPrintable(written.error().message()));
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestInvoiceRenderer)
#include "TestInvoiceRenderer.moc"
