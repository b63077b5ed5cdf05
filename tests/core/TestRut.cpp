// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "types/Rut.h"

#include <QHash>
#include <QSet>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using factora::core::ErrorCode;
using factora::core::Rut;

namespace {

/** The reason part of an error message: the message without the text that was parsed. */
QString reasonOf(const QString& message, const QString& input)
{
    QString reason = message;
    const QString trimmed = input.trimmed();
    if (!trimmed.isEmpty()) {
        reason.replace(trimmed, QString());
    }
    return reason;
}

} // namespace

class TestRut : public QObject
{
    Q_OBJECT

private slots:
    void checkDigitFor_data();
    void checkDigitFor();
    void parseValid_data();
    void parseValid();
    void parseInvalid_data();
    void parseInvalid();
    void errorKindsHaveDistinctMessages();
    void wrongCheckDigitNamesExpectedDigit();
    void roundTripsThroughBothForms();
    void equalityOrderingAndHash();
    void nullRut();
};

void TestRut::checkDigitFor_data()
{
    QTest::addColumn<qint64>("body");
    QTest::addColumn<QChar>("expected");
    // Módulo 11 worked out by hand for 76354771: 1·2+7·3+7·4+4·5+5·6+3·7+6·2+7·3 = 155; 11 - 155 % 11 = 10 → K.
    QTest::newRow("76354771") << qint64(76354771) << QChar(u'K');
    QTest::newRow("12345678") << qint64(12345678) << QChar(u'5');
    QTest::newRow("11111111") << qint64(11111111) << QChar(u'1');
    QTest::newRow("99999999") << qint64(99999999) << QChar(u'9');
    QTest::newRow("1") << qint64(1) << QChar(u'9');
    QTest::newRow("6") << qint64(6) << QChar(u'K');
    QTest::newRow("14") << qint64(14) << QChar(u'0');
    // One body for each of the eleven possible check digits.
    QTest::newRow("dv 0") << qint64(1000013) << QChar(u'0');
    QTest::newRow("dv 1") << qint64(1000004) << QChar(u'1');
    QTest::newRow("dv 2") << qint64(1000009) << QChar(u'2');
    QTest::newRow("dv 3") << qint64(1000003) << QChar(u'3');
    QTest::newRow("dv 4") << qint64(1000008) << QChar(u'4');
    QTest::newRow("dv 5") << qint64(1000002) << QChar(u'5');
    QTest::newRow("dv 6") << qint64(1000007) << QChar(u'6');
    QTest::newRow("dv 7") << qint64(1000001) << QChar(u'7');
    QTest::newRow("dv 8") << qint64(1000006) << QChar(u'8');
    QTest::newRow("dv 9") << qint64(1000000) << QChar(u'9');
    QTest::newRow("dv K") << qint64(1000005) << QChar(u'K');
}

void TestRut::checkDigitFor()
{
    QFETCH(qint64, body);
    QFETCH(QChar, expected);
    QCOMPARE(Rut::checkDigitFor(body), expected);
}

void TestRut::parseValid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<qint64>("body");
    QTest::addColumn<QChar>("checkDigit");
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<QString>("dotted");

    const auto row = [](const char* name, const QString& input, qint64 body, QChar dv, const QString& canonical,
                        const QString& dotted) { QTest::newRow(name) << input << body << dv << canonical << dotted; };
    row("dotted, lower-case k", u"76.354.771-k"_s, 76354771, u'K', u"76354771-K"_s, u"76.354.771-K"_s);
    row("no dots, no hyphen", u"76354771K"_s, 76354771, u'K', u"76354771-K"_s, u"76.354.771-K"_s);
    row("surrounding spaces", u" 76354771-K "_s, 76354771, u'K', u"76354771-K"_s, u"76.354.771-K"_s);
    row("hyphen, lower-case k", u"76354771-k"_s, 76354771, u'K', u"76354771-K"_s, u"76.354.771-K"_s);
    row("tab and newline around", u"\t12.345.678-5\n"_s, 12345678, u'5', u"12345678-5"_s, u"12.345.678-5"_s);
    row("dotted, digit", u"12.345.678-5"_s, 12345678, u'5', u"12345678-5"_s, u"12.345.678-5"_s);
    row("check digit 0", u"76354762-0"_s, 76354762, u'0', u"76354762-0"_s, u"76.354.762-0"_s);
    row("seven digits dotted", u"1.000.005-K"_s, 1000005, u'K', u"1000005-K"_s, u"1.000.005-K"_s);
    row("seven digits plain", u"10000130"_s, 1000013, u'0', u"1000013-0"_s, u"1.000.013-0"_s);
    row("one digit", u"1-9"_s, 1, u'9', u"1-9"_s, u"1-9"_s);
    row("two digits, no hyphen", u"140"_s, 14, u'0', u"14-0"_s, u"14-0"_s);
    row("four digits dotted", u"1.234-3"_s, 1234, u'3', u"1234-3"_s, u"1.234-3"_s);
    row("largest body", u"99.999.999-9"_s, 99999999, u'9', u"99999999-9"_s, u"99.999.999-9"_s);
    row("zero-padded bank field", u"076354771K"_s, 76354771, u'K', u"76354771-K"_s, u"76.354.771-K"_s);
    row("zero-padded with hyphen", u"000000001-9"_s, 1, u'9', u"1-9"_s, u"1-9"_s);
}

void TestRut::parseValid()
{
    QFETCH(QString, input);
    QFETCH(qint64, body);
    QFETCH(QChar, checkDigit);
    QFETCH(QString, canonical);
    QFETCH(QString, dotted);

    const auto parsed = Rut::parse(input);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message()));
    QCOMPARE(parsed->body(), body);
    QCOMPARE(parsed->checkDigit(), checkDigit);
    QCOMPARE(parsed->toString(), canonical);
    QCOMPARE(parsed->toDottedString(), dotted);
    QVERIFY(!parsed->isNull());
}

void TestRut::parseInvalid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("messagePart");

    const QString empty = u"vacío"_s;
    const QString illegal = u"solo se admiten dígitos, puntos, un guion y la K"_s;
    const QString dots = u"puntos mal ubicados"_s;
    const QString missingDv = u"falta el dígito verificador"_s;
    const QString tooLong = u"más de 8 dígitos"_s;
    const QString zero = u"no puede ser cero"_s;
    const QString wrongDv = u"dígito verificador incorrecto, se esperaba"_s;

    QTest::newRow("empty") << QString() << u"empty"_s << empty;
    QTest::newRow("only spaces") << u"   "_s << u"empty"_s << empty;
    QTest::newRow("slash") << u"76354771/K"_s << u"illegal"_s << illegal;
    QTest::newRow("space inside") << u"76 354 771-K"_s << u"illegal"_s << u"contiene un espacio"_s;
    QTest::newRow("commas") << u"76,354,771-K"_s << u"illegal"_s << u"contiene «,»"_s;
    QTest::newRow("letter as check digit") << u"76354771-X"_s << u"illegal"_s << u"contiene «X»"_s;
    QTest::newRow("non-ASCII digits") << u"٧٦٣٥٤٧٧١-K"_s << u"illegal"_s << illegal;
    QTest::newRow("K inside the body") << u"7K354771-1"_s << u"kInBody"_s << u"la K solo puede ir"_s;
    QTest::newRow("dots in wrong places") << u"7.63.54771-K"_s << u"dots"_s << dots;
    QTest::newRow("only one of two dots") << u"76354.771-K"_s << u"dots"_s << dots;
    QTest::newRow("leading dot") << u".76.354.771-K"_s << u"dots"_s << dots;
    QTest::newRow("dot before hyphen") << u"76.354.771.-K"_s << u"dots"_s << dots;
    QTest::newRow("double dot") << u"76..354.771-K"_s << u"dots"_s << dots;
    QTest::newRow("four-digit group") << u"1234.567-K"_s << u"dots"_s << dots;
    QTest::newRow("dot as check digit") << u"76354771-."_s << u"dots"_s << dots;
    QTest::newRow("trailing dot") << u"76.354.771K."_s << u"dots"_s << dots;
    QTest::newRow("two hyphens") << u"76-354771-K"_s << u"twoHyphens"_s << u"más de un guion"_s;
    QTest::newRow("hyphen too early") << u"7635477-1K"_s << u"hyphenPlace"_s << u"justo antes del dígito"_s;
    QTest::newRow("hyphen at the end") << u"76354771-"_s << u"missingDv"_s << missingDv;
    QTest::newRow("dotted body alone") << u"76.354.771"_s << u"missingDv"_s << missingDv;
    QTest::newRow("only check digit") << u"-K"_s << u"missingBody"_s << u"falta el número"_s;
    QTest::newRow("single character") << u"5"_s << u"missingBody"_s << u"falta el número"_s;
    QTest::newRow("nine digits") << u"123456789-2"_s << u"tooLong"_s << tooLong;
    QTest::newRow("nine digits dotted") << u"123.456.789-2"_s << u"tooLong"_s << tooLong;
    QTest::newRow("body zero") << u"0-0"_s << u"zero"_s << zero;
    QTest::newRow("body zeros") << u"0.000.000-0"_s << u"zero"_s << zero;
    QTest::newRow("wrong digit for K") << u"76.354.771-1"_s << u"wrongDv"_s << u"se esperaba K"_s;
    QTest::newRow("K where 5 belongs") << u"12345678-K"_s << u"wrongDv"_s << u"se esperaba 5"_s;
    QTest::newRow("0 where 9 belongs") << u"1-0"_s << u"wrongDv"_s << u"se esperaba 9"_s;
    // Without hyphen the last digit is the check digit: 7635477 has check digit 4, not 1.
    QTest::newRow("body without check digit") << u"76354771"_s << u"wrongDv"_s << u"se esperaba 4"_s;
}

void TestRut::parseInvalid()
{
    QFETCH(QString, input);
    QFETCH(QString, messagePart);

    const auto parsed = Rut::parse(input);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().code(), ErrorCode::InvalidInput);
    QVERIFY2(parsed.error().message().contains(messagePart), qPrintable(parsed.error().message()));
    if (!input.trimmed().isEmpty()) {
        QVERIFY2(parsed.error().message().contains(u"«"_s + input.trimmed() + u"»"_s),
                 qPrintable(parsed.error().message()));
    }
}

void TestRut::errorKindsHaveDistinctMessages()
{
    // One message per kind, with the input removed, must differ from every other kind's.
    QHash<QString, QString> reasonByKind;
    const QList<std::pair<QString, QString>> samples {
        { u"empty"_s, QString() },
        { u"illegal"_s, u"76354771/K"_s },
        { u"kInBody"_s, u"7K354771-1"_s },
        { u"dots"_s, u"7.63.54771-K"_s },
        { u"twoHyphens"_s, u"76-354771-K"_s },
        { u"hyphenPlace"_s, u"7635477-1K"_s },
        { u"missingDv"_s, u"76354771-"_s },
        { u"missingBody"_s, u"-K"_s },
        { u"tooLong"_s, u"123456789-2"_s },
        { u"zero"_s, u"0-0"_s },
        { u"wrongDv"_s, u"76354771-1"_s },
    };
    for (const auto& [kind, input] : samples) {
        const auto parsed = Rut::parse(input);
        QVERIFY2(!parsed.ok(), qPrintable(input));
        reasonByKind.insert(kind, reasonOf(parsed.error().message(), input));
    }
    const QStringList reasons = reasonByKind.values();
    QCOMPARE(QSet<QString>(reasons.cbegin(), reasons.cend()).size(), samples.size());
}

void TestRut::wrongCheckDigitNamesExpectedDigit()
{
    const auto parsed = Rut::parse(u"12.345.678-9"_s);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().message(), u"RUT «12.345.678-9»: dígito verificador incorrecto, se esperaba 5"_s);
}

void TestRut::roundTripsThroughBothForms()
{
    // Every body in a spread of ranges: the canonical and dotted forms parse back to the same RUT, and any
    // other check digit is refused.
    const QString allDigits = u"0123456789K"_s;
    for (qint64 body = 1; body <= Rut::maximumBody; body = body < 2000 ? body + 1 : body * 3 + 7) {
        const QChar dv = Rut::checkDigitFor(body);
        const auto parsed = Rut::parse(QString::number(body) + u'-' + dv);
        QVERIFY2(parsed.ok(), qPrintable(QString::number(body)));
        QCOMPARE(parsed->body(), body);
        QCOMPARE(Rut::parse(parsed->toString()).value(), parsed.value());
        QCOMPARE(Rut::parse(parsed->toDottedString()).value(), parsed.value());
        for (QChar other : allDigits) {
            if (other != dv) {
                QVERIFY(!Rut::parse(QString::number(body) + u'-' + other).ok());
            }
        }
    }
}

void TestRut::equalityOrderingAndHash()
{
    const Rut a = Rut::parse(u"76.354.771-k"_s).value();
    const Rut b = Rut::parse(u"76354771K"_s).value();
    const Rut c = Rut::parse(u"12.345.678-5"_s).value();
    QVERIFY(a == b);
    QVERIFY(!(a != b));
    QVERIFY(a != c);
    QVERIFY(c < a);
    QVERIFY(!(a < c));
    QCOMPARE(qHash(a, 7), qHash(b, 7));

    QSet<Rut> set { a, b, c };
    QCOMPARE(set.size(), 2);
    QVERIFY(set.contains(Rut::parse(u"76354771-K"_s).value()));

    QList<Rut> list { a, c, Rut::parse(u"1-9"_s).value() };
    std::sort(list.begin(), list.end());
    QCOMPARE(list.at(0).body(), qint64(1));
    QCOMPARE(list.at(1), c);
    QCOMPARE(list.at(2), a);
}

void TestRut::nullRut()
{
    const Rut rut;
    QVERIFY(rut.isNull());
    QCOMPARE(rut.body(), qint64(0));
    QVERIFY(rut.checkDigit().isNull());
    QVERIFY(rut.toString().isEmpty());
    QVERIFY(rut.toDottedString().isEmpty());
    QVERIFY(rut != Rut::parse(u"1-9"_s).value());
}

QTEST_GUILESS_MAIN(TestRut)
#include "TestRut.moc"
