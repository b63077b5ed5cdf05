// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
// DispatchAttachmentBuilder: the PDF, and the zip (Poco Zip) with the PDF and the original XML, read back with
// `unzip` and Python's zipfile and compared byte for byte; the PDF's text read with pdftotext.
#include "common/ManualClock.h"
#include "dispatch/DispatchAttachmentBuilder.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace factora::core;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(factora::core::DispatchAttachmentKind)

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

/** Runs @p program; true when it exited with 0 within 60 s. Its standard output goes to @p output. */
bool run(const QString& program, const QStringList& arguments, QByteArray* output = nullptr)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        qWarning().noquote() << program << arguments.join(u' ') << "failed:" << process.readAllStandardError();
        process.kill();
        return false;
    }
    if (output != nullptr) {
        *output = process.readAllStandardOutput();
    }
    return true;
}

/** The standard output of @p program, empty when it failed. */
QByteArray outputOf(const QString& program, const QStringList& arguments)
{
    QByteArray output;
    return run(program, arguments, &output) ? output : QByteArray();
}

/** Python's zipfile: testzip() (every CRC) and each entry's name, size and SHA-256, as JSON. */
QJsonArray zipEntries(const QString& zipPath)
{
    const QString script = uR"(import hashlib, json, sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as archive:
    bad = archive.testzip()
    if bad is not None:
        sys.exit("bad CRC in " + bad)
    print(json.dumps([{"name": i.filename, "size": i.file_size, "sha256": hashlib.sha256(archive.read(i)).hexdigest(),
                       "deflated": i.compress_type == zipfile.ZIP_DEFLATED} for i in archive.infolist()]))
)"_s;
    return QJsonDocument::fromJson(outputOf(u"python3"_s, { u"-c"_s, script, zipPath })).array();
}

QString sha256(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

InvoiceOptions options()
{
    InvoiceOptions result;
    result.resolutionNumber = u"80"_s;
    result.resolutionDate = QDate(2014, 8, 22);
    result.siiOffice = u"Santiago Centro"_s;
    result.branding.name = u"Factoring Andino S.A."_s;
    result.cedible = true;
    return result;
}

} // namespace

class TestDispatchAttachmentBuilder : public QObject
{
    Q_OBJECT

private:
    const QString m_data = qEnvironmentVariable("FACTORA_TEST_DATA_DIR");
    QTemporaryDir m_dir;
    ManualClock m_clock { QDateTime(QDate(2026, 11, 22), QTime(10, 30, 0), Qt::UTC) };

private slots:
    void initTestCase()
    {
        QVERIFY2(!m_data.isEmpty(), "FACTORA_TEST_DATA_DIR is not set");
        QVERIFY(m_dir.isValid());
    }

    void pdfAttachment()
    {
        const QByteArray xml = readAll(m_data + u"/sii/DTE--76354771-K--33--170.xml"_s);
        QVERIFY(!xml.isEmpty());
        const Result<MailAttachment> attachment
            = DispatchAttachmentBuilder(options(), m_clock).build(xml, DispatchAttachmentKind::Pdf);
        QVERIFY2(attachment.ok(), qPrintable(attachment.ok() ? QString() : attachment.error().message()));
        QCOMPARE(attachment->fileName, u"DTE_33_170.pdf"_s);
        QCOMPARE(attachment->mediaType, u"application/pdf"_s);
        QVERIFY(attachment->content.startsWith("%PDF-"));
        const QString pdf = m_dir.filePath(u"attached.pdf"_s);
        QVERIFY(writeFile(pdf, attachment->content));
        const QString text = QString::fromUtf8(outputOf(u"pdftotext"_s, { pdf, u"-"_s }));
        QVERIFY2(text.contains(u"170"_s), qPrintable(text));
        QVERIFY2(text.contains(u"CEDIBLE"_s), qPrintable(text));
    }

    void zipWithPdfAndOriginalXml_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<qint64>("folio");
        QTest::addColumn<QString>("baseName");
        QTest::newRow("SII sample DTE") << u"sii/DTE--76354771-K--33--170.xml"_s << qint64(0) << u"DTE_33_170"_s;
        QTest::newRow("AEC, folio named")
            << u"sii/AEC--76399752-9--33--25568--SEQ-1.xml"_s << qint64(25568) << u"DTE_33_25568"_s;
        QTest::newRow("ISO-8859-1 DTE") << u"dte/dte-latin1.xml"_s << qint64(0) << QString();
    }

    void zipWithPdfAndOriginalXml()
    {
        QFETCH(QString, file);
        QFETCH(qint64, folio);
        QFETCH(QString, baseName);
        const QByteArray xml = readAll(m_data + u'/' + file);
        QVERIFY(!xml.isEmpty());
        const Result<MailAttachment> attachment
            = DispatchAttachmentBuilder(options(), m_clock).build(xml, DispatchAttachmentKind::Zip, folio);
        QVERIFY2(attachment.ok(), qPrintable(attachment.ok() ? QString() : attachment.error().message()));
        QCOMPARE(attachment->mediaType, u"application/zip"_s);
        QVERIFY(attachment->fileName.endsWith(u".zip"_s));
        const QString base = attachment->fileName.chopped(4);
        if (!baseName.isEmpty()) {
            QCOMPARE(base, baseName);
        }
        static const QRegularExpression ascii(u"^DTE_[0-9]+_[0-9]+$"_s);
        QVERIFY2(ascii.match(base).hasMatch(), qPrintable(base));

        const QString zipPath = m_dir.filePath(attachment->fileName);
        QVERIFY(writeFile(zipPath, attachment->content));
        // unzip lists exactly the two entries, at the top level.
        const QString listing = QString::fromUtf8(outputOf(u"unzip"_s, { u"-Z1"_s, zipPath }));
        QCOMPARE(listing.split(u'\n', Qt::SkipEmptyParts), QStringList({ base + u".pdf"_s, base + u".xml"_s }));
        // unzip extracts them; the XML is the original, byte for byte.
        const QString out = m_dir.filePath(base + u"-out"_s);
        QVERIFY(run(u"unzip"_s, { u"-q"_s, u"-o"_s, zipPath, u"-d"_s, out }));
        QCOMPARE(readAll(out + u'/' + base + u".xml"_s), xml);
        const QByteArray pdf = readAll(out + u'/' + base + u".pdf"_s);
        QVERIFY(pdf.startsWith("%PDF-"));
        const QString text = QString::fromUtf8(outputOf(u"pdftotext"_s, { out + u'/' + base + u".pdf"_s, u"-"_s }));
        QVERIFY2(text.contains(base.section(u'_', 2)), qPrintable(text));

        const QJsonArray entries = zipEntries(zipPath);
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(1).toObject().value(u"name"_s).toString(), base + u".xml"_s);
        QCOMPARE(entries.at(1).toObject().value(u"sha256"_s).toString(), sha256(xml));
        QCOMPARE(entries.at(0).toObject().value(u"sha256"_s).toString(), sha256(pdf));
    }

    void zipRoundTripsArbitraryBytes()
    {
        QByteArray binary;
        for (int i = 0; i < 256 * 4; ++i) {
            binary.append(static_cast<char>(i % 256));
        }
        QByteArray random(1024 * 1024 + 7, Qt::Uninitialized);
        QRandomGenerator generator(6);
        for (char& c : random) {
            c = static_cast<char>(generator.bounded(256));
        }
        const QByteArray empty;
        const QList<std::pair<QString, QByteArray>> input { { u"a.bin"_s, binary },
                                                            { u"random.bin"_s, random },
                                                            { u"empty.txt"_s, empty } };
        const Result<QByteArray> zip = DispatchAttachmentBuilder(options(), m_clock).zip(input);
        QVERIFY2(zip.ok(), qPrintable(zip.ok() ? QString() : zip.error().message()));
        QVERIFY(zip->startsWith("PK\x03\x04"));
        const QString path = m_dir.filePath(u"roundtrip.zip"_s);
        QVERIFY(writeFile(path, zip.value()));
        // Poco lists the entries in the central directory by name, not in the order they were added.
        const QJsonArray entries = zipEntries(path);
        QCOMPARE(entries.size(), input.size());
        for (const auto& [name, bytes] : input) {
            QJsonObject found;
            for (const QJsonValue& entry : entries) {
                if (entry.toObject().value(u"name"_s).toString() == name) {
                    found = entry.toObject();
                }
            }
            QVERIFY2(!found.isEmpty(), qPrintable(name));
            QCOMPARE(found.value(u"size"_s).toInteger(), bytes.size());
            QCOMPARE(found.value(u"sha256"_s).toString(), sha256(bytes));
        }
    }

    void refusals()
    {
        const DispatchAttachmentBuilder builder(options(), m_clock);
        const QByteArray xml = readAll(m_data + u"/sii/DTE--76354771-K--33--170.xml"_s);
        Result<MailAttachment> attachment = builder.build(xml, DispatchAttachmentKind::Pdf, 999);
        QVERIFY(!attachment.ok());
        QCOMPARE(attachment.error().code(), ErrorCode::NotFound);
        QVERIFY(attachment.error().message().contains(u"999"_s));

        attachment = builder.build("<no-es-un-dte/>", DispatchAttachmentKind::Zip);
        QVERIFY(!attachment.ok());

        InvoiceOptions missingOffice = options();
        missingOffice.siiOffice.clear();
        attachment = DispatchAttachmentBuilder(missingOffice, m_clock).build(xml, DispatchAttachmentKind::Zip);
        QVERIFY(!attachment.ok());
    }

    void parseKind_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<DispatchAttachmentKind>("kind");
        QTest::newRow("pdf") << u"pdf"_s << true << DispatchAttachmentKind::Pdf;
        QTest::newRow("ZIP") << u" ZIP "_s << true << DispatchAttachmentKind::Zip;
        QTest::newRow("xml") << u"xml"_s << false << DispatchAttachmentKind::Pdf;
        QTest::newRow("empty") << QString() << false << DispatchAttachmentKind::Pdf;
    }

    void parseKind()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(DispatchAttachmentKind, kind);
        const Result<DispatchAttachmentKind> parsed = DispatchAttachmentBuilder::parseKind(text);
        QCOMPARE(parsed.ok(), ok);
        if (ok) {
            QCOMPARE(parsed.value(), kind);
        } else {
            QCOMPARE(parsed.error().code(), ErrorCode::InvalidInput);
            QVERIFY(parsed.error().message().contains(u"«%1»"_s.arg(text)));
        }
    }
};

QTEST_GUILESS_MAIN(TestDispatchAttachmentBuilder)
#include "TestDispatchAttachmentBuilder.moc"
