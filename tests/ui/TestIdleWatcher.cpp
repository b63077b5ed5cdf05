// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "session/IdleWatcher.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QWidget>

using factora::ui::IdleWatcher;
using namespace std::chrono_literals;

class TestIdleWatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emitsIdleOnceAfterTheTimeout()
    {
        IdleWatcher watcher(150ms);
        QSignalSpy idle(&watcher, &IdleWatcher::idle);
        QElapsedTimer elapsed;
        elapsed.start();
        watcher.start();
        QVERIFY(watcher.isActive());
        QTRY_COMPARE_WITH_TIMEOUT(idle.count(), 1, 5000);
        QVERIFY(elapsed.elapsed() >= 150);
        QVERIFY(!watcher.isActive());
        QTest::qWait(400);
        QCOMPARE(idle.count(), 1);
    }

    void inputPostponesIdle()
    {
        QWidget widget;
        widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&widget));
        IdleWatcher watcher(1000ms);
        QSignalSpy idle(&watcher, &IdleWatcher::idle);
        watcher.start();
        // Two seconds of typing and mouse moves, 100 ms apart: twice the timeout without ever being idle.
        QElapsedTimer typing;
        typing.start();
        bool key = true;
        while (typing.elapsed() < 2000) {
            if (key)
                QTest::keyClick(&widget, Qt::Key_A);
            else
                QTest::mouseMove(&widget, QPoint(10 + int(typing.elapsed() % 50), 10));
            key = !key;
            QTest::qWait(100);
        }
        QCOMPARE(idle.count(), 0);
        QVERIFY(watcher.isActive());
        QTRY_COMPARE_WITH_TIMEOUT(idle.count(), 1, 5000);
    }

    void stopPreventsIdle()
    {
        IdleWatcher watcher(100ms);
        QSignalSpy idle(&watcher, &IdleWatcher::idle);
        watcher.start();
        watcher.stop();
        QVERIFY(!watcher.isActive());
        QTest::qWait(400);
        QCOMPARE(idle.count(), 0);
    }

    void zeroTimeoutNeverIdles()
    {
        IdleWatcher watcher(0ms);
        QSignalSpy idle(&watcher, &IdleWatcher::idle);
        watcher.start();
        QVERIFY(!watcher.isActive());
        QTest::qWait(300);
        QCOMPARE(idle.count(), 0);
    }
};

QTEST_MAIN(TestIdleWatcher)
#include "TestIdleWatcher.moc"
