// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "ScreenshotHook.h"

#include <QImage>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>

using factora::ui::ScreenshotHook;
using namespace std::chrono_literals;

// Each function ends with the hook calling QCoreApplication::exit(), so none of them may run an event loop after.
class TestScreenshotHook : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unarmedWithoutTheVariable()
    {
        qunsetenv("FACTORA_SCREENSHOT");
        QCOMPARE(ScreenshotHook::fromEnvironment(this), nullptr);
    }

    void savesTheShownWindow()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("ventana.png"));
        qputenv("FACTORA_SCREENSHOT", path.toUtf8());
        qputenv("FACTORA_SCREENSHOT_DELAY_MS", "50");
        ScreenshotHook* hook = ScreenshotHook::fromEnvironment(this);
        QVERIFY(hook);

        QLabel window(QStringLiteral("Factora"));
        window.resize(321, 123);
        window.show();
        QTRY_VERIFY_WITH_TIMEOUT(hook->isFinished(), 10000);
        QCOMPARE(hook->exitCode(), 0);
        const QImage picture(path);
        QVERIFY(!picture.isNull());
        QCOMPARE(picture.size(), QSize(321, 123) * window.devicePixelRatio());
    }

    void failsWhenThePictureCannotBeWritten()
    {
        ScreenshotHook hook(QStringLiteral("/nonexistent-folder/ventana.png"), 0ms);
        QLabel window(QStringLiteral("Factora"));
        window.show();
        QTRY_VERIFY_WITH_TIMEOUT(hook.isFinished(), 10000);
        QCOMPARE(hook.exitCode(), 1);
    }
};

QTEST_MAIN(TestScreenshotHook)
#include "TestScreenshotHook.moc"
