// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "collection/BankRut.h"

#include <QTest>

using namespace factora::core;

/** @brief The readings of a bank's rut_cliente: with or without dots, hyphen and check digit. */
class TestBankRut : public QObject
{
    Q_OBJECT

private slots:
    void readings_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected"); // canonical, in order; empty = invalid

        QTest::newRow("canonical") << u"32038400-1"_qs << QStringList { u"32038400-1"_qs };
        QTest::newRow("dotted with hyphen") << u"76.354.771-k"_qs << QStringList { u"76354771-K"_qs };
        QTest::newRow("final K without hyphen") << u"76354771K"_qs << QStringList { u"76354771-K"_qs };
        // The seed's own query example: both readings are valid RUTs, the check-digit one first.
        QTest::newRow("seed 17778633 is ambiguous")
            << u"17778633"_qs << QStringList { u"1777863-3"_qs, u"17778633-0"_qs };
        QTest::newRow("body only") << u"32038400"_qs << QStringList { u"32038400-1"_qs };
        QTest::newRow("dotted body only") << u"32.038.400"_qs << QStringList { u"32038400-1"_qs };
        QTest::newRow("nine digits with check digit") << u"320384001"_qs << QStringList { u"32038400-1"_qs };
        QTest::newRow("spaces around") << u"  12345678-5 "_qs << QStringList { u"12345678-5"_qs };
        // Wrong check digits are invalid queries, with or without hyphen.
        QTest::newRow("seed 32038400-7: wrong check digit") << u"32038400-7"_qs << QStringList {};
        QTest::newRow("nine digits, wrong check digit") << u"320384007"_qs << QStringList {};
        QTest::newRow("K that is wrong") << u"32038400K"_qs << QStringList {};
        QTest::newRow("empty") << u""_qs << QStringList {};
        QTest::newRow("letters") << u"abc"_qs << QStringList {};
        QTest::newRow("zero") << u"0"_qs << QStringList {};
        QTest::newRow("too long") << u"1234567890"_qs << QStringList {};
    }

    void readings()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        const auto candidates = BankRut::candidates(text);
        if (expected.isEmpty()) {
            QVERIFY(!candidates.ok());
            QCOMPARE(candidates.error().code(), ErrorCode::InvalidInput);
            QVERIFY(!candidates.error().message().isEmpty());
            return;
        }
        QVERIFY2(candidates.ok(), qPrintable(candidates.ok() ? QString() : candidates.error().message()));
        QStringList got;
        for (const Rut& rut : candidates.value())
            got << rut.toString();
        QCOMPARE(got, expected);
    }
};

QTEST_GUILESS_MAIN(TestBankRut)
#include "TestBankRut.moc"
