// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "collection/CollectionCodes.h"
#include "collection/DebtQueryAnswer.h"
#include "collection/NotificationAnswer.h"
#include "collection/PaymentNotification.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace factora::core;

/** @brief Structure 3 read strictly, and the JSON of structures 2 and 4 with the contract's names and types. */
class TestPaymentNotification : public QObject
{
    Q_OBJECT

private:
    std::optional<BankingCalendar> m_calendar;

    static QJsonObject valid()
    {
        return { { u"fecha-pago"_qs, u"2026-11-20 12:42"_qs },
                 { u"transaccion"_qs, u"431163b3-d168-4418-a5a8-23db71573223"_qs },
                 { u"rut_cliente"_qs, u"32038400-1"_qs },
                 { u"vencimiento"_qs, u"2026-11-13"_qs },
                 { u"facturas_pagar"_qs, 2 },
                 { u"id_facturas"_qs, QJsonArray { 134371, 12 } },
                 { u"nombre"_qs, u"test-user0014 test-user0014"_qs },
                 { u"total"_qs, u"141418"_qs } };
    }

    static QByteArray bytes(const QJsonObject& object) { return QJsonDocument(object).toJson(QJsonDocument::Compact); }

private slots:
    void initTestCase()
    {
        auto calendar = BankingCalendar::create();
        QVERIFY2(calendar.ok(), qPrintable(calendar.ok() ? QString() : calendar.error().message()));
        m_calendar = calendar.value();
    }

    void readsTheSeedExample()
    {
        // The seed's structure-3 example made valid JSON (missing comma, typographic quotes) and given the RUT's
        // correct check digit (the seed's 32038400-7 fails módulo 11).
        QFile file(qEnvironmentVariable("FACTORA_TEST_DATA_DIR") + u"/collection/notificacion_seed.json"_qs);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto n = PaymentNotification::parse(file.readAll(), *m_calendar);
        QVERIFY2(n.ok(), qPrintable(n.ok() ? QString() : n.error().message()));
        QCOMPARE(n->transaccion, u"431163b3-d168-4418-a5a8-23db71573223"_qs);
        QCOMPARE(n->rutCandidates.size(), 1);
        QCOMPARE(n->rutCandidates.first().toString(), u"32038400-1"_qs);
        QCOMPARE(n->invoiceIds, QList<qint64> { 134371 });
        QCOMPARE(n->facturasPagar, 1);
        QCOMPARE(n->vencimiento, QDate(2021, 8, 13));
        QCOMPARE(n->totalText, u"141418.79"_qs);
        QVERIFY(!n->total.has_value()); // a fraction of a peso: never equal to a total Factora answered
        // Friday 2021-08-13 12:42 Santiago (UTC-4) is before the 14:00 cut-off of a banking day.
        QCOMPARE(n->paidAt.toUTC(), QDateTime(QDate(2021, 8, 13), QTime(16, 42), Qt::UTC));
        QCOMPARE(n->accountingDate, QDate(2021, 8, 13));
    }

    void accountingDateCutOff_data()
    {
        QTest::addColumn<QString>("fechaPago");
        QTest::addColumn<QDate>("expected");
        QTest::newRow("14:00 same day") << u"2026-11-20 14:00"_qs << QDate(2026, 11, 20);
        QTest::newRow("14:01 Friday to Monday") << u"2026-11-20 14:01"_qs << QDate(2026, 11, 23);
        QTest::newRow("Saturday to Monday") << u"2026-11-21 09:00"_qs << QDate(2026, 11, 23);
        QTest::newRow("holiday 2026-12-08 to next day") << u"2026-12-08 10:00"_qs << QDate(2026, 12, 9);
    }

    void accountingDateCutOff()
    {
        QFETCH(QString, fechaPago);
        QFETCH(QDate, expected);
        QJsonObject object = valid();
        object.insert(u"fecha-pago"_qs, fechaPago);
        const auto n = PaymentNotification::parse(bytes(object), *m_calendar);
        QVERIFY2(n.ok(), qPrintable(n.ok() ? QString() : n.error().message()));
        QCOMPARE(n->accountingDate, expected);
    }

    void toleratesUnknownKeys()
    {
        QJsonObject object = valid();
        object.insert(u"canal"_qs, u"CV"_qs);
        QVERIFY(PaymentNotification::parse(bytes(object), *m_calendar).ok());
    }

    void refuses_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");

        const auto with = [](const QString& key, const QJsonValue& value) {
            QJsonObject object = valid();
            object.insert(key, value);
            return bytes(object);
        };
        const auto without = [](const QString& key) {
            QJsonObject object = valid();
            object.remove(key);
            return bytes(object);
        };
        QTest::newRow("not JSON") << QByteArray("{\"transaccion\": ") << u"no es JSON válido"_qs;
        QTest::newRow("array") << QByteArray("[1]") << u"objeto JSON"_qs;
        QTest::newRow("too big") << QByteArray(PaymentNotification::maximumBodySize + 1, ' ') << u"el máximo es"_qs;
        for (const QString& key : valid().keys())
            QTest::newRow(qPrintable(u"missing "_qs + key)) << without(key) << u"Falta la llave «%1»"_qs.arg(key);
        QTest::newRow("total as number") << with(u"total"_qs, 141418) << u"«total» debe ser texto"_qs;
        QTest::newRow("total not an amount") << with(u"total"_qs, u"141.418"_qs) << u"total «141.418»"_qs;
        QTest::newRow("total too long") << with(u"total"_qs, QString(21, u'1')) << u"«total» tiene 21"_qs;
        QTest::newRow("transaccion too long")
            << with(u"transaccion"_qs, QString(41, u'a')) << u"«transaccion» tiene 41"_qs;
        QTest::newRow("transaccion empty") << with(u"transaccion"_qs, u""_qs) << u"«transaccion» está vacía"_qs;
        QTest::newRow("rut wrong check digit")
            << with(u"rut_cliente"_qs, u"32038400-7"_qs) << u"rut_cliente «32038400-7»"_qs;
        QTest::newRow("rut too long") << with(u"rut_cliente"_qs, QString(31, u'1')) << u"«rut_cliente» tiene 31"_qs;
        QTest::newRow("nombre too long") << with(u"nombre"_qs, QString(101, u'a')) << u"«nombre» tiene 101"_qs;
        QTest::newRow("fecha-pago with seconds")
            << with(u"fecha-pago"_qs, u"2026-11-20 12:42:00"_qs) << u"«fecha-pago» tiene 19"_qs;
        QTest::newRow("fecha-pago ISO T") << with(u"fecha-pago"_qs, u"2026-11-20T12:42"_qs) << u"fecha-pago:"_qs;
        QTest::newRow("fecha-pago impossible") << with(u"fecha-pago"_qs, u"2026-02-30 12:42"_qs) << u"fecha-pago:"_qs;
        QTest::newRow("fecha-pago out of calendar")
            << with(u"fecha-pago"_qs, u"2019-02-01 12:42"_qs) << u"fecha-pago:"_qs;
        QTest::newRow("vencimiento shape")
            << with(u"vencimiento"_qs, u"13-11-2026"_qs) << u"vencimiento «13-11-2026»"_qs;
        QTest::newRow("facturas_pagar as text")
            << with(u"facturas_pagar"_qs, u"2"_qs) << u"facturas_pagar debe ser un número entero"_qs;
        QTest::newRow("facturas_pagar fraction")
            << with(u"facturas_pagar"_qs, 1.5) << u"facturas_pagar debe ser un número entero"_qs;
        QTest::newRow("facturas_pagar disagrees")
            << with(u"facturas_pagar"_qs, 3) << u"facturas_pagar es 3 pero id_facturas tiene 2"_qs;
        QTest::newRow("id_facturas not array") << with(u"id_facturas"_qs, 134371) << u"debe ser un arreglo"_qs;
        QTest::newRow("id_facturas strings")
            << with(u"id_facturas"_qs, QJsonArray { u"134371"_qs, 12 }) << u"id_facturas[0]"_qs;
        QTest::newRow("id_facturas negative") << with(u"id_facturas"_qs, QJsonArray { -1, 12 }) << u"id_facturas[0]"_qs;
        QTest::newRow("id_facturas repeated")
            << with(u"id_facturas"_qs, QJsonArray { 12, 12 }) << u"repite la factura 12"_qs;
    }

    void refuses()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        const auto n = PaymentNotification::parse(body, *m_calendar);
        QVERIFY(!n.ok());
        QCOMPARE(n.error().code(), ErrorCode::InvalidInput);
        QVERIFY2(n.error().message().contains(expected), qPrintable(n.error().message()));
    }

    void transaccionOfARefusedBody()
    {
        QJsonObject object = valid();
        object.insert(u"total"_qs, 5);
        QCOMPARE(PaymentNotification::transaccionOf(bytes(object)), u"431163b3-d168-4418-a5a8-23db71573223"_qs);
        QCOMPARE(PaymentNotification::transaccionOf("no json"), QString());
    }

    void debtAnswerJsonHasTheContractTypes()
    {
        DebtQueryAnswer answer;
        answer.transaccion = u"431163b3-d168-4418-a5a8-23db71573223"_qs;
        answer.rutCliente = u"32038400-1"_qs;
        answer.nombre = u"test-user0014 test-user0014"_qs;
        answer.total = Money::fromPesos(141418);
        answer.vencimiento = QDate(2021, 8, 13);
        answer.invoiceIds = { 134371 };
        const QJsonObject json = QJsonDocument::fromJson(answer.toJsonBytes()).object();
        QCOMPARE(json.size(), 7);
        QVERIFY(json.value(u"total"_qs).isString());
        QCOMPARE(json.value(u"total"_qs).toString(), u"141418"_qs);
        QCOMPARE(json.value(u"vencimiento"_qs).toString(), u"2021-08-13"_qs);
        QVERIFY(json.value(u"facturas_pagar"_qs).isDouble());
        QCOMPARE(json.value(u"facturas_pagar"_qs).toInt(), 1);
        QCOMPARE(json.value(u"id_facturas"_qs).toArray(), QJsonArray { 134371 });
        QCOMPARE(json.value(u"rut_cliente"_qs).toString(), u"32038400-1"_qs);
        QCOMPARE(json.value(u"nombre"_qs).toString(), u"test-user0014 test-user0014"_qs);
        QCOMPARE(json.value(u"transaccion"_qs).toString(), answer.transaccion);

        const DebtQueryAnswer error = DebtQueryAnswer::failure(CollectionCode::RutNotFound, QString(150, u'x'));
        const QJsonObject errorJson = QJsonDocument::fromJson(error.toJsonBytes()).object();
        QCOMPARE(errorJson.size(), 2);
        QCOMPARE(errorJson.value(u"codigo_error"_qs).toInt(), 1004);
        QCOMPARE(errorJson.value(u"mensaje_error"_qs).toString().size(), 100);
    }

    void notificationAnswerCodes_data()
    {
        using O = NotificationAnswer::Outcome;
        QTest::addColumn<int>("outcome");
        QTest::addColumn<int>("code");
        QTest::newRow("applied") << int(O::Applied) << 1000;
        QTest::newRow("replay") << int(O::Replay) << 1000;
        QTest::newRow("invalid") << int(O::Invalid) << 1003;
        QTest::newRow("unknown") << int(O::UnknownTransaccion) << 2003;
        QTest::newRow("mismatch") << int(O::Mismatch) << 2003;
        QTest::newRow("already paid") << int(O::AlreadyPaid) << 2003;
        QTest::newRow("error") << int(O::Error) << 2003;
    }

    void notificationAnswerCodes()
    {
        QFETCH(int, outcome);
        QFETCH(int, code);
        const auto answer = NotificationAnswer::make(static_cast<NotificationAnswer::Outcome>(outcome), u"x"_qs);
        const QJsonObject json = QJsonDocument::fromJson(answer.toJsonBytes()).object();
        QCOMPARE(json.size(), 2);
        QCOMPARE(json.value(u"codigo_resultado"_qs).toInt(), code);
        QVERIFY(json.value(u"resultado"_qs).isString());
        QVERIFY(!json.value(u"resultado"_qs).toString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPaymentNotification)
#include "TestPaymentNotification.moc"
