// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
// SmsMessageLength: GSM-7 or UCS-2, units and segments, at and around the 160/153 and 70/67 limits.
#include "dispatch/SmsMessageLength.h"

#include <QTest>

using namespace factora::core;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(factora::core::SmsMessageLength::Encoding)

class TestSmsMessageLength : public QObject
{
    Q_OBJECT

private slots:
    void measure_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<SmsMessageLength::Encoding>("encoding");
        QTest::addColumn<int>("units");
        QTest::addColumn<int>("segments");

        using E = SmsMessageLength::Encoding;
        QTest::newRow("empty") << QString() << E::Gsm7 << 0 << 0;
        QTest::newRow("ascii") << u"Factura 4711 por $ 1.234.567"_s << E::Gsm7 << 28 << 1;
        QTest::newRow("160 GSM-7: one segment") << QString(160, u'a') << E::Gsm7 << 160 << 1;
        QTest::newRow("161 GSM-7: two segments") << QString(161, u'a') << E::Gsm7 << 161 << 2;
        QTest::newRow("306 GSM-7: two segments") << QString(306, u'a') << E::Gsm7 << 306 << 2;
        QTest::newRow("307 GSM-7: three segments") << QString(307, u'a') << E::Gsm7 << 307 << 3;
        QTest::newRow("GSM-7 Spanish letters ñ Ñ é ü ¿ ¡") << u"¿Señor Ñuñez? ¡Pagué él! ü"_s << E::Gsm7 << 26 << 1;
        QTest::newRow("extension € counts two") << u"€"_s << E::Gsm7 << 2 << 1;
        QTest::newRow("80 euro signs = 160 septets") << QString(80, u'€') << E::Gsm7 << 160 << 1;
        QTest::newRow("escape never split across segments")
            << QString(152, u'a') + u"€"_s + QString(10, u'a') << E::Gsm7 << 164 << 2;
        QTest::newRow("escape pushed to the next segment")
            << QString(152, u'a') + u"€"_s + QString(152, u'a') << E::Gsm7 << 306 << 3;
        QTest::newRow("á is not GSM-7") << u"Pagará"_s << E::Ucs2 << 6 << 1;
        QTest::newRow("70 UCS-2: one segment") << u"á"_s + QString(69, u'a') << E::Ucs2 << 70 << 1;
        QTest::newRow("71 UCS-2: two segments") << u"á"_s + QString(70, u'a') << E::Ucs2 << 71 << 2;
        QTest::newRow("134 UCS-2: two segments") << u"á"_s + QString(133, u'a') << E::Ucs2 << 134 << 2;
        QTest::newRow("135 UCS-2: three segments") << u"á"_s + QString(134, u'a') << E::Ucs2 << 135 << 3;
        QTest::newRow("emoji is a surrogate pair") << u"ok 😀"_s << E::Ucs2 << 5 << 1;
        QTest::newRow("surrogate pair never split")
            << QString(66, u'a') + u"😀"_s + QString(4, u'a') << E::Ucs2 << 72 << 2;
    }

    void measure()
    {
        QFETCH(QString, text);
        QFETCH(SmsMessageLength::Encoding, encoding);
        QFETCH(int, units);
        QFETCH(int, segments);
        const SmsMessageLength length = SmsMessageLength::measure(text);
        QCOMPARE(length.encoding(), encoding);
        QCOMPARE(length.units(), units);
        QCOMPARE(length.segments(), segments);
        QCOMPARE(length.encodingName(), encoding == SmsMessageLength::Encoding::Gsm7 ? u"GSM-7"_s : u"UCS-2"_s);
    }
};

QTEST_GUILESS_MAIN(TestSmsMessageLength)
#include "TestSmsMessageLength.moc"
