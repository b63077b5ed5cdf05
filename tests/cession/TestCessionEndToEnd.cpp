// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "CessionTestSupport.h"
#include "CliApplication.h"
#include "SiiSimProcess.h"
#include "aec/AecBuilder.h"
#include "aec/AecVerifier.h"
#include "cession/CessionService.h"
#include "cession/SiiClientCessionGateway.h"
#include "common/ManualClock.h"
#include "dte/DteReader.h"
#include "sii/SiiClient.h"
#include "storage/DatabaseUrl.h"
#include "storage/Migrator.h"

#include <QBuffer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <functional>

using namespace factora::core;
using factora::cli::CliApplication;
using factora::cli::CliContext;

/**
 * @brief Cessions end to end against the real factora-sii-sim on loopback: factora-cli sii submit/status/cesion
 * in-process, the service with the real SiiClient, and factora-server's poller as a process. SQLite files.
 */
class TestCessionEndToEnd : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    /** Forwards to the real client; optionally changes what is uploaded, as a broken proxy would. */
    class TamperingGateway : public CessionSiiGateway
    {
    public:
        explicit TamperingGateway(CessionSiiGateway& inner)
            : m_inner(inner)
        {
        }
        std::function<QByteArray(const QByteArray&)> tamperBytes;
        std::optional<Rut> replaceCompany;
        bool loseTheAnswer = false; ///< the file arrives, the answer is lost (Unavailable)
        QString lostTrackId;

        QString environmentName() const override { return m_inner.environmentName(); }
        Result<SiiUploadReceipt> uploadAec(const QByteArray& aec, const QString& fileName, const Rut& company,
                                           const QString& emailNotif) override
        {
            auto receipt = m_inner.uploadAec(tamperBytes ? tamperBytes(aec) : aec, fileName,
                                             replaceCompany ? *replaceCompany : company, emailNotif);
            if (loseTheAnswer && receipt) {
                lostTrackId = receipt->trackId;
                return Error(ErrorCode::Unavailable, u"la conexión se cortó antes de la respuesta (simulado)"_qs);
            }
            return receipt;
        }
        Result<SiiEnvioStatus> envioStatus(const QString& trackId) override { return m_inner.envioStatus(trackId); }
        Result<SiiCesionAnswer> cesionStatus(const Rut& e, int t, qint64 f) override
        {
            return m_inner.cesionStatus(e, t, f);
        }
        Result<SiiCesionAnswer> cesionStatusRelated(const Rut& e, int t, qint64 f, const Rut& c) override
        {
            return m_inner.cesionStatusRelated(e, t, f, c);
        }

    private:
        CessionSiiGateway& m_inner;
    };

    QTemporaryDir m_dir;
    ManualClock m_clock { QDateTime::currentDateTimeUtc() };
    CessionTestSupport m_support { m_clock };
    QString m_p12;
    QString m_passwordFile;
    QByteArray m_firstAec;
    QString m_dteKey;
    int m_databaseNumber = 0;
    QString m_database;
    std::unique_ptr<SiiSimProcess> m_sim;

    QString write(const QString& name, const QByteArray& bytes)
    {
        QFile file(m_dir.filePath(name));
        file.open(QIODevice::WriteOnly | QIODevice::Truncate);
        file.write(bytes);
        file.close();
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        return file.fileName();
    }

    Run cli(const QStringList& arguments)
    {
        QBuffer in, out, err;
        in.open(QIODevice::ReadOnly);
        out.open(QIODevice::WriteOnly);
        err.open(QIODevice::WriteOnly);
        Run run;
        {
            QProcessEnvironment environment;
            environment.insert(u"USER"_qs, u"e2e"_qs);
            CliContext context(in, out, err, environment, false);
            context.setClock(m_clock);
            const QStringList global { u"--database"_qs, m_database,
                                       u"--set"_qs,      u"sii/max_attempts=3"_qs,
                                       u"--set"_qs,      u"sii/timeout_ms=10000"_qs,
                                       u"--set"_qs,      u"cession/recovery_grace_seconds=0"_qs };
            run.exitCode = CliApplication().run(context, global + arguments);
        }
        run.out = QString::fromUtf8(out.data());
        run.err = QString::fromUtf8(err.data());
        return run;
    }

    QStringList signer() const
    {
        return { u"--p12"_qs, m_p12, u"--p12-password-file"_qs, m_passwordFile, u"--sii-url"_qs, m_sim->baseUrl() };
    }

    Run submit(const QString& file, const QStringList& extra = {})
    {
        return cli(QStringList { u"sii"_qs, u"submit"_qs, file } + signer()
                   + QStringList { u"--email-notif"_qs, u"cesiones@factora.cl"_qs } + extra);
    }

    Run status(const QString& trackId)
    {
        return cli(QStringList { u"sii"_qs, u"status"_qs, trackId, u"--wait"_qs, u"--interval"_qs, u"0.05"_qs,
                                 u"--timeout"_qs, u"60"_qs }
                   + signer());
    }

    /** One value from the test's SQLite database, read on a connection of its own. */
    QVariant scalar(const QString& sql)
    {
        QVariant value;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"e2e-reader"_qs);
            db.setDatabaseName(QUrl(m_database).path());
            if (db.open()) {
                QSqlQuery query(db);
                if (query.exec(sql) && query.next())
                    value = query.value(0);
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(u"e2e-reader"_qs);
        return value;
    }

    QString startSim(const QStringList& arguments = {})
    {
        m_sim = std::make_unique<SiiSimProcess>(m_dir.filePath(u"sim-%1.json"_qs.arg(++m_databaseNumber)));
        m_database = u"sqlite://"_qs + m_dir.filePath(u"e2e-%1.db"_qs.arg(m_databaseNumber));
        return m_sim->start(arguments);
    }

    /** The service over a real SiiClient to the simulator, through @p tampering; @p body gets both. */
    void withService(const std::function<void(CessionService&, TamperingGateway&, SiiClient&, Database&)>& body)
    {
        auto url = DatabaseUrl::parse(m_database);
        QVERIFY2(url.ok(), qPrintable(m_database));
        auto database = Database::open(url.value(), {});
        QVERIFY(database.ok());
        QVERIFY(Migrator(**database).ensureReady().ok());
        auto environment = SiiEnvironment::fromUrl(QUrl(m_sim->baseUrl()));
        QVERIFY(environment.ok());
        SiiClientOptions options;
        options.initialBackoffMs = 100;
        options.maxAttempts = 3;
        SiiClient client(environment.value(), *m_support.signer(), options, m_clock);
        SiiClientCessionGateway gateway(client);
        TamperingGateway tampering(gateway);
        CessionService service(**database, m_clock);
        service.setRecoveryGraceSeconds(0);
        body(service, tampering, client, **database);
    }

    /** Polls @p id through @p service until a final state, at most 40 times. */
    static Cession followToTheEnd(CessionService& service, qint64 id, CessionSiiGateway& sii)
    {
        Cession cession = service.find(id).value();
        for (int poll = 0; poll < 40 && CessionStates::isAwaitingSii(cession.state); ++poll) {
            auto refreshed = service.refresh(Actor::system(u"test"_qs), id, sii);
            if (!refreshed)
                break;
            cession = refreshed.value();
        }
        return cession;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(!qEnvironmentVariable("FACTORA_SII_SIM").isEmpty(), "FACTORA_SII_SIM names the simulator");
        const QString problem = m_support.init();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_p12 = write(u"firma.p12"_qs, m_support.pkcs12());
        m_passwordFile = write(u"clave.txt"_qs, CessionTestSupport::pkcs12Password() + '\n');
        QString error;
        m_firstAec = m_support.firstCession(0, &error);
        QVERIFY2(!m_firstAec.isEmpty(), qPrintable(error));
        auto verification = AecVerifier::verify(m_firstAec, u"cesion.xml"_qs, m_clock);
        QVERIFY(verification.ok() && verification->ok());
        m_dteKey = verification->dteKey;
    }

    void cleanup() { m_sim.reset(); }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("mentions");
        const QString sii = u"sii"_qs;
        QTest::newRow("submit without a file")
            << QStringList { sii, u"submit"_qs, u"--p12"_qs, u"x.p12"_qs, u"--email-notif"_qs, u"a@b.cl"_qs } << 64
            << u"AEC"_qs;
        QTest::newRow("submit without --email-notif")
            << QStringList { sii, u"submit"_qs, u"f.xml"_qs, u"--p12"_qs, u"x.p12"_qs } << 64 << u"--email-notif"_qs;
        QTest::newRow("submit without a certificate")
            << QStringList { sii, u"submit"_qs, u"f.xml"_qs, u"--email-notif"_qs, u"a@b.cl"_qs } << 64 << u"--p12"_qs;
        QTest::newRow("two certificates")
            << QStringList { sii,          u"submit"_qs, u"f.xml"_qs,         u"--p12"_qs, u"x.p12"_qs,
                             u"--cert"_qs, u"abc"_qs,    u"--email-notif"_qs, u"a@b.cl"_qs }
            << 64 << u"--cert"_qs;
        QTest::newRow("two environments") << QStringList { sii,
                                                           u"status"_qs,
                                                           u"123"_qs,
                                                           u"--environment"_qs,
                                                           u"produccion"_qs,
                                                           u"--sii-url"_qs,
                                                           u"http://127.0.0.1:9"_qs }
                                          << 64 << u"--sii-url"_qs;
        QTest::newRow("TRACKID with letters") << QStringList { sii, u"status"_qs, u"12a"_qs } << 64 << u"12a"_qs;
        QTest::newRow("plain http to a remote host")
            << QStringList { sii, u"status"_qs, u"123"_qs, u"--sii-url"_qs, u"http://sii.example.com"_qs } << 65
            << u"sii.example.com"_qs;
        QTest::newRow("document type not a number")
            << QStringList { sii, u"cesion"_qs, u"76555835-2"_qs, u"factura"_qs, u"1"_qs } << 64 << u"factura"_qs;
        QTest::newRow("missing AEC file")
            << QStringList { sii,         u"submit"_qs,        u"/no/existe.xml"_qs, u"--p12"_qs,
                             u"x.p12"_qs, u"--email-notif"_qs, u"a@b.cl"_qs }
            << 66 << u"/no/existe.xml"_qs;
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, mentions);
        m_database = u"sqlite://"_qs + m_dir.filePath(u"usage.db"_qs);
        const Run run = cli(arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(mentions), qPrintable(run.err));
        QCOMPARE(run.err.count(u'\n'), 1);
        QVERIFY(run.out.isEmpty());
    }

    void submitPollRecessionAndRegistry()
    {
        const QString started = startSim();
        QVERIFY2(started.isEmpty(), qPrintable(started));
        const QString first = write(u"cesion-1.xml"_qs, m_firstAec);

        const Run submitted = submit(first);
        QVERIFY2(submitted.exitCode == 0, qPrintable(submitted.err));
        const QString trackId = submitted.out.trimmed();
        QVERIFY2(!trackId.isEmpty() && trackId.toLongLong() > 0, qPrintable(submitted.out));

        const Run annotated = status(trackId);
        QVERIFY2(annotated.exitCode == 0, qPrintable(annotated.out + annotated.err));
        QVERIFY2(annotated.out.startsWith(u"EOK"_qs), qPrintable(annotated.out));
        QCOMPARE(scalar(u"SELECT state FROM cessions WHERE seq = 1"_qs).toString(), u"annotated"_qs);
        QVERIFY(scalar(u"SELECT COUNT(*) FROM sii_answers WHERE kind = 'envio'"_qs).toInt() >= 2);
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM cession_notifications WHERE kind = 'annotated'"_qs).toInt(), 1);

        // The same file again: nothing goes to the SII, the same TRACKID comes back.
        const Run again = submit(first);
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(again.out.trimmed(), trackId);
        QCOMPARE(m_sim->uploadCount(), 1);

        // A re-cession of it to a second cesionario.
        QString error;
        const QByteArray recession = m_support.recession(m_firstAec, &error);
        QVERIFY2(!recession.isEmpty(), qPrintable(error));
        const Run resubmitted = submit(write(u"cesion-2.xml"_qs, recession));
        QVERIFY2(resubmitted.exitCode == 0, qPrintable(resubmitted.err));
        const Run second = status(resubmitted.out.trimmed());
        QVERIFY2(second.exitCode == 0, qPrintable(second.out + second.err));
        QCOMPARE(scalar(u"SELECT state FROM cessions WHERE seq = 2"_qs).toString(), u"annotated"_qs);
        QCOMPARE(m_sim->annotationsOf(m_dteKey), 2);

        // The registry answers: ceded, to the second cesionario.
        const QStringList key = m_dteKey.split(u'/');
        const Run registry = cli(QStringList { u"sii"_qs, u"cesion"_qs, key.at(0), key.at(1), key.at(2) } + signer());
        QVERIFY2(registry.exitCode == 0, qPrintable(registry.out + registry.err));
        QVERIFY2(registry.out.contains(QString::fromLatin1(CessionTestSupport::secondCesionario)),
                 qPrintable(registry.out));
        const Run json
            = cli(QStringList { u"sii"_qs, u"cesion"_qs, key.at(0), key.at(1), key.at(2), u"--json"_qs } + signer());
        QCOMPARE(json.exitCode, 0);
        const QJsonObject answer = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(answer.value(u"ceded"_qs).toBool(), true);
        QCOMPARE(answer.value(u"holder"_qs).toString(), QString::fromLatin1(CessionTestSupport::secondCesionario));

        // A document never ceded.
        const Run none = cli(QStringList { u"sii"_qs, u"cesion"_qs, key.at(0), key.at(1), u"999999"_qs } + signer());
        QCOMPARE(none.exitCode, 1);
    }

    void recessionOfAnUnannotatedChainIsRejectedRcs()
    {
        const QString started = startSim();
        QVERIFY2(started.isEmpty(), qPrintable(started));
        QString error;
        const QByteArray recession = m_support.recession(m_support.firstCession(1000, &error), &error);
        QVERIFY2(!recession.isEmpty(), qPrintable(error));
        const Run submitted = submit(write(u"sin-anotar.xml"_qs, recession));
        QVERIFY2(submitted.exitCode == 0, qPrintable(submitted.err));
        const Run rejected = status(submitted.out.trimmed());
        QCOMPARE(rejected.exitCode, 1);
        QVERIFY2(rejected.out.startsWith(u"RCS"_qs), qPrintable(rejected.out));
        QCOMPARE(scalar(u"SELECT state FROM cessions"_qs).toString(), u"rejected"_qs);
        QCOMPARE(scalar(u"SELECT sii_code FROM cessions"_qs).toString(), u"RCS"_qs);
        QVERIFY(!scalar(u"SELECT sii_message FROM cessions"_qs).toString().isEmpty());
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM sii_answers WHERE code = 'RCS'"_qs).toInt(), 1);

        // Sent again only on an explicit, reasoned request; the SII rejects it again, for the same reason.
        const Run refused = submit(m_dir.filePath(u"sin-anotar.xml"_qs));
        QCOMPARE(refused.exitCode, 65);
        QVERIFY2(refused.err.contains(u"--resubmit"_qs), qPrintable(refused.err));
        QCOMPARE(m_sim->uploadCount(), 1);
        const Run resubmitted
            = submit(m_dir.filePath(u"sin-anotar.xml"_qs), { u"--resubmit"_qs, u"prueba de reenvío"_qs });
        QVERIFY2(resubmitted.exitCode == 0, qPrintable(resubmitted.err));
        QCOMPARE(m_sim->uploadCount(), 2);
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM cession_events WHERE reason LIKE '%prueba de reenvío%'"_qs).toInt(), 1);
    }

    void eachRejectionEndsRejectedWithItsMessage_data()
    {
        QTest::addColumn<QString>("code");
        QTest::newRow("RSC: schema broken on the way") << u"RSC"_qs;
        QTest::newRow("RFS: envelope altered on the way") << u"RFS"_qs;
        QTest::newRow("RCR: uploaded for another company") << u"RCR"_qs;
        QTest::newRow("RDC: a DTE whose signature fails") << u"RDC"_qs;
    }

    void eachRejectionEndsRejectedWithItsMessage()
    {
        QFETCH(QString, code);
        const QString started = startSim();
        QVERIFY2(started.isEmpty(), qPrintable(started));
        QVERIFY(m_firstAec.contains("<TmstFirmaEnvio>20") && m_firstAec.contains("</Caratula>"));
        QByteArray substitute;
        if (code == u"RDC"_qs) {
            // The same DTE with one signed byte changed, ceded and signed properly over it.
            QFile file(CessionTestSupport::dtePath());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QByteArray dte = file.readAll();
            const qsizetype at = dte.indexOf("<MntTotal>");
            QVERIFY(at > 0);
            dte[at + 10] = dte[at + 10] == '9' ? '8' : '9';
            auto loaded = DteReader::load(dte, u"alterado.xml"_qs);
            QVERIFY2(loaded.ok() && loaded->size() == 1, "the tampered DTE still reads");
            AecRequest request;
            request.dte = loaded->first();
            request.cedente.email = u"finanzas@emisor.cl"_qs;
            request.cesionario
                = AecParty { QString::fromLatin1(CessionTestSupport::firstCesionario), u"Factora Capital SpA"_qs,
                             u"Av. Apoquindo 3000"_qs, u"cesiones@factora.cl"_qs };
            request.declaracionJurada = true;
            auto built = AecBuilder::build(request, *m_support.signer(), m_clock);
            QVERIFY2(built.ok(), qPrintable(built.ok() ? QString() : built.error().message()));
            substitute = built->xml;
        }
        withService([&](CessionService& service, TamperingGateway& sii, SiiClient&, Database&) {
            if (code == u"RSC"_qs)
                sii.tamperBytes = [](QByteArray bytes) { return bytes.replace("</Caratula>", "<Extra/></Caratula>"); };
            else if (code == u"RFS"_qs)
                sii.tamperBytes = [](QByteArray bytes) {
                    return bytes.replace("<TmstFirmaEnvio>20", "<TmstFirmaEnvio>19"); // still a valid date
                };
            else if (code == u"RCR"_qs)
                sii.replaceCompany = Rut::parse(u"76177907-9"_qs).value();
            else
                sii.tamperBytes = [substitute](const QByteArray&) { return substitute; };
            const Actor actor = Actor::system(u"test"_qs);
            auto cession = service.record(actor, m_firstAec, u"cesion.xml"_qs, sii.environmentName(), u"a@b.cl"_qs);
            QVERIFY(cession.ok());
            auto submitted = service.submit(actor, cession->id, sii);
            QVERIFY2(submitted.ok(), qPrintable(submitted.ok() ? QString() : submitted.error().message()));
            QCOMPARE(submitted->state, CessionState::Submitted);
            const Cession last = followToTheEnd(service, cession->id, sii);
            QCOMPARE(last.state, CessionState::Rejected);
            QCOMPARE(last.siiCode, code);
            QVERIFY2(last.siiMessage.size() > 5, qPrintable(last.siiMessage));
            const auto answers = service.answers(cession->id).value();
            QCOMPARE(answers.last().code, code);
            QVERIFY(answers.last().raw.contains(code.toLatin1()));
            QCOMPARE(service.notifications(true)->last().kind, u"rejected"_qs);
        });
        QCOMPARE(m_sim->annotationsOf(m_dteKey), 0);
    }

    void faultsEndInSuccessAfterARetry_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::newRow("upload HTTP 500") << u"upload:http500:1"_qs;
        QTest::newRow("upload answers HTML") << u"upload:html:1"_qs;
        QTest::newRow("status HTTP 500") << u"status:http500:2"_qs;
        QTest::newRow("status answers HTML") << u"status:html:1"_qs;
        QTest::newRow("status connection dropped") << u"status:drop:1"_qs;
        QTest::newRow("token expires early") << u"token:token-expire"_qs;
    }

    void faultsEndInSuccessAfterARetry()
    {
        QFETCH(QString, fault);
        const QString started = startSim({ u"--fault"_qs, fault });
        QVERIFY2(started.isEmpty(), qPrintable(started));
        const Run submitted = submit(write(u"cesion.xml"_qs, m_firstAec));
        QVERIFY2(submitted.exitCode == 0, qPrintable(submitted.err));
        const Run annotated = status(submitted.out.trimmed());
        QVERIFY2(annotated.exitCode == 0, qPrintable(annotated.out + annotated.err));
        QCOMPARE(m_sim->uploadCount(), 1);
        QCOMPARE(m_sim->annotationsOf(m_dteKey), 1);
    }

    void uploadFailuresAreRecordedExplainedAndRecovered()
    {
        // More HTTP 500 answers than attempts: the run fails, says why, and the row keeps the reason.
        const QString started = startSim({ u"--fault"_qs, u"upload:http500:3"_qs, u"--fault"_qs, u"upload:drop:1"_qs });
        QVERIFY2(started.isEmpty(), qPrintable(started));
        const QString file = write(u"cesion.xml"_qs, m_firstAec);
        const Run failed = submit(file);
        QCOMPARE(failed.exitCode, 69);
        QVERIFY2(failed.err.contains(u"registro del SII"_qs), qPrintable(failed.err));
        QCOMPARE(scalar(u"SELECT state FROM cessions"_qs).toString(), u"submitting"_qs);
        QVERIFY(scalar(u"SELECT sii_message FROM cessions"_qs).toString().contains(u"HTTP 500"_qs));
        // The next run asks the registry (not ceded: one stored answer) and uploads again; the connection is
        // dropped. If it dropped while the file was still being sent the client retries and succeeds; if after,
        // the outcome is unknown again and the run after that recovers.
        const Run dropped = submit(file);
        QVERIFY2(dropped.exitCode == 69 || dropped.exitCode == 0, qPrintable(dropped.err));
        QCOMPARE(scalar(u"SELECT upload_count FROM cessions"_qs).toInt(), 2);
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM sii_answers WHERE kind = 'cesion'"_qs).toInt(), 1);
        const Run recovered = dropped.exitCode == 0 ? dropped : submit(file);
        QVERIFY2(recovered.exitCode == 0, qPrintable(recovered.err));
        const Run annotated = status(recovered.out.trimmed());
        QVERIFY2(annotated.exitCode == 0, qPrintable(annotated.out + annotated.err));
        QCOMPARE(m_sim->annotationsOf(m_dteKey), 1);
    }

    void crashBetweenUploadAndTrackIdDoesNotAnnotateTwice()
    {
        const QString started = startSim();
        QVERIFY2(started.isEmpty(), qPrintable(started));
        QString lostTrackId;
        withService([&](CessionService& service, TamperingGateway& sii, SiiClient& client, Database&) {
            const Actor actor = Actor::system(u"test"_qs);
            auto cession = service.record(actor, m_firstAec, u"cesion.xml"_qs, sii.environmentName(), u"a@b.cl"_qs);
            QVERIFY(cession.ok());
            sii.loseTheAnswer = true;
            auto cut = service.submit(actor, cession->id, sii);
            QVERIFY(!cut.ok());
            QCOMPARE(cut.error().code(), ErrorCode::Unavailable);
            QCOMPARE(service.find(cession->id)->state, CessionState::Submitting);
            lostTrackId = sii.lostTrackId;
            QVERIFY(!lostTrackId.isEmpty());
            // The SII goes on processing the file it received, whatever happened to us.
            for (int poll = 0; poll < 40; ++poll) {
                auto status = client.envioStatus(lostTrackId);
                QVERIFY(status.ok());
                if (status->isFinal()) {
                    QCOMPARE(status->code, u"EOK"_qs);
                    break;
                }
            }
        });
        QCOMPARE(m_sim->uploadCount(), 1);
        QCOMPARE(m_sim->annotationsOf(m_dteKey), 1);

        // On the next run the interrupted upload is found in the registry: annotated, not uploaded again.
        const Run recovered = submit(write(u"cesion-recuperada.xml"_qs, m_firstAec));
        QVERIFY2(recovered.exitCode == 0, qPrintable(recovered.out + recovered.err));
        QCOMPARE(scalar(u"SELECT state FROM cessions"_qs).toString(), u"annotated"_qs);
        QCOMPARE(scalar(u"SELECT upload_count FROM cessions"_qs).toInt(), 1);
        QCOMPARE(m_sim->uploadCount(), 1);
        QCOMPARE(m_sim->annotationsOf(m_dteKey), 1);
        QVERIFY(scalar(u"SELECT COUNT(*) FROM cession_events WHERE from_state = 'submitting' AND to_state = "
                       "'annotated'"_qs)
                    .toInt()
                == 1);
    }

    void serverPollerAnnotatesASubmittedCession()
    {
        const QString started = startSim();
        QVERIFY2(started.isEmpty(), qPrintable(started));
        const Run submitted = submit(write(u"cesion.xml"_qs, m_firstAec));
        QVERIFY2(submitted.exitCode == 0, qPrintable(submitted.err));
        QCOMPARE(scalar(u"SELECT state FROM cessions"_qs).toString(), u"submitted"_qs);

        const QString config
            = write(u"server.conf"_qs,
                    u"[server]\nsigning_certificate=%1\nsigning_passphrase_file=%2\n"
                    "[sii]\nurl=%3\n[cession]\npoll_seconds=1\n"_qs.arg(m_p12, m_passwordFile, m_sim->baseUrl())
                        .toUtf8());
        QProcess server;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"XDG_CONFIG_HOME"_qs, m_dir.filePath(u"config"_qs));
        environment.insert(u"XDG_DATA_HOME"_qs, m_dir.filePath(u"data"_qs));
        environment.remove(u"FACTORA_CONFIG"_qs);
        environment.remove(u"FACTORA_DATABASE_URL"_qs);
        environment.insert(u"QT_FORCE_STDERR_LOGGING"_qs, u"1"_qs);
        server.setProcessEnvironment(environment);
        server.start(qEnvironmentVariable("FACTORA_SERVER"), { u"--config"_qs, config, u"--database"_qs, m_database });
        QVERIFY(server.waitForStarted(30000));
        QString log;
        QTRY_VERIFY2_WITH_TIMEOUT((log += QString::fromUtf8(server.readAllStandardError()),
                                   scalar(u"SELECT state FROM cessions"_qs).toString() == u"annotated"_qs
                                       || server.state() != QProcess::Running),
                                  qPrintable(log), 60000);
        QCOMPARE(server.state(), QProcess::Running);
        QCOMPARE(scalar(u"SELECT state FROM cessions"_qs).toString(), u"annotated"_qs);
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM cession_notifications WHERE kind = 'annotated'"_qs).toInt(), 1);
        QCOMPARE(scalar(u"SELECT actor FROM cession_events WHERE to_state = 'annotated'"_qs).toString(), u"server"_qs);
        ::kill(pid_t(server.processId()), SIGTERM);
        QVERIFY(server.waitForFinished(30000));
        log += QString::fromUtf8(server.readAllStandardError());
        QVERIFY2(log.contains(u"annotated"_qs), qPrintable(log));
        QCOMPARE(server.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCessionEndToEnd)
#include "TestCessionEndToEnd.moc"
