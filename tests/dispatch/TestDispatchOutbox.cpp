// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
// The invoice outbox (docs/dispatch.md) on the engine under test, against a real SMTP server and an SMS gateway
// on 127.0.0.1: the state machine, atomic claims, lease recovery, retries with backoff, suppression and SMS
// fallback, the append-only attempt log, search and CSV, campaigns and the retention purge.
#include "DispatchTestKit.h"

#include "dispatch/DispatchCampaignService.h"
#include "dispatch/DispatchLogExport.h"
#include "dispatch/DispatchRepository.h"
#include "dispatch/DispatchWorker.h"
#include "security/Actor.h"
#include "storage/SqlQuery.h"
#include "storage/SqlTimestamp.h"

#include <QSet>
#include <QTcpServer>
#include <QTest>

#include <mutex>
#include <thread>

using namespace factora::core;
using namespace factora::test;
using namespace Qt::StringLiterals;

namespace {

/** @brief RFC 4180 records of @p text (CRLF line ends, quoted fields may hold commas, quotes and line breaks). */
QList<QStringList> parseCsv(const QString& text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << field;
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row << field;
            rows << row;
            row.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return rows;
}

Actor tester()
{
    return Actor::system(u"test:dispatch"_s);
}

} // namespace

class TestDispatchOutbox : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<DispatchTestKit> m_kit;

    DispatchService& service() { return m_kit->service(); }
    DispatchRepository& repository() { return m_kit->service().repository(); }

    qint64 enqueue(const QString& file, const QString& email, const QString& phone = {})
    {
        DispatchRequest request = DispatchTestKit::request(file, email, phone);
        auto id = service().enqueue(request, tester());
        if (!id)
            qWarning() << id.error().message();
        return id ? *id : 0;
    }

    DispatchRecord get(qint64 id)
    {
        auto record = repository().get(id);
        return record ? *record : DispatchRecord();
    }

    QList<DispatchAttemptRecord> attemptsOf(qint64 id)
    {
        auto attempts = repository().attempts({id});
        return attempts ? *attempts : QList<DispatchAttemptRecord>();
    }

    int count(const QString& sql)
    {
        auto db = m_kit->database().connection();
        auto value = SqlQuery::scalar(*db, sql);
        return value ? value->toInt() : -1;
    }

private slots:
    void init()
    {
        QString why;
        m_kit = DispatchTestKit::create(&why);
        QVERIFY2(m_kit, qPrintable(why));
    }

    void cleanup() { m_kit.reset(); }

    void stateRules_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("queued → sending") << u"queued"_s << u"sending"_s << true;
        QTest::newRow("sending → accepted") << u"sending"_s << u"accepted"_s << true;
        QTest::newRow("sending → sending (expired lease)") << u"sending"_s << u"sending"_s << true;
        QTest::newRow("sending → retry_wait") << u"sending"_s << u"retry_wait"_s << true;
        QTest::newRow("retry_wait → sending") << u"retry_wait"_s << u"sending"_s << true;
        QTest::newRow("sending → fallback_sms") << u"sending"_s << u"fallback_sms"_s << true;
        QTest::newRow("fallback_sms → sending") << u"fallback_sms"_s << u"sending"_s << true;
        QTest::newRow("sms_sent → delivered") << u"sms_sent"_s << u"delivered"_s << true;
        QTest::newRow("accepted → sending") << u"accepted"_s << u"sending"_s << false;
        QTest::newRow("accepted → retry_wait") << u"accepted"_s << u"retry_wait"_s << false;
        QTest::newRow("delivered → failed") << u"delivered"_s << u"failed"_s << false;
        QTest::newRow("queued → accepted (no attempt)") << u"queued"_s << u"accepted"_s << false;
        QTest::newRow("sms_sent → sending") << u"sms_sent"_s << u"sending"_s << false;
    }

    void stateRules()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(bool, allowed);
        auto a = DispatchStates::parse(from);
        auto b = DispatchStates::parse(to);
        QVERIFY(a && b);
        QCOMPARE(DispatchStates::canMove(*a, *b), allowed);
        QCOMPARE(DispatchStates::name(*a), from);
    }

    void acceptedIsNeverSentAgain()
    {
        const qint64 id = enqueue(u"dte-latin1.xml"_s, u"ok@deudor.test"_s);
        QVERIFY(id > 0);
        QCOMPARE(get(id).state, DispatchState::Queued);
        auto processed = service().processDue(u"w1"_s);
        QVERIFY2(processed, qPrintable(processed ? QString() : processed.error().message()));
        QCOMPARE(*processed, 1);
        const DispatchRecord record = get(id);
        QCOMPARE(record.state, DispatchState::Accepted);
        QVERIFY(record.acceptedAt.isValid());
        const auto messages = m_kit->messagesFor(u"ok@deudor.test"_s);
        QCOMPARE(messages.size(), 1);
        QCOMPARE(messages.first().value(u"attachments"_s).toArray().size(), 1);
        const auto attempts = attemptsOf(id);
        QCOMPARE(attempts.size(), 1);
        QCOMPARE(attempts.first().outcome, u"accepted"_s);
        QCOMPARE(attempts.first().replyCode.value_or(0), 250);

        // Later claims, even long after, never pick an accepted dispatch.
        m_kit->clock().advanceSeconds(7 * 24 * 3600);
        auto again = service().processDue(u"w2"_s);
        QVERIFY(again);
        QCOMPARE(*again, 0);
        auto one = service().processOne(id, u"w2"_s);
        QVERIFY(!one);
        QCOMPARE(one.error().code(), ErrorCode::Conflict);
        QCOMPARE(m_kit->messagesFor(u"ok@deudor.test"_s).size(), 1);
    }

    void transientRetriesWithBackoffThenFallsBackToSms()
    {
        const qint64 id = enqueue(u"dte-latin1.xml"_s, QLatin1StringView(DispatchTestKit::softAddress), u"+56911111111"_s);
        QVERIFY(id > 0);
        const QDateTime start = m_kit->clock().nowUtc();
        QCOMPARE(*service().processDue(u"w"_s), 1);
        DispatchRecord record = get(id);
        QCOMPARE(record.state, DispatchState::RetryWait);
        QCOMPARE(record.nextAttemptAt, start.addSecs(60));
        QVERIFY2(record.lastReason.contains(u"451"_s), qPrintable(record.lastReason));

        // Not due before the backoff.
        m_kit->clock().advanceSeconds(59);
        QCOMPARE(*service().processDue(u"w"_s), 0);
        m_kit->clock().advanceSeconds(1);
        QCOMPARE(*service().processDue(u"w"_s), 1);
        record = get(id);
        QCOMPARE(record.state, DispatchState::RetryWait);
        QCOMPARE(record.emailAttempts, 2);
        QCOMPARE(record.nextAttemptAt, m_kit->clock().nowUtc().addSecs(120)); // base × factor

        m_kit->clock().advanceSeconds(120);
        QCOMPARE(*service().processDue(u"w"_s), 1); // third and last e-mail attempt
        record = get(id);
        QCOMPARE(record.state, DispatchState::FallbackSms);
        QCOMPARE(record.channel, DispatchChannel::Sms);
        QVERIFY2(record.lastReason.contains(u"3 intentos"_s), qPrintable(record.lastReason));
        QCOMPARE(*service().processDue(u"w"_s), 1); // the SMS goes at once
        record = get(id);
        QCOMPARE(record.state, DispatchState::SmsSent);
        QCOMPARE(m_kit->sms().requests().size(), 1);
        QCOMPARE(m_kit->sms().requests().first().value(u"reference"_s).toString(), QString::number(id));
        QVERIFY(m_kit->messagesFor(QLatin1StringView(DispatchTestKit::softAddress)).isEmpty());
        const auto attempts = attemptsOf(id);
        QCOMPARE(attempts.size(), 4);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(attempts.at(i).outcome, u"transient"_s);
            QCOMPARE(attempts.at(i).replyCode.value_or(0), 451);
            QCOMPARE(attempts.at(i).attempt, i + 1);
        }
        QCOMPARE(attempts.at(3).outcome, u"sms_accepted"_s);
    }

    void permanentFailureSuppressesAndFallsBackToSms()
    {
        const QString hard = QLatin1StringView(DispatchTestKit::hardAddress);
        const qint64 id = enqueue(u"dte-latin1.xml"_s, hard, u"+56922222222"_s);
        QCOMPARE(*service().processDue(u"w"_s), 1);
        DispatchRecord record = get(id);
        QCOMPARE(record.state, DispatchState::FallbackSms);
        auto suppression = repository().suppression(hard);
        QVERIFY(suppression && suppression->has_value());
        QCOMPARE(suppression->value().replyCode.value_or(0), 550);
        QCOMPARE(*service().processDue(u"w"_s), 1);
        record = get(id);
        QCOMPARE(record.state, DispatchState::SmsSent);
        QVERIFY(!record.smsProviderId.isEmpty());

        SmsDeliveryReceipt receipt;
        receipt.providerId = record.smsProviderId;
        receipt.status = SmsDeliveryReceipt::Status::Delivered;
        receipt.at = m_kit->clock().nowUtc();
        auto delivered = service().recordSmsReceipt(receipt);
        QVERIFY2(delivered, qPrintable(delivered ? QString() : delivered.error().message()));
        QCOMPARE(delivered->state, DispatchState::Delivered);
        // A repeated receipt is logged and changes nothing.
        receipt.status = SmsDeliveryReceipt::Status::Failed;
        auto repeated = service().recordSmsReceipt(receipt);
        QVERIFY(repeated);
        QCOMPARE(repeated->state, DispatchState::Delivered);
        QStringList outcomes;
        for (const auto& a : attemptsOf(id))
            outcomes << a.outcome;
        QCOMPARE(outcomes, (QStringList{u"permanent"_s, u"sms_accepted"_s, u"receipt_delivered"_s,
                                        u"receipt_failed"_s}));

        // The next invoice to the suppressed address is not tried by e-mail; without a phone it ends suppressed.
        const int messagesBefore = static_cast<int>(m_kit->messages().size());
        const qint64 second = enqueue(u"dte-utf8.xml"_s, hard);
        QCOMPARE(*service().processDue(u"w"_s), 1);
        record = get(second);
        QCOMPARE(record.state, DispatchState::Suppressed);
        QVERIFY2(record.lastReason.contains(u"suprimida"_s), qPrintable(record.lastReason));
        QCOMPARE(attemptsOf(second).first().outcome, u"suppressed"_s);
        QCOMPARE(static_cast<int>(m_kit->messages().size()), messagesBefore);
    }

    void permanentFailureWithoutPhoneFailsWithReason()
    {
        const qint64 id = enqueue(u"dte-latin1.xml"_s, QLatin1StringView(DispatchTestKit::hardAddress));
        QCOMPARE(*service().processDue(u"w"_s), 1);
        const DispatchRecord record = get(id);
        QCOMPARE(record.state, DispatchState::Failed);
        QVERIFY2(record.lastReason.contains(u"550"_s) && record.lastReason.contains(u"teléfono"_s),
                 qPrintable(record.lastReason));
    }

    void smsRejectedAndReceiptFailure()
    {
        m_kit->sms().setAnswer(u"+56933333333"_s, 400, R"({"error":"numero invalido"})");
        const qint64 rejected = enqueue(u"dte-latin1.xml"_s, {}, u"+56933333333"_s);
        QCOMPARE(get(rejected).state, DispatchState::FallbackSms); // no e-mail: straight to SMS
        QCOMPARE(*service().processDue(u"w"_s), 1);
        DispatchRecord record = get(rejected);
        QCOMPARE(record.state, DispatchState::Failed);
        QVERIFY2(record.lastReason.contains(u"numero invalido"_s), qPrintable(record.lastReason));

        m_kit->sms().setAnswer(u"+56944444444"_s, 503, R"({"error":"congestion"})");
        const qint64 retried = enqueue(u"dte-utf8.xml"_s, {}, u"+56944444444"_s);
        QCOMPARE(*service().processDue(u"w"_s), 1);
        record = get(retried);
        QCOMPARE(record.state, DispatchState::RetryWait);
        QCOMPARE(record.channel, DispatchChannel::Sms);
        QCOMPARE(attemptsOf(retried).first().outcome, u"sms_retry"_s);
    }

    void unreachableServerIsRetriedNeverAccepted()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 closedPort = probe.serverPort();
        probe.close();
        SmtpSettings smtp;
        smtp.host = u"127.0.0.1"_s;
        smtp.port = closedPort;
        smtp.tls = SmtpTlsMode::None;
        smtp.timeoutSeconds = 5;
        const MailSender unreachable(smtp, m_kit->clock());
        auto templates = DispatchTemplates::defaults(u"pagos.factoring.test"_s);
        QVERIFY(templates);
        const DispatchComposer composer(m_kit->database(), *templates, u"cobranza@factoring.test"_s, 3,
                                        m_kit->clock());
        DispatchChannels channels;
        channels.mail = &unreachable;
        channels.composer = &composer;
        DispatchService offline(m_kit->database(), DispatchTestKit::defaultSettings(), channels, m_kit->clock());

        DispatchRequest request = DispatchTestKit::request(u"dte-latin1.xml"_s, u"ok@deudor.test"_s);
        auto id = offline.enqueue(request, tester());
        QVERIFY(id);
        for (int attempt = 1; attempt <= 3; ++attempt) {
            QCOMPARE(*offline.processDue(u"w"_s), 1);
            const DispatchRecord record = get(*id);
            QVERIFY(record.state != DispatchState::Accepted);
            QCOMPARE(attemptsOf(*id).last().outcome, u"unreachable"_s);
            m_kit->clock().advanceSeconds(3600);
        }
        const DispatchRecord record = get(*id);
        QCOMPARE(record.state, DispatchState::Failed); // no phone: failed with the reason
        QVERIFY2(record.lastReason.contains(u"no respondió"_s), qPrintable(record.lastReason));
        QVERIFY(m_kit->messages().isEmpty());
    }

    void claimIsAtomicAcrossConnections()
    {
        constexpr int total = 40;
        QSet<qint64> expected;
        for (int i = 0; i < total; ++i) {
            DispatchRequest request = DispatchTestKit::request(u"dte-latin1.xml"_s, u"d%1@deudor.test"_s.arg(i));
            auto id = service().enqueue(request, tester());
            QVERIFY(id);
            expected.insert(*id);
        }
        std::mutex mutex;
        QList<qint64> claimed;
        QStringList errors;
        std::vector<std::thread> threads;
        const QDateTime now = m_kit->clock().nowUtc();
        Database& database = m_kit->database();
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back([&, t] {
                DispatchRepository repository(database);
                for (;;) {
                    auto batch = repository.claim(3, u"worker-%1"_s.arg(t), 600, now);
                    if (!batch) {
                        // SQLite may answer "busy" to a writer that waited too long; try again.
                        const std::lock_guard lock(mutex);
                        errors << batch.error().message();
                        if (errors.size() > 50)
                            break;
                        continue;
                    }
                    if (batch->isEmpty())
                        break;
                    const std::lock_guard lock(mutex);
                    for (const DispatchRecord& r : *batch)
                        claimed << r.id;
                }
                database.releaseThreadConnection();
            });
        }
        for (auto& thread : threads)
            thread.join();
        QVERIFY2(errors.size() <= 50, qPrintable(errors.join(u'\n')));
        QCOMPARE(claimed.size(), total);
        QCOMPARE(QSet<qint64>(claimed.cbegin(), claimed.cend()), expected);
    }

    void expiredLeaseIsClaimedAgain()
    {
        const qint64 id = enqueue(u"dte-latin1.xml"_s, u"ok@deudor.test"_s);
        const QDateTime now = m_kit->clock().nowUtc();
        auto first = repository().claim(10, u"crashed"_s, 120, now);
        QVERIFY(first);
        QCOMPARE(first->size(), 1);
        // While the lease holds, nobody else gets it.
        auto during = repository().claim(10, u"other"_s, 120, now.addSecs(119));
        QVERIFY(during);
        QVERIFY(during->isEmpty());
        // The worker died: after the lease, another worker takes it and sends it.
        m_kit->clock().advanceSeconds(121);
        QCOMPARE(*service().processDue(u"survivor"_s), 1);
        const DispatchRecord record = get(id);
        QCOMPARE(record.state, DispatchState::Accepted);
        QCOMPARE(record.emailAttempts, 2);
        QCOMPARE(m_kit->messagesFor(u"ok@deudor.test"_s).size(), 1);

        // The crashed worker's late result cannot overwrite what the survivor recorded.
        DispatchAttemptRecord late;
        late.dispatchId = id;
        late.attempt = 1;
        late.recipient = u"ok@deudor.test"_s;
        late.worker = u"crashed"_s;
        late.startedAt = now;
        late.finishedAt = m_kit->clock().nowUtc();
        late.outcome = u"transient"_s;
        late.stateAfter = DispatchState::RetryWait;
        late.reason = u"late"_s;
        DispatchUpdate update;
        update.dispatchId = id;
        update.claimToken = first->first().claimToken;
        update.state = DispatchState::RetryWait;
        update.reason = u"late"_s;
        auto applied = repository().record(late, update);
        QVERIFY(applied);
        QVERIFY(!*applied);
        QCOMPARE(get(id).state, DispatchState::Accepted);
    }

    void attemptLogIsAppendOnly()
    {
        const qint64 id = enqueue(u"dte-latin1.xml"_s, u"ok@deudor.test"_s);
        QCOMPARE(*service().processDue(u"w"_s), 1);
        QCOMPARE(attemptsOf(id).size(), 1);
        auto db = m_kit->database().connection();
        QVERIFY(db);
        QVERIFY(!SqlQuery::exec(*db, u"UPDATE dispatch_attempts SET reason = 'x'"_s));
        QVERIFY(!SqlQuery::exec(*db, u"DELETE FROM dispatch_attempts"_s));
        // An inactive purge row opens nothing.
        QVERIFY(SqlQuery::exec(*db, u"INSERT INTO dispatch_purges (log_cutoff, file_cutoff, active, started_at, actor) "
                                    "VALUES ('9999', '9999', FALSE, '2026', 'x')"_s));
        QVERIFY(!SqlQuery::exec(*db, u"DELETE FROM dispatch_attempts"_s));
        QCOMPARE(attemptsOf(id).size(), 1);
    }

    void searchAndCsv()
    {
        const qint64 ok = enqueue(u"dte-latin1.xml"_s, u"ok@deudor.test"_s);
        const qint64 hard = enqueue(u"dte-utf8.xml"_s, QLatin1StringView(DispatchTestKit::hardAddress));
        m_kit->clock().advanceSeconds(86400);
        const qint64 later = enqueue(u"dte-windows1252.xml"_s, u"otro@deudor.test"_s, u"+56955555555"_s);
        QCOMPARE(*service().processDue(u"w"_s), 3);

        DispatchFilter filter;
        filter.folio = 1002;
        auto byFolio = repository().search(filter);
        QVERIFY(byFolio);
        QCOMPARE(byFolio->size(), 1);
        QCOMPARE(byFolio->first().id, hard);

        filter = {};
        filter.state = DispatchState::Failed;
        QCOMPARE(repository().search(filter)->size(), 1);

        filter = {};
        filter.to = QDate(2026, 11, 20);
        auto firstDay = repository().search(filter);
        QCOMPARE(firstDay->size(), 2);
        filter = {};
        filter.from = QDate(2026, 11, 21);
        QCOMPARE(repository().search(filter)->first().id, later);

        filter = {};
        filter.debtorRut = get(ok).debtorRut;
        filter.channel = DispatchChannel::Email;
        QCOMPARE(repository().search(filter)->size(), 3);
        filter.channel = DispatchChannel::Sms;
        QCOMPARE(repository().search(filter)->size(), 0);

        auto all = repository().search({});
        QVERIFY(all);
        QList<qint64> ids;
        for (const auto& r : *all)
            ids << r.id;
        auto attempts = repository().attempts(ids);
        QVERIFY(attempts);
        const QByteArray csv = DispatchLogExport::toCsv(*all, *attempts);
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(csv.mid(3)));
        QCOMPARE(rows.size(), 4); // header + one attempt each
        QCOMPARE(rows.first(), DispatchLogExport::csvColumns());
        const QStringList& hardRow = rows.at(2);
        QCOMPARE(hardRow.size(), rows.first().size());
        QCOMPARE(hardRow.at(rows.first().indexOf(u"codigo"_s)), u"550"_s);
        QCOMPARE(hardRow.at(rows.first().indexOf(u"estado"_s)), u"failed"_s);
        QVERIFY(hardRow.at(rows.first().indexOf(u"motivo_intento"_s)).contains(u"rechazó hard@deudor.test"_s));
        QVERIFY(rows.at(3).at(rows.first().indexOf(u"deudor"_s)).contains(u"Ñuble"_s)); // UTF-8 survives
        QCOMPARE(DispatchLogExport::csvField(u"a \"b\", c"_s), u"\"a \"\"b\"\", c\""_s);
    }

    void campaignProgressAndSummary()
    {
        const qint64 a = m_kit->insertDte(u"dte-latin1.xml"_s);
        const qint64 b = m_kit->insertDte(u"dte-utf8.xml"_s);
        const qint64 c = m_kit->insertDte(u"dte-windows1252.xml"_s);
        QVERIFY(a > 0 && b > 0 && c > 0);
        const QString debtor = DispatchTestKit::request(u"dte-latin1.xml"_s, {}).debtorRut;
        DispatchCampaignService campaigns(m_kit->database(), service(), m_kit->clock());
        DispatchCampaignRequest request;
        request.name = u"Operación demo"_s;
        request.dteIds = {a, b, c};
        request.contacts.insert(debtor, DispatchContact{u"ok@deudor.test"_s, u"+56966666666"_s});
        QList<QPair<int, int>> progress;
        auto summary = campaigns.create(request, tester(), [&](int done, int total) { progress << qMakePair(done, total); });
        QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().message()));
        QCOMPARE(summary->selected, 3);
        QCOMPARE(summary->enqueued, 3);
        QCOMPARE(progress.size(), 3);
        QCOMPARE(progress.last(), qMakePair(3, 3));
        QCOMPARE(summary->byState.value(DispatchState::Queued), 3);

        // Creating it again for the same DTEs in the same campaign is idempotent per campaign.
        DispatchRequest again = DispatchTestKit::request(u"dte-latin1.xml"_s, u"ok@deudor.test"_s, u"+56966666666"_s);
        again.campaignId = summary->campaignId;
        auto existing = service().enqueue(again, tester());
        QVERIFY(existing);
        QCOMPARE(count(u"SELECT COUNT(*) FROM dispatches WHERE campaign_id = %1"_s.arg(summary->campaignId)), 3);

        QCOMPARE(*service().processDue(u"w"_s), 3);
        auto done = campaigns.summary(summary->campaignId);
        QVERIFY(done);
        QCOMPARE(done->byState.value(DispatchState::Accepted), 3);
        QCOMPARE(done->finished(), 3);
        QCOMPARE(m_kit->messagesFor(u"ok@deudor.test"_s).size(), 3);

        // A debtor without contact is skipped with the reason.
        DispatchCampaignRequest noContact;
        noContact.name = u"Sin contacto"_s;
        noContact.dteIds = {a};
        auto skipped = campaigns.create(noContact, tester());
        QVERIFY(skipped);
        QCOMPARE(skipped->enqueued, 0);
        QCOMPARE(skipped->skipped.size(), 1);
        QVERIFY(skipped->skipped.first().contains(debtor));
    }

    void campaignOfAnOperationSendsItsAnnotatedCessions()
    {
        const qint64 a = m_kit->insertDte(u"dte-latin1.xml"_s);
        const qint64 b = m_kit->insertDte(u"dte-utf8.xml"_s);
        const qint64 c = m_kit->insertDte(u"dte-windows1252.xml"_s);
        QVERIFY(a > 0 && b > 0 && c > 0);
        const DispatchRequest sample = DispatchTestKit::request(u"dte-latin1.xml"_s, {});
        auto db = m_kit->database().connection();
        QVERIFY(db);
        const QString now = SqlTimestamp::toSql(m_kit->clock().nowUtc());
        auto exec = [&](const QString& sql, const QVariantList& bindings) {
            auto done = SqlQuery::exec(*db, sql, bindings);
            if (!done)
                qWarning() << done.error().message();
            return done.ok();
        };
        // The cedente's company, and the debtor's with its e-mail and phone (no contact list is given).
        QVERIFY(exec(u"INSERT INTO companies (rut, razon_social, is_cedente, created_at, updated_at) "
                     "VALUES (?, 'Cedente', TRUE, ?, ?)"_s,
                     {sample.emitterRut, now, now}));
        QVERIFY(exec(u"INSERT INTO companies (rut, razon_social, email, telefono, is_debtor, created_at, updated_at) "
                     "VALUES (?, 'Deudor', 'ok@deudor.test', '+56900000001', TRUE, ?, ?)"_s,
                     {sample.debtorRut, now, now}));
        QVERIFY(exec(u"INSERT INTO operations (number, company_id, state, created_by, created_at, updated_at) "
                     "VALUES ('OP-7', (SELECT id FROM companies WHERE rut = ?), 'closed', 'test', ?, ?)"_s,
                     {sample.emitterRut, now, now}));
        for (qint64 dte : {a, b, c}) {
            QVERIFY(exec(u"INSERT INTO operation_dtes (operation_id, dte_id, state, offered_by, offered_at, decided_by, "
                         "decided_at) VALUES ((SELECT id FROM operations WHERE number = 'OP-7'), ?, 'approved', 't', ?, "
                         "'t', ?)"_s,
                         {dte, now, now}));
        }
        // a and b have annotated cessions; c's cession was rejected: c is not sent.
        const QList<QPair<qint64, QString>> cessions{{a, u"annotated"_s}, {b, u"annotated"_s}, {c, u"rejected"_s}};
        for (const auto& [dte, state] : cessions) {
            QVERIFY(exec(u"INSERT INTO cessions (dte_id, emitter_rut, tipo, folio, seq, cedente_rut, cesionario_rut, "
                         "amount, aec, aec_sha256, file_name, environment, track_id, state, created_at, created_by, "
                         "updated_at, updated_by) SELECT id, emitter_rut, tipo, folio, 1, emitter_rut, '96790240-3', "
                         "monto_total, xml, sha256, 'aec.xml', 'certificacion', CAST(id AS TEXT), ?, ?, 't', ?, 't' "
                         "FROM dtes WHERE id = ?"_s,
                         {state, now, now, dte}));
        }
        DispatchCampaignService campaigns(m_kit->database(), service(), m_kit->clock());
        DispatchCampaignRequest request;
        request.name = u"OP-7"_s;
        request.operationNumber = u"OP-7"_s;
        auto summary = campaigns.create(request, tester());
        QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().message()));
        QCOMPARE(summary->selected, 2);
        QCOMPARE(summary->enqueued, 2);
        QCOMPARE(count(u"SELECT COUNT(*) FROM dispatch_campaigns WHERE cesionario_rut = '96790240-3'"_s), 1);
        QCOMPARE(count(u"SELECT COUNT(*) FROM dispatches WHERE dte_id = %1"_s.arg(c)), 0);
        QCOMPARE(*service().processDue(u"w"_s), 2);
        QCOMPARE(campaigns.summary(summary->campaignId)->byState.value(DispatchState::Accepted), 2);
        QCOMPARE(m_kit->messagesFor(u"ok@deudor.test"_s).size(), 2);

        request.operationNumber = u"OP-404"_s;
        auto unknown = campaigns.create(request, tester());
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().code(), ErrorCode::NotFound);
    }

    void purgeKeepsUnfinishedAndAuditLog()
    {
        const qint64 old = enqueue(u"dte-latin1.xml"_s, u"ok@deudor.test"_s);
        QCOMPARE(service().processOne(old, u"w"_s)->state, DispatchState::Accepted);
        const qint64 pending = enqueue(u"dte-utf8.xml"_s, u"ok@deudor.test"_s); // stays queued
        const int auditBefore = count(u"SELECT COUNT(*) FROM audit_log"_s);

        // Documents go after 90 days, log rows after 730 (the defaults).
        m_kit->clock().advanceSeconds(qint64(100) * 86400);
        const qint64 recent = enqueue(u"dte-windows1252.xml"_s, u"ok@deudor.test"_s);
        QCOMPARE(service().processOne(recent, u"w"_s)->state, DispatchState::Accepted);
        auto counts = service().purge(tester());
        QVERIFY2(counts, qPrintable(counts ? QString() : counts.error().message()));
        QCOMPARE(counts->dispatches, 0);
        QCOMPARE(counts->files, 1);
        QVERIFY(!repository().document(old));
        QVERIFY(repository().document(recent));
        QVERIFY(repository().document(pending));

        m_kit->clock().advanceSeconds(qint64(700) * 86400);
        counts = service().purge(tester());
        QVERIFY(counts);
        QCOMPARE(counts->dispatches, 1);
        QCOMPARE(counts->attempts, 1);
        QVERIFY(!repository().get(old));
        QVERIFY(repository().get(recent));
        QVERIFY(repository().get(pending)); // never purged while unfinished
        QVERIFY(repository().document(pending));
        QCOMPARE(count(u"SELECT COUNT(*) FROM audit_log"_s), auditBefore + 1 + 2); // 1 enqueue + 2 purges
        QCOMPARE(count(u"SELECT COUNT(*) FROM dispatch_purges WHERE active = TRUE"_s), 0);
    }

    void workerDrainsTheOutbox()
    {
        for (int i = 0; i < 5; ++i)
            QVERIFY(enqueue(u"dte-latin1.xml"_s, u"w%1@deudor.test"_s.arg(i)) > 0);
        DispatchWorker worker(service(), m_kit->database(), u"worker-1"_s, std::chrono::milliseconds(50));
        worker.start();
        QTRY_COMPARE_WITH_TIMEOUT(worker.processed(), qint64(5), 60000);
        worker.stop();
        DispatchFilter filter;
        filter.state = DispatchState::Accepted;
        QCOMPARE(repository().search(filter)->size(), 5);
        QCOMPARE(m_kit->messages().size(), 5);
    }
};

QTEST_GUILESS_MAIN(TestDispatchOutbox)
#include "TestDispatchOutbox.moc"
