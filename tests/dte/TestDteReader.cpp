// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "DteTestData.h"
#include "dte/DteReader.h"
#include "xml/XmlRuntime.h"

#include <QFile>
#include <QJsonArray>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace factora::core;

namespace {
QString errorOf(const Result<QList<Dte>>& result)
{
    return result.ok() ? QString() : result.error().message();
}

QByteArray withoutDeclaration(const QByteArray& file)
{
    return file.mid(file.indexOf("?>") + 2).trimmed();
}

const QString fixtureName = u"dte-latin1.xml"_qs;
} // namespace

class TestDteReader : public QObject
{
    Q_OBJECT

private slots:
    void loadsTheRealDte()
    {
        const QByteArray file = DteTestData::realDte();
        const auto loaded = DteReader::load(file, u"DTE--76354771-K--33--170.xml"_qs);
        QVERIFY2(loaded.ok(), qPrintable(errorOf(loaded)));
        QCOMPARE(loaded->size(), 1);
        const Dte& dte = loaded->first();
        QVERIFY2(dte.isComplete(), qPrintable(dte.problems().join(u'\n')));
        QCOMPARE(dte.container(), u"DTE"_qs);
        QCOMPARE(dte.encoding(), u"ISO-8859-1"_qs);
        QCOMPARE(dte.tipo(), 33);
        QCOMPARE(dte.folio(), 170);
        QCOMPARE(dte.documentId(), u"MiPE76354771-13419"_qs);
        QCOMPARE(dte.fechaEmision(), QDate(2019, 4, 1));
        QVERIFY(!dte.fechaVencimiento().isValid());
        QVERIFY(dte.pagos().isEmpty());
        QCOMPARE(dte.emisor().rut, u"76354771-K"_qs);
        QCOMPARE(dte.emisor().razonSocial, u"INGENIERIA ENACON SPA"_qs);
        QCOMPARE(dte.emisor().direccion, u"MERCED 753  16 ARBOLEDA DE QUIILOTA"_qs);
        QCOMPARE(dte.emisor().comuna, u"QUILLOTA"_qs);
        QCOMPARE(dte.receptor().rut, u"96790240-3"_qs);
        QCOMPARE(dte.receptor().razonSocial, u"MINERA LOS PELAMBRES"_qs);
        QCOMPARE(dte.receptor().direccion, u"Av. Apoquindo 4001  1802"_qs);
        QCOMPARE(dte.receptor().comuna, u"LAS CONDES"_qs);
        QCOMPARE(dte.montos().neto->pesos(), 2517900);
        QVERIFY(!dte.montos().exento.has_value());
        QCOMPARE(dte.montos().iva->pesos(), 478401);
        QCOMPARE(dte.montos().total.pesos(), 2996301);
        QCOMPARE(dte.naturalKey(), u"76354771-K/33/170"_qs);

        // The exact bytes: from "<DTE" (line 2, after the declaration) to "</DTE>", before the final line end.
        QCOMPARE(dte.line(), 2);
        QCOMPARE(dte.byteOffset(), file.indexOf("<DTE"));
        QCOMPARE(dte.xml(), file.mid(file.indexOf("<DTE")).chopped(1));
        QVERIFY(file.endsWith(dte.xml() + "\n"));
        QVERIFY(dte.xml().endsWith("</Signature></DTE>"));
        QCOMPARE(dte.sha256Hex(),
                 QString::fromLatin1(QCryptographicHash::hash(dte.xml(), QCryptographicHash::Sha256).toHex()));
        QVERIFY(dte.ted().startsWith("<TED version=\"1.0\"><DD><RE>76354771-K</RE>"));
        QVERIFY(dte.ted().endsWith("</FRMT></TED>"));
        QVERIFY(dte.xml().contains(dte.ted()));
        QCOMPARE(dte.certificateDer(), QByteArray::fromBase64(DteTestData::certificateText(file)));
        QVERIFY(dte.certificateDer().size() > 500);
        QVERIFY(dte.warnings().isEmpty());
    }

    void loadsTheDteInsideEachRealAec_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QString>("emitter");
        QTest::addColumn<qint64>("folio");
        QTest::addColumn<qint64>("total");
        QTest::newRow("SEQ-1") << DteTestData::aecSeq1() << u"76399752-9"_qs << qint64(25568) << qint64(0);
        QTest::newRow("SEQ-2") << DteTestData::aecSeq2() << u"76354771-K"_qs << qint64(170) << qint64(2996301);
    }

    void loadsTheDteInsideEachRealAec()
    {
        QFETCH(QByteArray, file);
        QFETCH(QString, emitter);
        QFETCH(qint64, folio);
        QFETCH(qint64, total);
        const auto loaded = DteReader::load(file, u"aec.xml"_qs);
        QVERIFY2(loaded.ok(), qPrintable(errorOf(loaded)));
        QCOMPARE(loaded->size(), 1);
        const Dte& dte = loaded->first();
        QVERIFY2(dte.isComplete(), qPrintable(dte.problems().join(u'\n')));
        QCOMPARE(dte.container(), u"AEC"_qs);
        QCOMPARE(dte.emisor().rut, emitter);
        QCOMPARE(dte.folio(), folio);
        if (total > 0)
            QCOMPARE(dte.montos().total.pesos(), total);
        QCOMPARE(dte.xml(), DteTestData::dteElement(file));
        QCOMPARE(file.mid(dte.byteOffset(), dte.xml().size()), dte.xml());
        QCOMPARE(dte.line(), file.left(dte.byteOffset()).count('\n') + 1);
    }

    void readsEachEncoding_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<QString>("razonSocial");
        QTest::addColumn<bool>("warned");
        QTest::newRow("ISO-8859-1") << u"dte-latin1.xml"_qs << u"ISO-8859-1"_qs << u"Comercial Ñandú SpA"_qs << false;
        QTest::newRow("UTF-8") << u"dte-utf8.xml"_qs << u"UTF-8"_qs << u"Comercial Ñandú SpA"_qs << false;
        QTest::newRow("UTF-8, no encoding declared")
            << u"dte-utf8-no-declaration.xml"_qs << u"UTF-8"_qs << u"Comercial Ñandú SpA"_qs << false;
        QTest::newRow("windows-1252") << u"dte-windows1252.xml"_qs << u"windows-1252"_qs
                                      << u"Comercial “Ñandú” SpA – €"_qs << false;
        QTest::newRow("windows-1252 declared ISO-8859-1")
            << u"dte-windows1252-declared-latin1.xml"_qs << u"ISO-8859-1"_qs << u"Comercial “Ñandú” SpA – €"_qs << true;
    }

    void readsEachEncoding()
    {
        QFETCH(QString, file);
        QFETCH(QString, encoding);
        QFETCH(QString, razonSocial);
        QFETCH(bool, warned);
        const QByteArray bytes = DteTestData::fixture(file);
        const auto loaded = DteReader::load(bytes, file);
        QVERIFY2(loaded.ok(), qPrintable(errorOf(loaded)));
        const Dte& dte = loaded->first();
        QVERIFY2(dte.isComplete(), qPrintable(dte.problems().join(u'\n')));
        QCOMPARE(dte.encoding(), encoding);
        QCOMPARE(dte.emisor().razonSocial, razonSocial);
        QCOMPARE(dte.emisor().direccion, u"Av. Peñalolén 1234"_qs);
        QCOMPARE(dte.emisor().comuna, u"Ñuñoa"_qs);
        QCOMPARE(dte.receptor().razonSocial, u"Distribuidora Ñuble Ltda."_qs);
        QCOMPARE(dte.receptor().comuna, u"Concepción"_qs);
        QCOMPARE(dte.xml(), DteTestData::dteElement(bytes)); // the bytes stay in the file's encoding
        QCOMPARE(dte.warnings().size(), warned ? 1 : 0);
        if (warned)
            QVERIFY(dte.warnings().first().contains(u"windows-1252"_qs));
        QVERIFY(dte.toJson().value(u"ted"_qs).toString().contains(u"Distribuidora Ñuble Ltda."_qs));
    }

    void readsThePaymentScheduleAndAmounts()
    {
        const auto loaded = DteReader::load(DteTestData::fixture(fixtureName), fixtureName);
        QVERIFY(loaded.ok());
        const Dte& dte = loaded->first();
        QCOMPARE(dte.fechaVencimiento(), QDate(2026, 5, 1));
        QCOMPARE(dte.pagos().size(), 2);
        QCOMPARE(dte.pagos().at(0).fecha, QDate(2026, 4, 1));
        QCOMPARE(dte.pagos().at(0).monto.pesos(), 595000);
        QCOMPARE(dte.pagos().at(0).glosa, u"Primera cuota"_qs);
        QCOMPARE(dte.pagos().at(1).fecha, QDate(2026, 5, 1));
        QVERIFY(dte.pagos().at(1).glosa.isEmpty());
        QCOMPARE(dte.montos().neto->pesos(), 1000000);
        QCOMPARE(dte.montos().exento->pesos(), 0);
        QCOMPARE(dte.montos().iva->pesos(), 190000);
        QCOMPARE(dte.montos().total.pesos(), 1190000);

        const QJsonObject json = dte.toJson();
        QCOMPARE(json.value(u"folio"_qs).toInteger(), 1001);
        QCOMPARE(json.value(u"fecha_vencimiento"_qs).toString(), u"2026-05-01"_qs);
        QCOMPARE(json.value(u"pagos"_qs).toArray().size(), 2);
        QCOMPARE(json.value(u"montos"_qs).toObject().value(u"total"_qs).toInteger(), 1190000);
        QCOMPARE(json.value(u"emisor"_qs).toObject().value(u"rut"_qs).toString(), u"76555835-2"_qs);
    }

    void loadsEveryDteOfAnEnvelope()
    {
        const QList<QByteArray> elements { DteTestData::dteElement(DteTestData::realDte()),
                                           DteTestData::dteElement(DteTestData::fixture(u"dte-latin1.xml"_qs)),
                                           DteTestData::dteElement(
                                               DteTestData::fixture(u"dte-windows1252-declared-latin1.xml"_qs)) };
        const QByteArray envelope = DteTestData::envelope(elements, "ISO-8859-1", true);
        const auto loaded = DteReader::load(envelope, u"envio.xml"_qs);
        QVERIFY2(loaded.ok(), qPrintable(errorOf(loaded)));
        QCOMPARE(loaded->size(), 3);
        const QList<qint64> folios { 170, 1001, 1004 };
        for (int i = 0; i < 3; ++i) {
            const Dte& dte = loaded->at(i);
            QCOMPARE(dte.container(), u"EnvioDTE"_qs);
            QCOMPARE(dte.index(), i);
            QCOMPARE(dte.folio(), folios.at(i));
            QCOMPARE(dte.xml(), elements.at(i));
            QCOMPARE(envelope.mid(dte.byteOffset(), dte.xml().size()), elements.at(i));
            QCOMPARE(dte.line(), envelope.left(dte.byteOffset()).count('\n') + 1);
        }
    }

    void reportsUnreadableFieldsWithTheirLine()
    {
        QByteArray bytes = DteTestData::fixture(fixtureName);
        bytes = DteTestData::replacedOnce(bytes, "<Folio>1001</Folio>", "<Folio>mil</Folio>");
        bytes = DteTestData::replacedOnce(bytes, "<RUTRecep>76177907-9</RUTRecep>", "<RUTRecep>76177907-1</RUTRecep>");
        bytes = DteTestData::replacedOnce(bytes, "<FchEmis>2026-03-02</FchEmis>", "<FchEmis>02-03-2026</FchEmis>");
        QVERIFY(!bytes.isEmpty());
        const auto loaded = DteReader::load(bytes, u"malo.xml"_qs);
        QVERIFY2(loaded.ok(), qPrintable(errorOf(loaded)));
        const Dte& dte = loaded->first();
        QVERIFY(!dte.isComplete());
        const QString problems = dte.problems().join(u'\n');
        QCOMPARE(dte.problems().size(), 3);
        QVERIFY2(problems.contains(u"«malo.xml», línea 5: Folio «mil»"_qs), qPrintable(problems));
        QVERIFY2(problems.contains(u"FchEmis «02-03-2026» no es una fecha"_qs), qPrintable(problems));
        QVERIFY2(problems.contains(u"línea 7: RUTRecep"_qs) && problems.contains(u"dígito verificador"_qs),
                 qPrintable(problems));
    }

    // Every kind of bad file is refused with its own message naming the file, and nothing is read from outside.
    void refusesBadFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");

        const QByteArray dte = DteTestData::fixture(fixtureName);
        const QByteArray body = withoutDeclaration(dte);
        QTest::newRow("external entity (XXE)")
            << QByteArray("<?xml version=\"1.0\"?>\n<!DOCTYPE DTE [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
                          "<DTE version=\"1.0\"><Documento ID=\"x\"><Encabezado><Emisor><RznSoc>&xxe;</RznSoc>"
                          "</Emisor></Encabezado></Documento></DTE>")
            << u"«bad.xml», línea 2: declara la entidad externa «xxe» (SYSTEM «file:///etc/passwd»)"_qs;
        QTest::newRow("entity expansion bomb") << QByteArray(
            "<?xml version=\"1.0\"?>\n<!DOCTYPE DTE [\n<!ENTITY a \"aaaaaaaaaa\">\n"
            "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">\n<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">\n"
            "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]>\n<DTE>&d;&d;&d;&d;&d;&d;&d;&d;</DTE>")
                                               << u"bomba de expansión de entidades"_qs;
        QTest::newRow("parameter entity")
            << QByteArray("<!DOCTYPE DTE [<!ENTITY % p SYSTEM \"file:///etc/passwd\"> %p;]><DTE/>")
            << u"declara la entidad de parámetro «p»"_qs;
        QTest::newRow("external DTD") << QByteArray("<!DOCTYPE DTE SYSTEM \"http://127.0.0.1/dte.dtd\">\n" + body)
                                      << u"hace referencia a la DTD externa «http://127.0.0.1/dte.dtd»"_qs;
        QTest::newRow("DOCTYPE") << QByteArray("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<!DOCTYPE DTE>\n"
                                               + body)
                                 << u"«bad.xml», línea 2: contiene una declaración DOCTYPE «DTE»"_qs;
        QTest::newRow("unsupported encoding")
            << QByteArray("<?xml version=\"1.0\" encoding=\"KOI8-R\"?>\n" + body)
            << u"«bad.xml», línea 1: declara la codificación «KOI8-R», que no se admite"_qs;
        QTest::newRow("UTF-16") << QByteArray("\xff\xfe<\0D\0T\0E\0/\0>\0", 14) << u"está en UTF-16"_qs;
        QTest::newRow("ISO-8859-1 bytes, no declaration")
            << body << u"«bad.xml», línea 5: el archivo no declara su codificación y no es UTF-8 válido"_qs;
        QTest::newRow("ISO-8859-1 bytes declared UTF-8")
            << QByteArray("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + body)
            << u"declara la codificación «UTF-8» pero sus bytes no son UTF-8 válido"_qs;
        QTest::newRow("BOM against the declaration")
            << QByteArray("\xef\xbb\xbf" + dte)
            << u"comienza con la marca BOM de UTF-8 pero declara la codificación «ISO-8859-1»"_qs;
        QTest::newRow("truncated") << dte.left(dte.size() / 2) << u"el archivo está truncado o incompleto"_qs;
        QTest::newRow("undeclared entity") << QByteArray("<DTE>&nbsp;</DTE>") << u"usa la entidad «&nbsp;»"_qs;
        QTest::newRow("not a DTE") << QByteArray("<?xml version=\"1.0\"?>\n<Factura><Folio>1</Folio></Factura>")
                                   << u"«bad.xml», línea 2: no es un DTE: el elemento raíz es <Factura>"_qs;
        QTest::newRow("empty envelope") << DteTestData::envelope({}, "ISO-8859-1", true)
                                        << u"el sobre EnvioDTE no contiene ningún DTE"_qs;
        QTest::newRow("not XML") << QByteArray("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n") << u"el archivo no contiene XML"_qs;
        QTest::newRow("empty") << QByteArray() << u"«bad.xml»: el archivo está vacío"_qs;
        QTest::newRow("over the size limit")
            << QByteArray(DteReader::maxFileBytes + 1, ' ') << u"el máximo admitido es 20971520 bytes (20 MiB)"_qs;
    }

    void refusesBadFiles()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        const int refusedBefore = XmlRuntime::refusedLoadCount();
        const auto loaded = DteReader::load(bytes, u"bad.xml"_qs);
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error().code(), ErrorCode::InvalidInput);
        QVERIFY2(loaded.error().message().contains(expected), qPrintable(loaded.error().message()));
        // Nothing was even asked of the entity loader: the DOCTYPE is refused before any entity is used.
        QCOMPARE(XmlRuntime::refusedLoadCount(), refusedBefore);
        const auto inspected = DteReader::inspect(bytes, u"bad.xml"_qs);
        QVERIFY(!inspected.ok());
        QCOMPARE(inspected.error().message(), loaded.error().message());
        m_messages.insert(loaded.error().message());
    }

    void eachBadFileHasItsOwnMessage()
    {
        QCOMPARE(m_messages.size(), 17); // one distinct message per row of refusesBadFiles
    }

    void neverReadsTheExternalEntity()
    {
        QFile passwd(u"/etc/passwd"_qs);
        QVERIFY(passwd.open(QIODevice::ReadOnly));
        const QString firstLine = QString::fromUtf8(passwd.readLine()).trimmed();
        QVERIFY(!firstLine.isEmpty());
        for (const QByteArray& place : { QByteArray("<RznSoc>&xxe;</RznSoc>"), QByteArray("<Folio>&xxe;</Folio>") }) {
            const QByteArray xxe
                = "<?xml version=\"1.0\"?>\n<!DOCTYPE DTE [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
                  "<DTE version=\"1.0\">"
                + place + "</DTE>";
            const auto loaded = DteReader::inspect(xxe, u"xxe.xml"_qs);
            QVERIFY(!loaded.ok());
            QVERIFY(!loaded.error().message().contains(firstLine));
            QVERIFY(!loaded.error().message().contains(u"root:"_qs));
        }
    }

    void readFileRefusesBigFilesBeforeReading()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"grande.xml"_qs);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(DteReader::maxFileBytes + 1)); // sparse: nothing to read
        file.close();
        const auto read = DteReader::readFile(path);
        QVERIFY(!read.ok());
        QVERIFY2(read.error().message().contains(u"«grande.xml»: pesa 20971521 bytes"_qs),
                 qPrintable(read.error().message()));
        const auto missing = DteReader::readFile(dir.filePath(u"no-existe.xml"_qs));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code(), ErrorCode::Io);

        const QString good = dir.filePath(u"bueno.xml"_qs);
        QVERIFY(DteTestData::write(good, DteTestData::realDte()));
        const auto inspected = DteReader::inspectFile(good);
        QVERIFY2(inspected.ok(), qPrintable(inspected.ok() ? QString() : inspected.error().message()));
        QCOMPARE(inspected->first().dte.sourceName(), u"bueno.xml"_qs);
        QCOMPARE(DteReader::toJson(inspected.value()).size(), 1);
    }

private:
    QSet<QString> m_messages;
};

QTEST_GUILESS_MAIN(TestDteReader)
#include "TestDteReader.moc"
