// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "types/Money.h"

#include <QSet>
#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;
using factora::core::ErrorCode;
using factora::core::Money;
using Rounding = factora::core::Money::Rounding;

Q_DECLARE_METATYPE(factora::core::Money::Rounding)

namespace {

constexpr qint64 maxPesos = std::numeric_limits<qint64>::max();
constexpr qint64 minPesos = std::numeric_limits<qint64>::min();

} // namespace

class TestMoney : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void parseInvalid_data();
    void parseInvalid();
    void errorKindsHaveDistinctMessages();
    void exactNamesTheCents();
    void formatting_data();
    void formatting();
    void formatsParseBack();
    void plusAndMinus();
    void plusAndMinusReportOverflow();
    void sum_data();
    void sum();
    void comparison();
};

void TestMoney::parse_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<Rounding>("rounding");
    QTest::addColumn<qint64>("pesos");

    const auto all = [](const char* name, const QString& input, qint64 pesos) {
        QTest::newRow(qPrintable(QString::fromLatin1(name) + u" exact"_s)) << input << Rounding::Exact << pesos;
        QTest::newRow(qPrintable(QString::fromLatin1(name) + u" truncate"_s)) << input << Rounding::Truncate << pesos;
        QTest::newRow(qPrintable(QString::fromLatin1(name) + u" half-up"_s)) << input << Rounding::HalfUp << pesos;
    };
    // Whole amounts read the same under every rounding.
    all("integer", u"141418"_s, 141418);
    all("two zero decimals", u"141418.00"_s, 141418);
    all("one zero decimal", u"141418.0"_s, 141418);
    all("negative with zeros", u"-12.00"_s, -12);
    all("negative", u"-12"_s, -12);
    all("zero", u"0"_s, 0);
    all("negative zero", u"-0.00"_s, 0);
    all("leading zeros of a bank field", u"0000000141418"_s, 141418);
    all("surrounding spaces", u"  141418.00 "_s, 141418);
    all("largest", u"9223372036854775807"_s, maxPesos);
    all("smallest", u"-9223372036854775808"_s, minPesos);
    all("smallest with zero decimals", u"-9223372036854775808.00"_s, minPesos);

    // Truncate drops the fraction toward zero.
    QTest::newRow("bank's example truncate") << u"141418.79"_s << Rounding::Truncate << qint64(141418);
    QTest::newRow("one decimal truncate") << u"141418.5"_s << Rounding::Truncate << qint64(141418);
    QTest::newRow("negative truncate") << u"-1.99"_s << Rounding::Truncate << qint64(-1);
    QTest::newRow("below one truncate") << u"0.99"_s << Rounding::Truncate << qint64(0);
    QTest::newRow("negative below one truncate") << u"-0.99"_s << Rounding::Truncate << qint64(0);
    QTest::newRow("largest with cents truncate") << u"9223372036854775807.99"_s << Rounding::Truncate << maxPesos;
    QTest::newRow("smallest with cents truncate") << u"-9223372036854775808.99"_s << Rounding::Truncate << minPesos;

    // HalfUp: .50 and above away from zero, below .50 toward zero.
    QTest::newRow("bank's example half-up") << u"141418.79"_s << Rounding::HalfUp << qint64(141419);
    QTest::newRow("one decimal .5 half-up") << u"141418.5"_s << Rounding::HalfUp << qint64(141419);
    QTest::newRow(".50 half-up") << u"1.50"_s << Rounding::HalfUp << qint64(2);
    QTest::newRow(".49 half-up") << u"1.49"_s << Rounding::HalfUp << qint64(1);
    QTest::newRow(".01 half-up") << u"1.01"_s << Rounding::HalfUp << qint64(1);
    QTest::newRow(".4 half-up") << u"1.4"_s << Rounding::HalfUp << qint64(1);
    QTest::newRow("-.50 half-up") << u"-1.50"_s << Rounding::HalfUp << qint64(-2);
    QTest::newRow("-.49 half-up") << u"-1.49"_s << Rounding::HalfUp << qint64(-1);
    QTest::newRow("-0.50 half-up") << u"-0.50"_s << Rounding::HalfUp << qint64(-1);
    QTest::newRow("0.50 half-up") << u"0.50"_s << Rounding::HalfUp << qint64(1);
    QTest::newRow("carry 999.5 half-up") << u"999.5"_s << Rounding::HalfUp << qint64(1000);
    QTest::newRow("largest below .50 half-up") << u"9223372036854775807.49"_s << Rounding::HalfUp << maxPesos;
    QTest::newRow("rounds up to largest") << u"9223372036854775806.50"_s << Rounding::HalfUp << maxPesos;
    QTest::newRow("rounds down to smallest") << u"-9223372036854775807.50"_s << Rounding::HalfUp << minPesos;
}

void TestMoney::parse()
{
    QFETCH(QString, input);
    QFETCH(Rounding, rounding);
    QFETCH(qint64, pesos);

    const auto parsed = Money::parse(input, rounding);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message()));
    QCOMPARE(parsed->pesos(), pesos);
}

void TestMoney::parseInvalid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<Rounding>("rounding");
    QTest::addColumn<QString>("messagePart");

    const QString empty = u"está vacío"_s;
    const QString spaces = u"no se admiten espacios"_s;
    const QString separators = u"separadores de miles"_s;
    const QString decimals = u"más de dos decimales"_s;
    const QString exponent = u"exponente"_s;
    const QString sign = u"solo se admite un signo «-» al comienzo"_s;
    const QString character = u"no se admite; solo dígitos"_s;
    const QString range = u"excede el rango"_s;
    const QString cents = u"tiene centavos; los montos en pesos son enteros"_s;

    QTest::newRow("empty") << QString() << Rounding::Truncate << empty;
    QTest::newRow("blank") << u"  "_s << Rounding::HalfUp << empty;
    QTest::newRow("space inside") << u"141 418"_s << Rounding::Truncate << spaces;
    QTest::newRow("space after sign") << u"- 12"_s << Rounding::Truncate << spaces;
    QTest::newRow("tab inside") << u"141\t418"_s << Rounding::Truncate << spaces;
    QTest::newRow("thousands comma") << u"141,418"_s << Rounding::Truncate << separators;
    QTest::newRow("decimal comma") << u"141418,79"_s << Rounding::Truncate << separators;
    QTest::newRow("thousands dots") << u"1.141.418"_s << Rounding::Truncate << separators;
    QTest::newRow("three decimals") << u"141418.790"_s << Rounding::Truncate << decimals;
    QTest::newRow("one thousands dot") << u"141.418"_s << Rounding::HalfUp << decimals;
    QTest::newRow("exponent") << u"1e5"_s << Rounding::Truncate << exponent;
    QTest::newRow("exponent upper") << u"1.5E3"_s << Rounding::Truncate << exponent;
    QTest::newRow("plus sign") << u"+12"_s << Rounding::Truncate << sign;
    QTest::newRow("trailing minus") << u"12-"_s << Rounding::Truncate << sign;
    QTest::newRow("double minus") << u"--12"_s << Rounding::Truncate << sign;
    QTest::newRow("currency sign") << u"$141418"_s << Rounding::Truncate << character;
    QTest::newRow("letters") << u"12abc"_s << Rounding::Truncate << character;
    QTest::newRow("non-ASCII digits") << u"١٢"_s << Rounding::Truncate << character;
    QTest::newRow("sign alone") << u"-"_s << Rounding::Truncate << u"no tiene dígitos"_s;
    QTest::newRow("no integer part") << u".50"_s << Rounding::HalfUp << u"faltan dígitos antes del punto"_s;
    QTest::newRow("no fraction") << u"12."_s << Rounding::Truncate << u"faltan decimales"_s;
    QTest::newRow("one above largest") << u"9223372036854775808"_s << Rounding::Truncate << range;
    QTest::newRow("one below smallest") << u"-9223372036854775809"_s << Rounding::Truncate << range;
    QTest::newRow("beyond 64 bits") << u"99999999999999999999999"_s << Rounding::Truncate << range;
    QTest::newRow("rounds above largest") << u"9223372036854775807.50"_s << Rounding::HalfUp << range;
    QTest::newRow("rounds below smallest") << u"-9223372036854775808.50"_s << Rounding::HalfUp << range;
    QTest::newRow("cents exact") << u"141418.79"_s << Rounding::Exact << cents;
    QTest::newRow("one decimal exact") << u"141418.5"_s << Rounding::Exact << cents;
    QTest::newRow("negative cents exact") << u"-0.01"_s << Rounding::Exact << cents;
}

void TestMoney::parseInvalid()
{
    QFETCH(QString, input);
    QFETCH(Rounding, rounding);
    QFETCH(QString, messagePart);

    const auto parsed = Money::parse(input, rounding);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().code(), ErrorCode::InvalidInput);
    QVERIFY2(parsed.error().message().contains(messagePart), qPrintable(parsed.error().message()));
    if (!input.trimmed().isEmpty()) {
        QVERIFY2(parsed.error().message().contains(input.trimmed()), qPrintable(parsed.error().message()));
    }
}

void TestMoney::errorKindsHaveDistinctMessages()
{
    const QList<std::pair<QString, Rounding>> samples {
        { QString(), Rounding::Truncate },
        { u"141 418"_s, Rounding::Truncate },
        { u"141,418"_s, Rounding::Truncate },
        { u"141418.790"_s, Rounding::Truncate },
        { u"1e5"_s, Rounding::Truncate },
        { u"+12"_s, Rounding::Truncate },
        { u"$12"_s, Rounding::Truncate },
        { u"-"_s, Rounding::Truncate },
        { u".5"_s, Rounding::Truncate },
        { u"5."_s, Rounding::Truncate },
        { u"9223372036854775808"_s, Rounding::Truncate },
        { u"12.34"_s, Rounding::Exact },
    };
    QSet<QString> reasons;
    for (const auto& [input, rounding] : samples) {
        const auto parsed = Money::parse(input, rounding);
        QVERIFY2(!parsed.ok(), qPrintable(input));
        QString reason = parsed.error().message();
        if (!input.isEmpty()) {
            reason.replace(input, QString());
        }
        reasons.insert(reason);
    }
    QCOMPARE(reasons.size(), samples.size());
}

void TestMoney::exactNamesTheCents()
{
    const auto parsed = Money::parse(u"141418.79"_s);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().message(), u"141418.79 tiene centavos; los montos en pesos son enteros"_s);
}

void TestMoney::formatting_data()
{
    QTest::addColumn<qint64>("pesos");
    QTest::addColumn<QString>("plain");
    QTest::addColumn<QString>("decimal");
    QTest::addColumn<QString>("display");

    QTest::newRow("zero") << qint64(0) << u"0"_s << u"0.00"_s << u"$0"_s;
    QTest::newRow("three digits") << qint64(999) << u"999"_s << u"999.00"_s << u"$999"_s;
    QTest::newRow("four digits") << qint64(1000) << u"1000"_s << u"1000.00"_s << u"$1.000"_s;
    QTest::newRow("bank's example") << qint64(141418) << u"141418"_s << u"141418.00"_s << u"$141.418"_s;
    QTest::newRow("million") << qint64(1000000) << u"1000000"_s << u"1000000.00"_s << u"$1.000.000"_s;
    QTest::newRow("negative") << qint64(-1234) << u"-1234"_s << u"-1234.00"_s << u"-$1.234"_s;
    QTest::newRow("negative small") << qint64(-5) << u"-5"_s << u"-5.00"_s << u"-$5"_s;
    QTest::newRow("largest") << maxPesos << u"9223372036854775807"_s << u"9223372036854775807.00"_s
                             << u"$9.223.372.036.854.775.807"_s;
    QTest::newRow("smallest") << minPesos << u"-9223372036854775808"_s << u"-9223372036854775808.00"_s
                              << u"-$9.223.372.036.854.775.808"_s;
}

void TestMoney::formatting()
{
    QFETCH(qint64, pesos);
    QFETCH(QString, plain);
    QFETCH(QString, decimal);
    QFETCH(QString, display);

    const Money money = Money::fromPesos(pesos);
    QCOMPARE(money.pesos(), pesos);
    QCOMPARE(money.toPlainString(), plain);
    QCOMPARE(money.toDecimalString(), decimal);
    QCOMPARE(money.toDisplayString(), display);
}

void TestMoney::formatsParseBack()
{
    const QList<qint64> values { 0, 1, -1, 999, 1000, -1000, 141418, 123456789, maxPesos, minPesos, maxPesos - 1 };
    for (qint64 pesos : values) {
        const Money money = Money::fromPesos(pesos);
        QCOMPARE(Money::parse(money.toPlainString()).value(), money);
        QCOMPARE(Money::parse(money.toDecimalString()).value(), money);
    }
}

void TestMoney::plusAndMinus()
{
    const Money a = Money::fromPesos(141418);
    const Money b = Money::fromPesos(-18);
    QCOMPARE(a.plus(b).value().pesos(), qint64(141400));
    QCOMPARE(a.minus(b).value().pesos(), qint64(141436));
    QCOMPARE(Money::fromPesos(maxPesos).plus(Money::fromPesos(minPesos)).value().pesos(), qint64(-1));
    QCOMPARE(Money::fromPesos(-1).minus(Money::fromPesos(maxPesos)).value().pesos(), minPesos);
}

void TestMoney::plusAndMinusReportOverflow()
{
    const auto plus = Money::fromPesos(maxPesos).plus(Money::fromPesos(1));
    QVERIFY(!plus.ok());
    QVERIFY2(plus.error().message().contains(u"excede el rango"_s), qPrintable(plus.error().message()));
    QVERIFY(!Money::fromPesos(minPesos).plus(Money::fromPesos(-1)).ok());
    const auto minus = Money::fromPesos(minPesos).minus(Money::fromPesos(1));
    QVERIFY(!minus.ok());
    QVERIFY2(minus.error().message().contains(u"excede el rango"_s), qPrintable(minus.error().message()));
    QVERIFY(!Money::fromPesos(0).minus(Money::fromPesos(minPesos)).ok());
    QVERIFY(!Money::fromPesos(maxPesos).minus(Money::fromPesos(-1)).ok());
}

void TestMoney::sum_data()
{
    QTest::addColumn<QList<qint64>>("amounts");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("total");

    QTest::newRow("empty") << QList<qint64> {} << true << qint64(0);
    QTest::newRow("invoices") << QList<qint64> { 141418, 250000, -18, 1 } << true << qint64(391401);
    QTest::newRow("largest alone") << QList<qint64> { maxPesos } << true << maxPesos;
    QTest::newRow("smallest alone") << QList<qint64> { minPesos } << true << minPesos;
    // The running total would leave the range after the first two, but the total fits.
    QTest::newRow("order does not matter") << QList<qint64> { maxPesos, 1, -1 } << true << maxPesos;
    QTest::newRow("extremes cancel") << QList<qint64> { maxPesos, maxPesos, minPesos, minPesos + 1 } << true
                                     << qint64(-1);
    QTest::newRow("order does not matter, negative") << QList<qint64> { minPesos, -1, 1 } << true << minPesos;
    QTest::newRow("above largest") << QList<qint64> { maxPesos, 1 } << false << qint64(0);
    QTest::newRow("below smallest") << QList<qint64> { minPesos, -1 } << false << qint64(0);
    QTest::newRow("two halves too many") << QList<qint64> { maxPesos / 2 + 1, maxPesos / 2 + 1 } << false << qint64(0);
}

void TestMoney::sum()
{
    QFETCH(QList<qint64>, amounts);
    QFETCH(bool, ok);
    QFETCH(qint64, total);

    QList<Money> money;
    for (qint64 pesos : amounts) {
        money.append(Money::fromPesos(pesos));
    }
    const auto result = Money::sum(money);
    QCOMPARE(result.ok(), ok);
    if (ok) {
        QCOMPARE(result->pesos(), total);
    } else {
        QVERIFY2(result.error().message().contains(u"excede el rango"_s), qPrintable(result.error().message()));
    }
}

void TestMoney::comparison()
{
    const Money small = Money::fromPesos(-5);
    const Money large = Money::fromPesos(141418);
    QVERIFY(small < large);
    QVERIFY(large > small);
    QVERIFY(small <= small);
    QVERIFY(large >= large);
    QVERIFY(small != large);
    QVERIFY(Money::fromPesos(12) == Money::parse(u"12.00"_s).value());
    QCOMPARE(Money().pesos(), qint64(0));
}

QTEST_GUILESS_MAIN(TestMoney)
#include "TestMoney.moc"
