// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
// Issue 6's "Done when" on the demo data (docs/demo.md, "Demo campaign"): the demo database and a fresh demo kit,
// the kit's DTEs imported as the demo cedente, offered and approved as the executive (OperationService), one AEC each
// signed with the kit's .p12 (AecBuilder) and followed to annotation in a real factora-sii-sim trusting the demo CA
// (CessionService, as the desktop's cession wizard), then `factora-cli dispatch campaign --operation N`, delivered by
// a real factora-server's dispatch workers to a real aiosmtpd on 127.0.0.1 that refuses one demo debtor with 550:
// that debtor falls back to SMS through the gateway double, everyone else gets the invoice PDF.
#include "CliApplication.h"
#include "DeliveryTestServer.h"
#include "SimProcess.h"
#include "SmsGatewayDouble.h"
#include "TestDatabase.h"

#include "aec/AecBuilder.h"
#include "cession/CessionService.h"
#include "cession/SiiClientCessionGateway.h"
#include "common/Clock.h"
#include "company/CompanyRepository.h"
#include "crypto/Pkcs12Bundle.h"
#include "demo/DemoSeeder.h"
#include "dte/DteRepository.h"
#include "dte/DteService.h"
#include "operation/OperationService.h"
#include "security/AuthService.h"
#include "sii/SiiClient.h"
#include "sii/SiiEnvironment.h"
#include "storage/Migrator.h"
#include "storage/SqlQuery.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

using namespace factora::core;
using namespace factora::test;
using namespace Qt::StringLiterals;
using factora::cli::CliApplication;
using factora::cli::CliContext;

namespace {
// The demo debtor whose mailbox the SMTP server refuses, and the demo data's mobile for it (core/demo/DemoSeeder).
const QString RefusedRut = u"96874030-K"_s;
const QString RefusedEmail = u"pagos.lapolar@demo.factora.cl"_s;
const QString RefusedPhone = u"+56961234502"_s;
const QString LinkDomain = u"pagos.demo.factora.cl"_s;
} // namespace

class TestDemoCampaign : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    /** @brief One demo invoice as the test follows it. */
    struct Invoice
    {
        qint64 dteId = 0;
        qint64 folio = 0;
        QString debtorRut;
        QString debtorEmail;
    };

    QTemporaryDir m_dir;
    QString m_kit;
    std::unique_ptr<TestDatabase> m_db;
    SimProcess m_sim;
    QList<Invoice> m_invoices;
    QString m_operationNumber;
    qint64 m_campaignId = 0;

    QString p12() const { return m_kit + u"/firma/cedente1-firma.p12"_s; }
    QString smtpDir() const { return m_dir.filePath(u"smtp"_s); }
    QString configPath() const { return m_dir.filePath(u"factora.conf"_s); }

    static QByteArray readAll(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static Run runProcess(const QString& program, const QStringList& arguments, int timeoutMs = 120000)
    {
        QProcess process;
        process.start(program, arguments);
        Run run;
        if (!process.waitForFinished(timeoutMs)) {
            process.kill();
            process.waitForFinished(5000);
            run.err = u"%1 did not finish in %2 ms"_s.arg(program).arg(timeoutMs);
            return run;
        }
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    /** @brief factora-cli in-process (as tests/cli do) with the test's configuration file and database. */
    Run cli(const QStringList& arguments)
    {
        QBuffer in, out, err;
        in.open(QIODevice::ReadOnly);
        out.open(QIODevice::WriteOnly);
        err.open(QIODevice::WriteOnly);
        QProcessEnvironment environment;
        environment.insert(u"USER"_s, u"operadora"_s);
        if (!m_db->password().isEmpty())
            environment.insert(u"FACTORA_DATABASE_PASSWORD"_s, m_db->password());
        Run run;
        {
            CliContext context(in, out, err, environment, false);
            run.exitCode = CliApplication().run(
                context, QStringList{u"--config"_s, configPath(), u"--database"_s, m_db->url()} + arguments);
        }
        run.out = QString::fromUtf8(out.data());
        run.err = QString::fromUtf8(err.data());
        return run;
    }

    UserSession signIn(const QString& username)
    {
        auto session = AuthService(m_db->database(), Clock::system(), LockoutPolicy())
                           .authenticate(username, DemoSeeder::demoPassword());
        if (!session)
            qFatal("cannot sign in as %s: %s", qPrintable(username), qPrintable(session.error().message()));
        return session.value();
    }

    Company company(const QString& rut)
    {
        auto found = CompanyRepository::findByRut(*m_db->database().connection(), rut);
        if (!found)
            qFatal("no demo company %s: %s", qPrintable(rut), qPrintable(found.error().message()));
        return found.value();
    }

    static AecParty party(const Company& company)
    {
        return AecParty{company.rut, company.razonSocial, company.direccion + u", "_s + company.comuna, company.email};
    }

    /** @brief The stored DTE read back as the cession wizard reads it (the exact bytes imported). */
    Result<Dte> loadDte(qint64 id) { return DteRepository::load(*m_db->database().connection(), id); }

    int scalar(const QString& sql)
    {
        auto value = SqlQuery::scalar(*m_db->database().connection(), sql);
        return value ? value->toInt() : -1;
    }

    /** @brief The messages the SMTP server accepted (smtp-server's N.json files). */
    QList<QJsonObject> messages() const
    {
        QList<QJsonObject> result;
        const QDir dir(smtpDir());
        for (const QString& name : dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name))
            result.append(QJsonDocument::fromJson(readAll(dir.filePath(name))).object());
        return result;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_kit = m_dir.filePath(u"demo"_s);
        const Run made = runProcess(u"bash"_s, {qEnvironmentVariable("FACTORA_DEMO_KIT"), m_kit});
        QVERIFY2(made.exitCode == 0, qPrintable(made.out + made.err));
        QVERIFY2(m_sim.start({u"--trusted-ca"_s, m_kit + u"/ca/factora-demo-ca.pem"_s, u"--state"_s,
                              m_dir.filePath(u"sii-sim-state.json"_s)}),
                 qPrintable(m_sim.error()));
        auto db = TestDatabase::create();
        QVERIFY2(db, qPrintable(db ? QString() : db.error().message()));
        m_db = std::move(db.value());
        const auto migrated = Migrator(m_db->database()).migrate();
        QVERIFY2(migrated, qPrintable(migrated ? QString() : migrated.error().message()));
        const Status seeded = DemoSeeder(m_db->database(), Clock::system()).seed(Actor::system(u"cli:test"_s));
        QVERIFY2(seeded, qPrintable(seeded ? QString() : seeded.error().message()));
        QVERIFY(QDir().mkpath(smtpDir()));
    }

    void cleanupTestCase()
    {
        m_sim.stop();
        m_db.reset();
    }

    void demoDebtorsHaveAnEmailAndAMobile()
    {
        // What the campaign falls back on: companies.email and companies.telefono of each demo debtor.
        for (const QString& rut : {u"96790240-3"_s, RefusedRut, u"61704000-K"_s}) {
            const Company debtor = company(rut);
            QVERIFY2(debtor.isDebtor, qPrintable(rut));
            QVERIFY2(debtor.email.endsWith(u"@demo.factora.cl"_s), qPrintable(debtor.email));
            QVERIFY2(debtor.telefono.startsWith(u"+569"_s) && debtor.telefono.size() == 12, qPrintable(debtor.telefono));
        }
        QCOMPARE(company(RefusedRut).email, RefusedEmail);
        QCOMPARE(company(RefusedRut).telefono, RefusedPhone);
    }

    void importKitAsTheDemoCedente()
    {
        const UserSession cedente = signIn(u"cedente1"_s);
        const QStringList files = QDir(m_kit + u"/dte"_s).entryList({u"*.xml"_s}, QDir::Files, QDir::Name);
        QVERIFY2(files.size() >= 4, qPrintable(files.join(u' ')));
        DteService service(m_db->database(), Clock::system());
        for (const QString& name : files) {
            auto report = service.import(Actor::user(cedente), readAll(m_kit + u"/dte/"_s + name), name);
            QVERIFY2(report, qPrintable(report ? QString() : report.error().message()));
            QCOMPARE(report->items.size(), 1);
            const DteImportItem& item = report->items.first();
            QVERIFY2(item.outcome == DteImportItem::Outcome::Imported, qPrintable(name + u": "_s + item.reason));
            QVERIFY(item.dteId.has_value());
            auto record = DteRepository::findById(*m_db->database().connection(), *item.dteId);
            QVERIFY(record);
            m_invoices.append({*item.dteId, item.folio, record->receiverRut, company(record->receiverRut).email});
        }
        // The refused debtor has invoices in the kit, and so do others.
        const auto refused = std::count_if(m_invoices.cbegin(), m_invoices.cend(),
                                           [](const Invoice& i) { return i.debtorRut == RefusedRut; });
        QVERIFY(refused >= 1 && refused < m_invoices.size());
    }

    void offerAndApproveTheDemoOperation()
    {
        QVERIFY(!m_invoices.isEmpty());
        QList<qint64> ids;
        for (const Invoice& invoice : std::as_const(m_invoices))
            ids << invoice.dteId;
        OperationService operations(m_db->database(), Clock::system());
        auto offered = operations.offer(Actor::user(signIn(u"cedente1"_s)), company(u"76354771-K"_s).id, ids);
        QVERIFY2(offered, qPrintable(offered ? QString() : offered.error().message()));
        QCOMPARE(offered->offeredCount, ids.size());
        auto approved = operations.approve(Actor::user(signIn(u"ejecutivo"_s)), ids);
        QVERIFY2(approved, qPrintable(approved ? QString() : approved.error().message()));
        QCOMPARE(approved->size(), ids.size());
        auto operation = operations.operation(Actor::system(u"test"_s), offered->id);
        QVERIFY(operation);
        QCOMPARE(operation->approvedCount, ids.size());
        m_operationNumber = operation->number;
    }

    void signSubmitAndFollowToAnnotation()
    {
        QVERIFY(!m_operationNumber.isEmpty());
        auto signer = Pkcs12Bundle::fromPkcs12(readAll(p12()), DemoSeeder::demoCertificatePassword().toUtf8());
        QVERIFY2(signer, qPrintable(signer ? QString() : signer.error().message()));
        auto environment = SiiEnvironment::fromUrl(QUrl(m_sim.baseUrl()));
        QVERIFY2(environment, qPrintable(environment ? QString() : environment.error().message()));
        SiiClientOptions options;
        options.maxAttempts = 2;
        options.initialBackoffMs = 200;
        SiiClient client(environment.value(), signer.value(), options, Clock::system());
        SiiClientCessionGateway gateway(client);
        CessionService cessions(m_db->database(), Clock::system());
        const Actor cedente = Actor::user(signIn(u"cedente1"_s));
        const AecParty cedenteParty = party(company(u"76354771-K"_s));
        const AecParty cesionario = party(company(u"77665544-9"_s));

        QList<qint64> cessionIds;
        for (const Invoice& invoice : std::as_const(m_invoices)) {
            auto dte = loadDte(invoice.dteId);
            QVERIFY2(dte, qPrintable(dte ? QString() : dte.error().message()));
            AecRequest request;
            request.dte = dte.value();
            request.cedente = cedenteParty;
            request.cesionario = cesionario;
            request.declaracionJurada = true;
            auto built = AecBuilder::build(request, signer.value(), Clock::system());
            QVERIFY2(built, qPrintable(built ? QString() : built.error().message()));
            auto recorded = cessions.record(cedente, built->xml, u"AEC-76354771-K-33-%1.xml"_s.arg(invoice.folio),
                                            environment->name(), cesionario.email);
            QVERIFY2(recorded, qPrintable(recorded ? QString() : recorded.error().message()));
            auto submitted = cessions.submit(cedente, recorded->id, gateway);
            QVERIFY2(submitted, qPrintable((submitted ? QString() : submitted.error().message()) + m_sim.standardError()));
            QVERIFY2(!submitted->trackId.isEmpty(), qPrintable(submitted->siiMessage));
            cessionIds << recorded->id;
        }
        // Followed as the wizard's submission page does: getEstEnvio until the SII has decided (bounded).
        for (qint64 id : std::as_const(cessionIds)) {
            Result<Cession> cession = cessions.find(id);
            for (int poll = 0; poll < 300 && cession && CessionStates::isAwaitingSii(cession->state); ++poll) {
                QThread::msleep(100);
                cession = cessions.refresh(cedente, id, gateway);
            }
            QVERIFY2(cession, qPrintable(cession ? QString() : cession.error().message()));
            QVERIFY2(cession->state == CessionState::Annotated,
                     qPrintable(u"cession %1: %2 %3"_s.arg(id).arg(cession->siiCode, cession->siiMessage)));
        }
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM cessions WHERE state = 'annotated'"_s), m_invoices.size());
    }

    void campaignDeliversPdfsAndFallsBackToSms()
    {
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM cessions WHERE state = 'annotated'"_s), m_invoices.size());
        DeliveryTestServer smtp;
        QVERIFY2(smtp.start(u"smtp-server"_s, {smtpDir(), u"--tls"_s, u"none"_s, u"--reply"_s,
                                               RefusedEmail + u"=550 5.1.1 Casilla inexistente"_s}),
                 qPrintable(smtp.errorOutput()));
        SmsGatewayDouble sms;
        const QString secrets = m_dir.filePath(u"secretos"_s);
        QVERIFY(QDir().mkpath(secrets));
        QFile config(configPath());
        QVERIFY(config.open(QIODevice::WriteOnly | QIODevice::Truncate));
        config.write(u"[database]\nurl=%1\n[smtp]\nhost=127.0.0.1\nport=%2\ntls=none\nfrom=cobranza@demo.factora.cl\n"
                     "[sms]\nurl=%3\nmax_segments=3\n[delivery]\nsecrets_dir=%4\n"
                     "[dispatch]\nworkers=2\npoll_seconds=1\nretry_base_seconds=1\nlink_domain=%5\n"_s
                         .arg(m_db->url())
                         .arg(smtp.port())
                         .arg(sms.url().toString(), secrets, LinkDomain)
                         .toUtf8());
        config.close();

        // The operator's campaign: written to the outbox only; factora-server's workers send it.
        const Run created = cli({u"dispatch"_s, u"campaign"_s, u"--name"_s, u"Demo"_s, u"--operation"_s,
                                 m_operationNumber, u"--json"_s});
        QVERIFY2(created.exitCode == 0, qPrintable(created.out + created.err));
        const QJsonObject createdSummary = QJsonDocument::fromJson(created.out.toUtf8()).object();
        QCOMPARE(createdSummary.value(u"selected"_s).toInt(), m_invoices.size());
        QVERIFY2(createdSummary.value(u"skipped"_s).toArray().isEmpty(), qPrintable(created.out));
        QCOMPARE(createdSummary.value(u"enqueued"_s).toInt(), m_invoices.size());
        QCOMPARE(createdSummary.value(u"states"_s).toObject().value(u"queued"_s).toInt(), m_invoices.size());
        m_campaignId = createdSummary.value(u"campaign"_s).toInteger();
        QVERIFY(m_campaignId > 0);
        QVERIFY(messages().isEmpty());

        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"FACTORA_CONFIG"_s, configPath());
        if (!m_db->password().isEmpty())
            environment.insert(u"FACTORA_DATABASE_PASSWORD"_s, m_db->password());
        QProcess server;
        server.setProcessEnvironment(environment);
        server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        server.start(QStringLiteral(FACTORA_SERVER_PATH), {});
        QVERIFY(server.waitForStarted(10000));
        QTRY_COMPARE_WITH_TIMEOUT(scalar(u"SELECT COUNT(*) FROM dispatches WHERE state IN ('queued', 'sending', "
                                         "'retry_wait', 'fallback_sms')"_s),
                                  0, 120000);
        server.terminate();
        QVERIFY(server.waitForFinished(30000));

        // Every other debtor got its invoice by e-mail, the PDF attached, its text naming the folio.
        const QList<QJsonObject> received = messages();
        int expectedMails = 0;
        for (const Invoice& invoice : std::as_const(m_invoices)) {
            if (invoice.debtorRut == RefusedRut)
                continue;
            ++expectedMails;
            const auto mail = std::find_if(received.cbegin(), received.cend(), [&](const QJsonObject& m) {
                return m.value(u"rcpt_tos"_s).toArray().contains(invoice.debtorEmail)
                    && m.value(u"subject"_s).toString().contains(QString::number(invoice.folio));
            });
            QVERIFY2(mail != received.cend(), qPrintable(u"no mail for folio %1 to %2"_s.arg(invoice.folio)
                                                              .arg(invoice.debtorEmail)));
            const QJsonArray attachments = mail->value(u"attachments"_s).toArray();
            QCOMPARE(attachments.size(), 1);
            const QJsonObject pdf = attachments.first().toObject();
            QCOMPARE(pdf.value(u"filename"_s).toString(), u"DTE_33_%1.pdf"_s.arg(invoice.folio));
            QCOMPARE(pdf.value(u"content_type"_s).toString(), u"application/pdf"_s);
            QVERIFY(readAll(pdf.value(u"path"_s).toString()).startsWith("%PDF-"));
            const Run text = runProcess(u"pdftotext"_s, {pdf.value(u"path"_s).toString(), u"-"_s});
            QVERIFY2(text.exitCode == 0, qPrintable(text.err));
            QVERIFY2(text.out.contains(QString::number(invoice.folio)), qPrintable(text.out));
            QVERIFY2(text.out.contains(u"Enacon"_s, Qt::CaseInsensitive), qPrintable(text.out)); // the emitter
        }
        QCOMPARE(received.size(), expectedMails);
        for (const QJsonObject& m : received)
            QVERIFY(!m.value(u"rcpt_tos"_s).toArray().contains(RefusedEmail));

        // The refused address is suppressed; its invoices went out by SMS to the demo mobile, with the payment link.
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM dispatch_suppressions WHERE address = '%1' AND reply_code = 550"_s
                            .arg(RefusedEmail)),
                 1);
        QList<Invoice> refused;
        for (const Invoice& invoice : std::as_const(m_invoices))
            if (invoice.debtorRut == RefusedRut)
                refused << invoice;
        const QList<QJsonObject> texts = sms.requests();
        QCOMPARE(texts.size(), refused.size());
        for (const Invoice& invoice : std::as_const(refused)) {
            const QString link = u"https://%1/pagar?rut=%2&tipo=33&folio=%3"_s.arg(LinkDomain, RefusedRut)
                                     .arg(invoice.folio);
            const auto text = std::find_if(texts.cbegin(), texts.cend(), [&](const QJsonObject& t) {
                return t.value(u"text"_s).toString().contains(link);
            });
            QVERIFY2(text != texts.cend(), qPrintable(link + u" in no SMS"_s));
            QCOMPARE(text->value(u"to"_s).toString(), RefusedPhone);
        }

        // The log shows each dispatch with its channel and reasons.
        const Run log = cli({u"dispatch"_s, u"log"_s, u"--json"_s});
        QVERIFY2(log.exitCode == 0, qPrintable(log.err));
        const QJsonArray entries = QJsonDocument::fromJson(log.out.toUtf8()).array();
        QCOMPARE(entries.size(), m_invoices.size());
        int refusedByRelay = 0;
        for (const QJsonValue& value : entries) {
            const QJsonObject entry = value.toObject();
            QCOMPARE(entry.value(u"campaign"_s).toInteger(), m_campaignId);
            QVERIFY2(!entry.value(u"reason"_s).toString().isEmpty(), qPrintable(log.out));
            const QJsonArray attempts = entry.value(u"attempts"_s).toArray();
            QVERIFY(!attempts.isEmpty());
            const QJsonObject last = attempts.last().toObject();
            if (entry.value(u"debtor_rut"_s).toString() == RefusedRut) {
                QCOMPARE(entry.value(u"state"_s).toString(), u"sms_sent"_s);
                QCOMPARE(last.value(u"channel"_s).toString(), u"sms"_s);
                QCOMPARE(last.value(u"recipient"_s).toString(), RefusedPhone);
                QVERIFY(!last.value(u"provider_id"_s).toString().isEmpty());
                // Its e-mail attempt: refused by the relay (550, its words), or not sent because the address was
                // suppressed by then (the reason names the suppression and the relay's words).
                int emailAttempts = 0;
                for (const QJsonValue& a : attempts) {
                    const QJsonObject attempt = a.toObject();
                    if (attempt.value(u"channel"_s).toString() != u"email"_s)
                        continue;
                    ++emailAttempts;
                    const QString reason = attempt.value(u"reason"_s).toString();
                    QVERIFY2(reason.contains(u"Casilla inexistente"_s), qPrintable(reason));
                    if (attempt.value(u"outcome"_s).toString() == u"suppressed"_s) {
                        QVERIFY(attempt.value(u"reply_code"_s).isNull());
                        QVERIFY2(reason.contains(u"suprimida"_s), qPrintable(reason));
                    } else {
                        QCOMPARE(attempt.value(u"reply_code"_s).toInt(), 550);
                        ++refusedByRelay;
                    }
                }
                QCOMPARE(emailAttempts, 1);
            } else {
                QCOMPARE(entry.value(u"state"_s).toString(), u"accepted"_s);
                QCOMPARE(attempts.size(), 1);
                QCOMPARE(last.value(u"channel"_s).toString(), u"email"_s);
                QCOMPARE(last.value(u"outcome"_s).toString(), u"accepted"_s);
                QCOMPARE(last.value(u"reply_code"_s).toInt(), 250);
            }
        }
        // The relay refused the address at least once; an invoice claimed after that went straight to SMS (the
        // suppression), one claimed before it was refused too.
        QVERIFY(refusedByRelay >= 1 && refusedByRelay <= refused.size());

        // The campaign's summary counts match.
        const Run status = cli({u"dispatch"_s, u"campaign"_s, u"--status"_s, QString::number(m_campaignId),
                                u"--json"_s});
        QVERIFY2(status.exitCode == 0, qPrintable(status.err));
        const QJsonObject summary = QJsonDocument::fromJson(status.out.toUtf8()).object();
        QCOMPARE(summary.value(u"selected"_s).toInt(), m_invoices.size());
        QCOMPARE(summary.value(u"enqueued"_s).toInt(), m_invoices.size());
        const QJsonObject states = summary.value(u"states"_s).toObject();
        QCOMPARE(states.value(u"accepted"_s).toInt(), expectedMails);
        QCOMPARE(states.value(u"sms_sent"_s).toInt(), refused.size());
        QCOMPARE(states.size(), 2);
        // sms_sent waits for the provider's receipt: only the accepted mails are final.
        QCOMPARE(summary.value(u"finished"_s).toInt(), expectedMails);
    }
};

QTEST_GUILESS_MAIN(TestDemoCampaign)
#include "TestDemoCampaign.moc"
