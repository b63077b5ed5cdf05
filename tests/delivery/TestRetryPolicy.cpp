// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
// RetryPolicy: the backoff schedule and which failures are retried.
#include "delivery/RetryPolicy.h"

#include <QTest>

using namespace factora::core;
using namespace std::chrono_literals;

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private slots:
    void delays_data()
    {
        QTest::addColumn<int>("attempt");
        QTest::addColumn<qint64>("expectedMs");
        // firstDelay 1000 ms, factor 2, at most 5000 ms.
        QTest::newRow("first attempt waits nothing") << 1 << qint64(0);
        QTest::newRow("second waits the first delay") << 2 << qint64(1000);
        QTest::newRow("third doubles") << 3 << qint64(2000);
        QTest::newRow("fourth doubles again") << 4 << qint64(4000);
        QTest::newRow("fifth is capped") << 5 << qint64(5000);
        QTest::newRow("tenth is capped") << 10 << qint64(5000);
    }

    void delays()
    {
        QFETCH(int, attempt);
        QFETCH(qint64, expectedMs);
        const RetryPolicy policy(10, 1000ms, 2.0, 5000ms);
        QCOMPARE(policy.delayBefore(attempt).count(), expectedMs);
    }

    void atLeastOneAttempt()
    {
        QCOMPARE(RetryPolicy(0).maxAttempts(), 1);
        QCOMPARE(RetryPolicy(-3).maxAttempts(), 1);
    }

    void succeedsAfterTransientFailures()
    {
        QList<int> seen;
        const Status status = RetryPolicy(3, 1ms).run([&](int attempt) {
            seen.append(attempt);
            if (attempt < 3) {
                return RetryPolicy::Outcome { Error(ErrorCode::Unavailable, QStringLiteral("down")), true };
            }
            return RetryPolicy::Outcome {};
        });
        QVERIFY(status.ok());
        QCOMPARE(seen, (QList<int> { 1, 2, 3 }));
    }

    void stopsAtAPermanentFailure()
    {
        int calls = 0;
        const Status status = RetryPolicy(5, 1ms).run([&](int) {
            ++calls;
            return RetryPolicy::Outcome { Error(ErrorCode::Unauthenticated, QStringLiteral("530 denied")), false };
        });
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code(), ErrorCode::Unauthenticated);
        QCOMPARE(calls, 1);
    }

    void givesUpAfterMaxAttemptsWithTheLastError()
    {
        int calls = 0;
        const Status status = RetryPolicy(4, 1ms).run([&](int attempt) {
            ++calls;
            return RetryPolicy::Outcome { Error(ErrorCode::Unavailable, QStringLiteral("attempt %1").arg(attempt)),
                                          true };
        });
        QVERIFY(!status.ok());
        QCOMPARE(calls, 4);
        QCOMPARE(status.error().message(), QStringLiteral("attempt 4"));
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "TestRetryPolicy.moc"
