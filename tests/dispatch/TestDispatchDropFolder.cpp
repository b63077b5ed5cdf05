// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
// The SFTP drop folder of invoices (docs/dispatch.md, "Drop folder (SFTP)"): DispatchDropFolder on a temporary folder
// (sidecar contact, company contact, rejections with their reason, files still being written, crash recovery from
// processing/), and the whole path: a real sshd on 127.0.0.1 (tests/support/sftp-server), SftpUploader into the drop
// folder, the real factora-server taking it, and the message with its PDF at the real SMTP server.
#include "DispatchTestKit.h"

#include "delivery/SftpUploader.h"
#include "dispatch/DispatchDropFolder.h"
#include "security/Actor.h"
#include "storage/SqlQuery.h"
#include "storage/SqlTimestamp.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>

using namespace factora::core;
using namespace factora::test;
using namespace Qt::StringLiterals;

namespace {

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString& path, const QByteArray& content, QIODevice::OpenMode mode = QIODevice::WriteOnly)
{
    QFile file(path);
    return file.open(mode) && file.write(content) == content.size();
}

QByteArray dte(const QString& name)
{
    return readFile(qEnvironmentVariable("FACTORA_TEST_DATA_DIR") + u"/dte/"_s + name);
}

QStringList filesIn(const QString& dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

bool makeKey(const QString& path)
{
    QProcess keygen;
    keygen.start(u"ssh-keygen"_s, {u"-q"_s, u"-t"_s, u"ed25519"_s, u"-N"_s, QString(), u"-f"_s, path});
    return keygen.waitForFinished(20000) && keygen.exitCode() == 0;
}

QString currentUser()
{
    QProcess whoami;
    whoami.start(u"id"_s, {u"-un"_s});
    whoami.waitForFinished(10000);
    return QString::fromLocal8Bit(whoami.readAllStandardOutput()).trimmed();
}

const QString debtorRut = u"76177907-9"_s; // RUTRecep of tests/data/dte/*.xml

} // namespace

class TestDispatchDropFolder : public QObject
{
    Q_OBJECT

    std::unique_ptr<DispatchTestKit> m_kit;
    std::unique_ptr<QTemporaryDir> m_dir;

    QString drop() const { return m_dir->filePath(u"entrada"_s); }
    QString sub(QLatin1StringView folder) const { return drop() + u'/' + folder; }

    std::unique_ptr<DispatchDropFolder> folder()
    {
        auto result = std::make_unique<DispatchDropFolder>(drop(), m_kit->database(), m_kit->service(),
                                                           Actor::system(u"test:drop"_s), u"pdf"_s, m_kit->clock());
        return result->prepare() ? std::move(result) : nullptr;
    }

    int scalar(const QString& sql)
    {
        auto value = SqlQuery::scalar(*m_kit->database().connection(), sql);
        return value ? value->toInt() : -1;
    }

    bool addCompany(const QString& email, const QString& phone, const QString& rut = debtorRut)
    {
        const QString now = SqlTimestamp::toSql(m_kit->clock().nowUtc());
        return SqlQuery::exec(*m_kit->database().connection(),
                              u"INSERT INTO companies (rut, razon_social, email, telefono, is_debtor, created_at, "
                              "updated_at) VALUES (?, 'Deudora SpA', ?, ?, TRUE, ?, ?)"_s,
                              {rut, email, phone, now, now})
            .ok();
    }

    /** @brief Two polls: the first sees the files, the second takes those that did not change. */
    QList<DispatchDropOutcome> pollTwice(DispatchDropFolder& drop)
    {
        auto first = drop.poll();
        if (!first || !first->isEmpty())
            return {};
        auto second = drop.poll();
        return second ? second.value() : QList<DispatchDropOutcome>();
    }

private slots:
    void init()
    {
        QString why;
        m_kit = DispatchTestKit::create(&why);
        QVERIFY2(m_kit, qPrintable(why));
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        QVERIFY(QDir().mkpath(drop()));
    }

    void cleanup()
    {
        m_kit.reset();
        m_dir.reset();
    }

    void sidecarContactIsUsed()
    {
        QVERIFY(addCompany(u"empresa@deudor.test"_s, {})); // the sidecar wins over the company record
        QVERIFY(writeFile(drop() + u"/factura-1001.xml"_s, dte(u"dte-latin1.xml"_s)));
        QVERIFY(writeFile(drop() + u"/factura-1001.json"_s,
                          R"({"email":" Pagos@Deudor.test ","phone":"+56911111111","attach":"zip"})"));
        auto drop = folder();
        QVERIFY(drop);
        const QList<DispatchDropOutcome> outcomes = pollTwice(*drop);
        QCOMPARE(outcomes.size(), 1);
        QCOMPARE(outcomes.first().kind, DispatchDropOutcome::Kind::Enqueued);
        QCOMPARE(outcomes.first().fileName, u"factura-1001.xml"_s);
        QCOMPARE(outcomes.first().dispatchIds.size(), 1);

        auto record = m_kit->service().repository().get(outcomes.first().dispatchIds.first());
        QVERIFY(record);
        QCOMPARE(record->email, u"pagos@deudor.test"_s);
        QCOMPARE(record->phone, u"+56911111111"_s);
        QCOMPARE(record->attachmentKind, u"zip"_s);
        QCOMPARE(record->folio, 1001);
        QCOMPARE(record->state, DispatchState::Queued);
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM dispatches"_s), 1);
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM audit_log WHERE action = 'dispatch.drop_folder'"_s), 1);
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM audit_log WHERE action = 'dispatch.enqueue'"_s), 1);

        QCOMPARE(filesIn(drop->folder()), QStringList());
        QCOMPARE(filesIn(sub(DispatchDropFolder::processingFolder)), QStringList());
        const QStringList done = filesIn(sub(DispatchDropFolder::doneFolder));
        QCOMPARE(done.size(), 3);
        QString result;
        for (const QString& name : done) {
            QVERIFY2(name.startsWith(u"factura-1001."_s), qPrintable(name));
            if (name.endsWith(u".result.json"_s))
                result = name;
            else if (name.endsWith(u".xml"_s))
                QCOMPARE(readFile(sub(DispatchDropFolder::doneFolder) + u'/' + name), dte(u"dte-latin1.xml"_s));
        }
        QVERIFY(!result.isEmpty());
        const QJsonObject json
            = QJsonDocument::fromJson(readFile(sub(DispatchDropFolder::doneFolder) + u'/' + result)).object();
        QCOMPARE(json.value(u"dispatches"_s).toArray().first().toObject().value(u"id"_s).toInteger(),
                 outcomes.first().dispatchIds.first());
        QCOMPARE(filesIn(sub(DispatchDropFolder::rejectedFolder)), QStringList());
    }

    void companyContactWithoutSidecar_data()
    {
        QTest::addColumn<QString>("file"); // under tests/data
        QTest::addColumn<QString>("rut");
        QTest::addColumn<int>("folio");
        QTest::newRow("DTE, windows-1252") << u"dte/dte-windows1252.xml"_s << debtorRut << 1003;
        QTest::newRow("AEC signed, from the SII") << u"sii/AEC--76399752-9--33--25568--SEQ-1.xml"_s << u"96874030-K"_s
                                                  << 25568;
    }

    void companyContactWithoutSidecar()
    {
        QFETCH(QString, file);
        QFETCH(QString, rut);
        QFETCH(int, folio);
        QVERIFY(addCompany(u"cobranzas@deudor.test"_s, u"+56922222222"_s, rut));
        const QByteArray xml = readFile(qEnvironmentVariable("FACTORA_TEST_DATA_DIR") + u'/' + file);
        QVERIFY(!xml.isEmpty());
        QVERIFY(writeFile(drop() + u"/entregado.xml"_s, xml));
        auto drop = folder();
        QVERIFY(drop);
        const QList<DispatchDropOutcome> outcomes = pollTwice(*drop);
        QCOMPARE(outcomes.size(), 1);
        QCOMPARE(outcomes.first().kind, DispatchDropOutcome::Kind::Enqueued);
        auto record = m_kit->service().repository().get(outcomes.first().dispatchIds.value(0));
        QVERIFY(record);
        QCOMPARE(record->email, u"cobranzas@deudor.test"_s);
        QCOMPARE(record->phone, u"+56922222222"_s);
        QCOMPARE(record->attachmentKind, u"pdf"_s);
        QCOMPARE(record->folio, folio);
        QCOMPARE(record->debtorRut, rut);
        QCOMPARE(filesIn(sub(DispatchDropFolder::doneFolder)).size(), 2); // the XML and its result
    }

    void rejected_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<QByteArray>("sidecar"); // empty: none
        QTest::addColumn<bool>("company");
        QTest::addColumn<QString>("reason");
        const QByteArray good = dte(u"dte-latin1.xml"_s);
        QTest::newRow("malformed XML") << QByteArray("<?xml version=\"1.0\"?><DTE><Documento>") << QByteArray()
                                       << true << u"factura.xml"_s;
        QTest::newRow("no contact anywhere") << good << QByteArray() << false << u"ni teléfono para el folio 1001"_s;
        QTest::newRow("company without e-mail or phone") << good << QByteArray("{\"attach\":\"pdf\"}") << false
                                                         << u"ficha de empresa"_s;
        QTest::newRow("sidecar not JSON") << good << QByteArray("email=a@b.cl") << true
                                          << u"«factura.json» no es un objeto JSON válido"_s;
        QTest::newRow("sidecar unknown field") << good << QByteArray("{\"mail\":\"a@b.cl\"}") << true
                                               << u"campo desconocido «mail»"_s;
        QTest::newRow("sidecar field not text") << good << QByteArray("{\"phone\":56911111111}") << true
                                                << u"«phone» debe ser un texto"_s;
        QTest::newRow("unknown attachment") << good << QByteArray("{\"email\":\"a@b.cl\",\"attach\":\"docx\"}")
                                            << true << u"Adjunto «docx» desconocido"_s;
    }

    void rejected()
    {
        QFETCH(QByteArray, xml);
        QFETCH(QByteArray, sidecar);
        QFETCH(bool, company);
        QFETCH(QString, reason);
        if (company)
            QVERIFY(addCompany(u"cobranzas@deudor.test"_s, {}));
        else
            QVERIFY(addCompany({}, {}));
        QVERIFY(writeFile(drop() + u"/factura.xml"_s, xml));
        if (!sidecar.isEmpty())
            QVERIFY(writeFile(drop() + u"/factura.json"_s, sidecar));
        auto drop = folder();
        QVERIFY(drop);
        const QList<DispatchDropOutcome> outcomes = pollTwice(*drop);
        QCOMPARE(outcomes.size(), 1);
        QCOMPARE(outcomes.first().kind, DispatchDropOutcome::Kind::Rejected);
        QVERIFY2(outcomes.first().reason.contains(reason), qPrintable(outcomes.first().reason));
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM dispatches"_s), 0);
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM audit_log WHERE action LIKE 'dispatch.%'"_s), 0);

        const QString rejectedDir = sub(DispatchDropFolder::rejectedFolder);
        const QStringList rejected = filesIn(rejectedDir);
        QCOMPARE(rejected.size(), sidecar.isEmpty() ? 2 : 3);
        QString errorText;
        for (const QString& name : rejected) {
            if (name.endsWith(u".error.txt"_s))
                errorText = QString::fromUtf8(readFile(rejectedDir + u'/' + name));
            else if (name.endsWith(u".xml"_s))
                QCOMPARE(readFile(rejectedDir + u'/' + name), xml);
            else
                QCOMPARE(readFile(rejectedDir + u'/' + name), sidecar);
        }
        QVERIFY2(errorText.startsWith(u"«factura.xml» rechazado el "_s), qPrintable(errorText));
        QVERIFY2(errorText.contains(reason), qPrintable(errorText));
        QCOMPARE(filesIn(drop->folder()), QStringList());
        QCOMPARE(filesIn(sub(DispatchDropFolder::processingFolder)), QStringList());
        QCOMPARE(filesIn(sub(DispatchDropFolder::doneFolder)), QStringList());
    }

    void incompleteFilesAreNotTaken()
    {
        QVERIFY(addCompany(u"cobranzas@deudor.test"_s, {}));
        const QByteArray xml = dte(u"dte-latin1.xml"_s);
        const QString growing = drop() + u"/creciendo.xml"_s;
        QVERIFY(writeFile(growing, xml.left(200)));
        QVERIFY(writeFile(drop() + u"/.oculto.xml"_s, xml));
        QVERIFY(writeFile(drop() + u"/subiendo.xml.part"_s, xml));
        QVERIFY(writeFile(drop() + u"/subiendo.xml.tmp"_s, xml));
        auto drop = folder();
        QVERIFY(drop);
        QCOMPARE(drop->poll()->size(), 0); // first sight of everything
        QVERIFY(writeFile(growing, xml.mid(200, 300), QIODevice::Append));
        QCOMPARE(drop->poll()->size(), 0); // it grew since the last poll
        QVERIFY(writeFile(growing, xml.mid(500), QIODevice::Append));
        QCOMPARE(drop->poll()->size(), 0); // and again
        QVERIFY(filesIn(drop->folder()).contains(u"creciendo.xml"_s));
        const auto taken = drop->poll(); // unchanged since the last poll: complete
        QVERIFY(taken);
        QCOMPARE(taken->size(), 1);
        QCOMPARE(taken->first().fileName, u"creciendo.xml"_s);
        QCOMPARE(taken->first().kind, DispatchDropOutcome::Kind::Enqueued);
        QCOMPARE(drop->poll()->size(), 0);
        // Temporary and hidden names are never taken, however long they stay.
        QCOMPARE(filesIn(drop->folder()),
                 (QStringList{u".oculto.xml"_s, u"subiendo.xml.part"_s, u"subiendo.xml.tmp"_s}));
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM dispatches"_s), 1);
    }

    void leftInProcessingIsFinishedOnce()
    {
        QVERIFY(addCompany(u"cobranzas@deudor.test"_s, {}));
        const QString processing = sub(DispatchDropFolder::processingFolder);
        const QString done = sub(DispatchDropFolder::doneFolder);
        {
            auto drop = folder(); // creates the subfolders
            QVERIFY(drop);
        }
        // A server died right after moving the file to processing/: the next start enqueues it.
        QVERIFY(writeFile(processing + u"/a.xml"_s, dte(u"dte-latin1.xml"_s)));
        QVERIFY(writeFile(processing + u"/a.json"_s, R"({"email":"a@deudor.test"})"));
        auto restarted = folder();
        QVERIFY(restarted);
        auto first = restarted->poll(); // the first poll, no waiting: processing/ holds only complete files
        QVERIFY(first);
        QCOMPARE(first->size(), 1);
        QCOMPARE(first->first().kind, DispatchDropOutcome::Kind::Enqueued);
        const qint64 id = first->first().dispatchIds.value(0);
        QCOMPARE(m_kit->service().repository().get(id)->email, u"a@deudor.test"_s);

        // A server died after enqueueing it and before moving it out of processing/: moved, not enqueued again
        // (without its sidecar, which it had moved, the company contact would have been used).
        QString doneXml;
        for (const QString& name : filesIn(done)) {
            if (name.endsWith(u".xml"_s))
                doneXml = name;
        }
        QVERIFY(!doneXml.isEmpty());
        QVERIFY(QFile::rename(done + u'/' + doneXml, processing + u"/a.xml"_s));
        auto again = folder();
        QVERIFY(again);
        auto second = again->poll();
        QVERIFY(second);
        QCOMPARE(second->size(), 1);
        QCOMPARE(second->first().kind, DispatchDropOutcome::Kind::AlreadyEnqueued);
        QCOMPARE(second->first().dispatchIds, QList<qint64>{id});
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM dispatches"_s), 1);
        QCOMPARE(filesIn(processing), QStringList());
        QVERIFY(filesIn(done).contains(doneXml));

        // The same file uploaded again: the same dispatch, nothing new.
        QVERIFY(writeFile(drop() + u"/a.xml"_s, dte(u"dte-latin1.xml"_s)));
        const QList<DispatchDropOutcome> reupload = pollTwice(*again);
        QCOMPARE(reupload.size(), 1);
        QCOMPARE(reupload.first().kind, DispatchDropOutcome::Kind::AlreadyEnqueued);
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM dispatches"_s), 1);
    }

    void otherFilesAreRejected()
    {
        QVERIFY(writeFile(drop() + u"/planilla.xlsx"_s, "PK\x03\x04"));
        QVERIFY(writeFile(drop() + u"/solo.json"_s, R"({"email":"a@b.cl"})"));
        auto drop = folder();
        QVERIFY(drop);
        const QList<DispatchDropOutcome> outcomes = pollTwice(*drop);
        QCOMPARE(outcomes.size(), 1);
        QCOMPARE(outcomes.first().fileName, u"planilla.xlsx"_s);
        QCOMPARE(outcomes.first().kind, DispatchDropOutcome::Kind::Rejected);
        QCOMPARE(filesIn(sub(DispatchDropFolder::rejectedFolder)),
                 (QStringList{u"planilla.xlsx"_s, u"planilla.xlsx.error.txt"_s}));
        QCOMPARE(filesIn(drop->folder()), QStringList{u"solo.json"_s}); // a sidecar waits for its XML
    }

    void sftpUploadReachesTheDebtor()
    {
        QVERIFY(addCompany({}, {}));
        const QString user = currentUser();
        QVERIFY(!user.isEmpty());
        const QString sshDir = m_dir->filePath(u"ssh"_s);
        QVERIFY(QDir().mkpath(sshDir));
        QVERIFY(makeKey(sshDir + u"/client"_s));
        QVERIFY(writeFile(sshDir + u"/authorized_keys"_s, readFile(sshDir + u"/client.pub"_s)));
        DeliveryTestServer sshd;
        QVERIFY2(sshd.start(u"sftp-server"_s, {sshDir}), qPrintable(sshd.errorOutput()));
        const QList<QByteArray> hostKey = readFile(sshDir + u"/host_ed25519.pub"_s).trimmed().split(' ');
        QVERIFY(writeFile(sshDir + u"/known_hosts"_s, "[127.0.0.1]:" + QByteArray::number(sshd.port()) + ' '
                                                           + hostKey.value(0) + ' ' + hostKey.value(1) + '\n'));

        // The server runs on the real clock.
        m_kit->clock().set(QDateTime::currentDateTimeUtc());
        QFile config(m_dir->filePath(u"factora.conf"_s));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(u"[database]\nurl=%1\n[smtp]\nhost=127.0.0.1\nport=%2\ntls=none\nfrom=cobranza@factoring.test\n"
                     "[dispatch]\nworkers=1\npoll_seconds=1\nlink_domain=pagos.factoring.test\npurge_time=23:59\n"
                     "drop_folder=%3\ndrop_interval=1\n"_s.arg(m_kit->testDatabase().url())
                         .arg(m_kit->smtpPort())
                         .arg(drop())
                         .toUtf8());
        config.close();
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"FACTORA_CONFIG"_s, config.fileName());
        if (!m_kit->testDatabase().password().isEmpty())
            environment.insert(u"FACTORA_DATABASE_PASSWORD"_s, m_kit->testDatabase().password());
        QProcess server;
        server.setProcessEnvironment(environment);
        server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        server.start(QStringLiteral(FACTORA_SERVER_PATH), {});
        QVERIFY(server.waitForStarted(10000));

        const QString local = m_dir->filePath(u"factura-1002.json"_s);
        QVERIFY(writeFile(local, R"({"email":"sftp@deudor.test"})"));
        QVERIFY(writeFile(m_dir->filePath(u"factura-1002.xml"_s), dte(u"dte-utf8.xml"_s)));
        TransferOptions options;
        options.timeoutSeconds = 10;
        options.knownHostsFile = sshDir + u"/known_hosts"_s;
        const SftpUploader uploader(
            DeliveryDestination::parse(u"sftp://%1@127.0.0.1:%2%3"_s.arg(user).arg(sshd.port()).arg(drop())).value(),
            SshCredentials{readFile(sshDir + u"/client"_s), {}, {}}, options);
        // The sidecar first, then the invoice (each written as .<name>.part and renamed by SftpUploader).
        const Status sidecar = uploader.upload(local, u"factura-1002.json"_s);
        QVERIFY2(sidecar, qPrintable(sidecar ? QString() : sidecar.error().message()));
        const Status invoice = uploader.upload(m_dir->filePath(u"factura-1002.xml"_s), u"factura-1002.xml"_s);
        QVERIFY2(invoice, qPrintable(invoice ? QString() : invoice.error().message()));

        QTRY_COMPARE_WITH_TIMEOUT(m_kit->messagesFor(u"sftp@deudor.test"_s).size(), 1, 60000);
        server.terminate();
        QVERIFY(server.waitForFinished(30000));
        sshd.stop();

        const QJsonObject message = m_kit->messagesFor(u"sftp@deudor.test"_s).first();
        const QJsonArray attachments = message.value(u"attachments"_s).toArray();
        QCOMPARE(attachments.size(), 1);
        const QJsonObject pdf = attachments.first().toObject();
        QVERIFY2(pdf.value(u"content_type"_s).toString() == u"application/pdf"_s,
                 qPrintable(QString::fromUtf8(QJsonDocument(pdf).toJson())));
        QVERIFY(readFile(pdf.value(u"path"_s).toString()).startsWith("%PDF-"));
        auto all = m_kit->service().repository().search({});
        QVERIFY(all);
        QCOMPARE(all->size(), 1);
        QCOMPARE(all->first().state, DispatchState::Accepted);
        QCOMPARE(all->first().folio, 1002);
        QVERIFY(filesIn(sub(DispatchDropFolder::doneFolder)).size() == 3);
        QCOMPARE(filesIn(drop()), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestDispatchDropFolder)
#include "TestDispatchDropFolder.moc"
