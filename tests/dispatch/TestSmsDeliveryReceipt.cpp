// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
// SmsDeliveryReceipt::fromJson: the receipt callback's strict JSON contract (docs/dispatch-channels.md).
#include "dispatch/SmsDeliveryReceipt.h"

#include <QTest>
#include <QTimeZone>

using namespace factora::core;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(factora::core::SmsDeliveryReceipt::Status)

class TestSmsDeliveryReceipt : public QObject
{
    Q_OBJECT

private slots:
    void parsesValidReceipts_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("providerId");
        QTest::addColumn<SmsDeliveryReceipt::Status>("status");
        QTest::addColumn<QDateTime>("at");
        QTest::addColumn<QString>("detail");
        QTest::addColumn<QString>("reference");

        using S = SmsDeliveryReceipt::Status;
        const QDateTime utc(QDate(2026, 11, 22), QTime(10, 15, 0), Qt::UTC);
        QTest::newRow("delivered, Z") << QByteArray(
            "{\"id\":\"msg-1\",\"status\":\"delivered\",\"at\":\"2026-11-22T10:15:00Z\"}")
                                      << u"msg-1"_s << S::Delivered << utc << QString() << QString();
        QTest::newRow("failed with offset, detail and reference")
            << QByteArray("{\"id\":\"A9\",\"status\":\"failed\",\"at\":\"2026-11-22T07:15:00-03:00\",\"detail\":"
                          "\"número inexistente\",\"reference\":\"d-42\"}")
            << u"A9"_s << S::Failed << utc << u"número inexistente"_s << u"d-42"_s;
        QTest::newRow("pending with milliseconds")
            << QByteArray("{\"status\":\"pending\",\"id\":\"x\",\"at\":\"2026-11-22T10:15:00.250Z\"}") << u"x"_s
            << S::Pending << utc.addMSecs(250) << QString() << QString();
    }

    void parsesValidReceipts()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, providerId);
        QFETCH(SmsDeliveryReceipt::Status, status);
        QFETCH(QDateTime, at);
        QFETCH(QString, detail);
        QFETCH(QString, reference);
        const Result<SmsDeliveryReceipt> receipt = SmsDeliveryReceipt::fromJson(json);
        QVERIFY2(receipt.ok(), qPrintable(receipt.ok() ? QString() : receipt.error().message()));
        QCOMPARE(receipt->providerId, providerId);
        QCOMPARE(receipt->status, status);
        QCOMPARE(receipt->at, at);
        QCOMPARE(receipt->at.timeSpec(), Qt::UTC);
        QCOMPARE(receipt->detail, detail);
        QCOMPARE(receipt->reference, reference);
    }

    void refusesMalformedReceipts_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("named"); // a piece of the message that names the problem

        QTest::newRow("not JSON") << QByteArray("id=1&status=delivered") << u"no es JSON"_s;
        QTest::newRow("truncated") << QByteArray("{\"id\":\"1\",\"status\":\"deliv") << u"no es JSON"_s;
        QTest::newRow("trailing garbage")
            << QByteArray("{\"id\":\"1\",\"status\":\"delivered\",\"at\":\"2026-11-22T10:15:00Z\"} x")
            << u"no es JSON"_s;
        QTest::newRow("array") << QByteArray("[{\"id\":\"1\"}]") << u"objeto"_s;
        QTest::newRow("missing id") << QByteArray("{\"status\":\"delivered\",\"at\":\"2026-11-22T10:15:00Z\"}")
                                    << u"«id»"_s;
        QTest::newRow("empty id") << QByteArray(
            "{\"id\":\" \",\"status\":\"delivered\",\"at\":\"2026-11-22T10:15:00Z\"}")
                                  << u"«id» está vacío"_s;
        QTest::newRow("numeric id") << QByteArray(
            "{\"id\":17,\"status\":\"delivered\",\"at\":\"2026-11-22T10:15:00Z\"}")
                                    << u"«id» debe ser un texto"_s;
        QTest::newRow("missing status") << QByteArray("{\"id\":\"1\",\"at\":\"2026-11-22T10:15:00Z\"}")
                                        << u"«status»"_s;
        QTest::newRow("unknown status") << QByteArray(
            "{\"id\":\"1\",\"status\":\"DELIVRD\",\"at\":\"2026-11-22T10:15:00Z\"}")
                                        << u"DELIVRD"_s;
        QTest::newRow("missing at") << QByteArray("{\"id\":\"1\",\"status\":\"failed\"}") << u"«at»"_s;
        QTest::newRow("date without zone")
            << QByteArray("{\"id\":\"1\",\"status\":\"failed\",\"at\":\"2026-11-22T10:15:00\"}") << u"con zona"_s;
        QTest::newRow("epoch number") << QByteArray("{\"id\":\"1\",\"status\":\"failed\",\"at\":1795000000}")
                                      << u"«at» debe ser un texto"_s;
        QTest::newRow("impossible date") << QByteArray(
            "{\"id\":\"1\",\"status\":\"failed\",\"at\":\"2026-02-30T10:15:00Z\"}")
                                         << u"no es una fecha válida"_s;
        QTest::newRow("unknown member") << QByteArray(
            "{\"id\":\"1\",\"status\":\"failed\",\"at\":\"2026-11-22T10:15:00Z\",\"cost\":3}")
                                        << u"«cost»"_s;
        QTest::newRow("detail not text") << QByteArray(
            "{\"id\":\"1\",\"status\":\"failed\",\"at\":\"2026-11-22T10:15:00Z\",\"detail\":{}}")
                                         << u"«detail»"_s;
        QTest::newRow("too large")
            << QByteArray("{\"id\":\"1\",\"status\":\"failed\",\"at\":\"2026-11-22T10:15:00Z\",\"detail\":\"")
                + QByteArray(20000, 'x') + QByteArray("\"}")
            << u"bytes"_s;
    }

    void refusesMalformedReceipts()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, named);
        const Result<SmsDeliveryReceipt> receipt = SmsDeliveryReceipt::fromJson(json);
        QVERIFY(!receipt.ok());
        QCOMPARE(receipt.error().code(), ErrorCode::InvalidInput);
        QVERIFY2(receipt.error().message().contains(named), qPrintable(receipt.error().message()));
    }

    void statusNames()
    {
        QCOMPARE(SmsDeliveryReceipt::statusName(SmsDeliveryReceipt::Status::Delivered), u"delivered"_s);
        QCOMPARE(SmsDeliveryReceipt::statusName(SmsDeliveryReceipt::Status::Failed), u"failed"_s);
        QCOMPARE(SmsDeliveryReceipt::statusName(SmsDeliveryReceipt::Status::Pending), u"pending"_s);
    }
};

QTEST_GUILESS_MAIN(TestSmsDeliveryReceipt)
#include "TestSmsDeliveryReceipt.moc"
