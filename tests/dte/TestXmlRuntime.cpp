// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "xml/XmlElementScanner.h"
#include "xml/XmlRuntime.h"

#include <QTest>

#include <thread>
#include <vector>

using namespace factora::core;

class TestXmlRuntime : public QObject
{
    Q_OBJECT

private slots:
    void selfTestPasses()
    {
        const Status status = XmlRuntime::selfTest();
        QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error().message()));
        // The self-test asks the loader for a local file and a network URL: both must have been refused.
        QVERIFY(XmlRuntime::refusedLoadCount() >= 2);
    }

    void initializesOnceFromManyThreads()
    {
        std::vector<std::thread> threads;
        std::atomic<int> failures { 0 };
        for (int i = 0; i < 4; ++i) {
            threads.emplace_back([&failures] {
                if (!XmlRuntime::initialize().ok())
                    ++failures;
            });
        }
        for (auto& thread : threads)
            thread.join();
        QCOMPARE(failures.load(), 0);
    }

    void namesTheLibraries()
    {
        const QString versions = XmlRuntime::versions();
        QVERIFY2(versions.contains(u"libxml2"_qs) && versions.contains(u"xmlsec1"_qs)
                     && versions.contains(u"OpenSSL"_qs),
                 qPrintable(versions));
        QCOMPARE(XmlRuntime::resourceUrl(u":/factora/dte/schemas/DTE_v10.xsd"_qs),
                 u"resource:///factora/dte/schemas/DTE_v10.xsd"_qs);
    }

    void scannerFindsElementsByteExact_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<QByteArrayList>("expected"); // each wanted element's bytes, in order
        QTest::addColumn<QList<int>>("lines");

        QTest::newRow("plain") << QByteArray("<a><DTE x=\"1\"><b/></DTE></a>")
                               << QByteArrayList { "<DTE x=\"1\"><b/></DTE>" } << QList<int> { 1 };
        QTest::newRow("prefixed and nested")
            << QByteArray("<s:E xmlns:s=\"u\">\n<s:DTE>\n<TED>t</TED></s:DTE><DTE/></s:E>")
            << QByteArrayList { "<s:DTE>\n<TED>t</TED></s:DTE>", "<TED>t</TED>", "<DTE/>" } << QList<int> { 2, 3, 3 };
        QTest::newRow("markup in quotes, comments, CDATA and PIs")
            << QByteArray("<?xml version=\"1.0\"?>\n<!-- <DTE> -->\n<r><?pi <DTE>?><DTE a=\"x>y\" "
                          "b='<'><![CDATA[</DTE>]]></DTE></r>")
            << QByteArrayList { "<DTE a=\"x>y\" b='<'><![CDATA[</DTE>]]></DTE>" } << QList<int> { 3 };
        QTest::newRow("CRLF and lone CR end lines")
            << QByteArray("<r>\r\n\r<DTE\r\n a=\"1\">\r\n</DTE></r>")
            << QByteArrayList { "<DTE\r\n a=\"1\">\r\n</DTE>" } << QList<int> { 3 };
        QTest::newRow("similar names are not matched")
            << QByteArray("<r><DTECedido><DTEx/></DTECedido></r>") << QByteArrayList {} << QList<int> {};
    }

    void scannerFindsElementsByteExact()
    {
        QFETCH(QByteArray, xml);
        QFETCH(QByteArrayList, expected);
        QFETCH(QList<int>, lines);
        const auto spans = XmlElementScanner::scan(xml, { QByteArrayLiteral("DTE"), QByteArrayLiteral("TED") });
        QVERIFY(spans.ok());
        QCOMPARE(spans->size(), expected.size());
        for (int i = 0; i < expected.size(); ++i) {
            QCOMPARE(xml.mid(spans->at(i).start, spans->at(i).length()), expected.at(i));
            QCOMPARE(spans->at(i).line, lines.at(i));
        }
    }

    void scannerRefusesUnbalancedInput()
    {
        QVERIFY(!XmlElementScanner::scan(QByteArray("<r><DTE></r>"), { QByteArrayLiteral("DTE") }).ok());
        QVERIFY(!XmlElementScanner::scan(QByteArray("<r><DTE>"), { QByteArrayLiteral("DTE") }).ok());
    }
};

QTEST_GUILESS_MAIN(TestXmlRuntime)
#include "TestXmlRuntime.moc"
