// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "cession/CessionState.h"

#include <QSet>
#include <QTest>

using namespace factora::core;

Q_DECLARE_METATYPE(factora::core::CessionState)

/** @brief The cession state machine: every pair of states is either an allowed or a refused transition. */
class TestCessionState : public QObject
{
    Q_OBJECT

private:
    using S = CessionState;

    /** The allowed transitions, written out independently of the implementation's table. */
    static QList<QPair<S, S>> allowed()
    {
        return { { S::Built, S::Signed },        { S::Signed, S::Submitting },   { S::Submitting, S::Submitted },
                 { S::Submitting, S::Rejected }, { S::Submitting, S::Signed },   { S::Submitting, S::Annotated },
                 { S::Submitted, S::Received },  { S::Submitted, S::Annotated }, { S::Submitted, S::Rejected },
                 { S::Submitted, S::Annulled },  { S::Received, S::Annotated },  { S::Received, S::Rejected },
                 { S::Received, S::Annulled },   { S::Annotated, S::Annulled },  { S::Rejected, S::Submitting } };
    }

private slots:
    void everyPair_data()
    {
        QTest::addColumn<S>("from");
        QTest::addColumn<S>("to");
        QTest::addColumn<bool>("expected");
        const auto pairs = allowed();
        for (const S from : CessionStates::all()) {
            for (const S to : CessionStates::all()) {
                const QString name = CessionStates::name(from) + u" -> "_qs + CessionStates::name(to);
                QTest::newRow(qPrintable(name)) << from << to << pairs.contains({ from, to });
            }
        }
    }

    void everyPair()
    {
        QFETCH(S, from);
        QFETCH(S, to);
        QFETCH(bool, expected);
        QCOMPARE(CessionStates::canTransition(from, to), expected);
        const Status checked = CessionStates::checkTransition(from, to);
        QCOMPARE(checked.ok(), expected);
        if (!expected) {
            QCOMPARE(checked.error().code(), ErrorCode::Conflict);
            QVERIFY(checked.error().message().contains(CessionStates::name(from)));
            QVERIFY(checked.error().message().contains(CessionStates::name(to)));
        }
        QCOMPARE(CessionStates::successors(from).contains(to), expected);
    }

    void finalStatesOnlyLeadToAnnulment()
    {
        QCOMPARE(CessionStates::successors(S::Annulled), QList<S> {});
        QCOMPARE(CessionStates::successors(S::Annotated), QList<S> { S::Annulled });
        QCOMPARE(CessionStates::successors(S::Rejected), QList<S> { S::Submitting });
    }

    void namesRoundTrip()
    {
        QCOMPARE(CessionStates::all().size(), 8);
        QSet<QString> names;
        for (const S state : CessionStates::all()) {
            names << CessionStates::name(state);
            QCOMPARE(CessionStates::fromName(CessionStates::name(state)), std::optional<S>(state));
            QVERIFY(!CessionStates::description(state).isEmpty());
        }
        QCOMPARE(names.size(), 8);
        QCOMPARE(CessionStates::fromName(u"anotada"_qs), std::nullopt);
    }

    void envioCodes_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("state"); // -1: no state
        QTest::newRow("UPL") << u"UPL"_qs << int(S::Submitted);
        for (const char* code : { "RCP", "SOK", "FSO", "COK", "VDC", "VCS" })
            QTest::newRow(code) << QString::fromLatin1(code) << int(S::Received);
        QTest::newRow("EOK") << u"EOK"_qs << int(S::Annotated);
        QTest::newRow("EOK with spaces") << u" EOK "_qs << int(S::Annotated);
        for (const char* code : { "RSC", "RFS", "RCR", "RDC", "RCS" })
            QTest::newRow(code) << QString::fromLatin1(code) << int(S::Rejected);
        QTest::newRow("EAN") << u"EAN"_qs << int(S::Annulled);
        QTest::newRow("RCT is DTEUpload's, not RTC's") << u"RCT"_qs << -1;
        QTest::newRow("lower case") << u"eok"_qs << -1;
        QTest::newRow("empty") << QString() << -1;
    }

    void envioCodes()
    {
        QFETCH(QString, code);
        QFETCH(int, state);
        const auto mapped = CessionStates::forEnvioCode(code);
        if (state < 0)
            QCOMPARE(mapped, std::nullopt);
        else
            QCOMPARE(mapped, std::optional<S>(S(state)));
    }

    void awaitingSii()
    {
        for (const S state : CessionStates::all())
            QCOMPARE(CessionStates::isAwaitingSii(state), state == S::Submitted || state == S::Received);
    }
};

QTEST_GUILESS_MAIN(TestCessionState)
#include "TestCessionState.moc"
