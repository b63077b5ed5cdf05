// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "CliApplication.h"
#include "SimProcess.h"
#include "TestDatabase.h"
#include "TestPki.h"
#include "common/Clock.h"
#include "crypto/Pkcs12Bundle.h"
#include "demo/DemoSeeder.h"
#include "dte/DteService.h"
#include "security/AuthService.h"
#include "storage/Migrator.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <openssl/bn.h>

#include <memory>

using namespace factora::core;
using namespace Qt::StringLiterals;
using factora::cli::CliApplication;
using factora::cli::CliContext;
using factora::test::TestDatabase;
using factora::test::TestPki;

/**
 * @brief The demo kit of tools/demo-kit (what scripts/run gives a new user) is sound: generated in a temporary
 * folder, its DTEs pass the SII's schema and xmlsec1, import as Ingeniería Enacon's through DteService, its
 * certificate is the demo signer's, and an AEC built and submitted with it by factora-cli is annotated (EOK) by a
 * real factora-sii-sim that trusts only the kit's CA.
 */
class TestDemoKit : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    QTemporaryDir m_dir;
    QString m_kit;
    QStringList m_generatedDtes; ///< file names of the DTEs the kit made (the SII sample excluded)
    const QString m_sampleName = u"DTE--76354771-K--33--170.xml"_s;
    const QString m_testData = qEnvironmentVariable("FACTORA_TEST_DATA_DIR");

    QString script() const { return qEnvironmentVariable("FACTORA_DEMO_KIT"); }
    QString schema() const { return qEnvironmentVariable("FACTORA_DTE_SCHEMA"); }
    QString p12() const { return m_kit + u"/firma/cedente1-firma.p12"_s; }
    QString caPem() const { return m_kit + u"/ca/factora-demo-ca.pem"_s; }
    QString dte(const QString& name) const { return m_kit + u"/dte/"_s + name; }

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

    static Run cli(const QStringList& arguments, const QByteArray& input = {})
    {
        QBuffer in, out, err;
        in.setData(input);
        in.open(QIODevice::ReadOnly);
        out.open(QIODevice::WriteOnly);
        err.open(QIODevice::WriteOnly);
        Run run;
        {
            CliContext context(in, out, err, QProcessEnvironment(), false);
            run.exitCode = CliApplication().run(context, arguments);
        }
        run.out = QString::fromUtf8(out.data());
        run.err = QString::fromUtf8(err.data());
        return run;
    }

    static QByteArray readAll(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    /** @brief A new database with the demo data set, or null (and the reason in @p why). */
    static std::unique_ptr<TestDatabase> seededDatabase(QString* why)
    {
        auto db = TestDatabase::create();
        if (!db) {
            *why = db.error().message();
            return {};
        }
        if (auto migrated = Migrator((*db)->database()).migrate(); !migrated) {
            *why = migrated.error().message();
            return {};
        }
        if (auto seeded = DemoSeeder((*db)->database(), Clock::system()).seed(Actor::system(u"cli:test"_s)); !seeded) {
            *why = seeded.error().message();
            return {};
        }
        return std::move(db.value());
    }

    /** @brief Imports @p name of the kit as the demo user cedente1, with DteService as the desktop does. */
    DteImportItem importAsCedente1(TestDatabase& db, const QString& name)
    {
        DteImportItem failed;
        auto session = AuthService(db.database(), Clock::system(), LockoutPolicy())
                           .authenticate(u"cedente1"_s, DemoSeeder::demoPassword());
        if (!session) {
            failed.reason = u"sign-in: "_s + session.error().message();
            return failed;
        }
        auto report
            = DteService(db.database(), Clock::system()).import(Actor::user(session.value()), readAll(dte(name)), name);
        if (!report) {
            failed.reason = u"import: "_s + report.error().message();
            return failed;
        }
        if (report->items.size() != 1) {
            failed.reason = u"%1 DTEs in the file"_s.arg(report->items.size());
            return failed;
        }
        return report->items.first();
    }

    QStringList dteFiles() const
    {
        return QDir(m_kit + u"/dte"_s).entryList({u"*.xml"_s}, QDir::Files, QDir::Name);
    }

    /** @brief Builds the AEC of @p dteName with the kit's certificate and the parties the wizard proposes. */
    Run buildAec(const QString& dteName, const QString& out)
    {
        return cli({u"aec"_s, u"build"_s, u"--dte"_s, dte(dteName), u"--p12"_s, p12(), u"--p12-password-file"_s,
                    u"-"_s, u"--cesionario-rut"_s, u"77665544-9"_s, u"--cesionario-razon-social"_s,
                    u"Factora Capital SpA"_s, u"--cesionario-direccion"_s, u"Av. Apoquindo 3000, of. 501, Las Condes"_s,
                    u"--cesionario-email"_s, u"cesiones@demo.factora.cl"_s, u"--cedente-email"_s,
                    u"finanzas.enacon@demo.factora.cl"_s, u"--declaracion-jurada"_s, u"--out"_s, out},
                   DemoSeeder::demoCertificatePassword().toUtf8() + '\n');
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFile::exists(script()), qPrintable(script()));
        QVERIFY2(QFile::exists(schema()), qPrintable(schema()));
        QVERIFY2(QFile::exists(SimProcess::program()), qPrintable(SimProcess::program()));
        m_kit = m_dir.filePath(u"demo"_s);
        const Run made = runProcess(u"bash"_s, {script(), m_kit});
        QVERIFY2(made.exitCode == 0, qPrintable(made.out + made.err));
        for (const QString& name : dteFiles())
            if (name != m_sampleName)
                m_generatedDtes << name;
    }

    void layout()
    {
        QVERIFY(QFile::exists(caPem()));
        QVERIFY(QFile::exists(p12()));
        QCOMPARE(QFile::permissions(p12()) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        // Several DTEs of the demo cedente, plus the real SII sample copied byte for byte.
        QVERIFY2(m_generatedDtes.size() >= 3, qPrintable(dteFiles().join(u' ')));
        for (const QString& name : m_generatedDtes)
            QVERIFY2(name.startsWith(u"DTE--76354771-K--33--"_s), qPrintable(name));
        QCOMPARE(readAll(dte(m_sampleName)), readAll(m_testData + u"/sii/"_s + m_sampleName));
        // No private key left in clear anywhere in the kit.
        QDirIterator it(m_kit, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QVERIFY2(!readAll(path).contains("PRIVATE KEY"), qPrintable(path));
        }
    }

    void secondRunKeepsTheKit()
    {
        const QByteArray ca = readAll(caPem());
        const QStringList before = dteFiles();
        const Run again = runProcess(u"bash"_s, {script(), m_kit});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QCOMPARE(readAll(caPem()), ca);
        QCOMPARE(dteFiles(), before);
    }

    void newDtesGetNewFolios()
    {
        const QString other = m_dir.filePath(u"other"_s);
        // A second kit made with --new-dtes from the same identity: same CA, other folios.
        for (const QString& sub : {u"ca"_s, u"firma"_s}) {
            QVERIFY(QDir().mkpath(other + u'/' + sub));
            for (const QString& name : QDir(m_kit + u'/' + sub).entryList(QDir::Files))
                QVERIFY(QFile::copy(m_kit + u'/' + sub + u'/' + name, other + u'/' + sub + u'/' + name));
        }
        const Run made = runProcess(u"bash"_s, {script(), u"--new-dtes"_s, other});
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
        QCOMPARE(readAll(other + u"/ca/factora-demo-ca.pem"_s), readAll(caPem()));
        const QStringList again = QDir(other + u"/dte"_s).entryList({u"*.xml"_s}, QDir::Files, QDir::Name);
        QCOMPARE(again.size(), m_generatedDtes.size() + 1);
        for (const QString& name : m_generatedDtes)
            QVERIFY2(!again.contains(name), qPrintable(name + u" was made twice"_s));
    }

    void dtePassesSchemaAndSignature_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString& name : m_generatedDtes)
            QTest::newRow(qPrintable(name)) << name;
    }

    void dtePassesSchemaAndSignature()
    {
        QFETCH(QString, name);
        const Run schemaCheck = runProcess(u"xmllint"_s, {u"--noout"_s, u"--schema"_s, schema(), dte(name)});
        QVERIFY2(schemaCheck.exitCode == 0, qPrintable(schemaCheck.err));
        const Run signature = runProcess(u"xmlsec1"_s, {u"--verify"_s, u"--id-attr:ID"_s, u"Documento"_s, dte(name)});
        QVERIFY2(signature.exitCode == 0, qPrintable(signature.err));
        // The emitter's signature was made by the demo signer's certificate, issued by the kit's CA.
        const Run trusted = runProcess(u"xmlsec1"_s, {u"--verify"_s, u"--enabled-key-data"_s, u"x509"_s,
                                                      u"--trusted-pem"_s, caPem(), u"--id-attr:ID"_s,
                                                      u"Documento"_s, dte(name)});
        QVERIFY2(trusted.exitCode == 0, qPrintable(trusted.err));
    }

    void timbreVerifiesWithTheCafKey_data() { dtePassesSchemaAndSignature_data(); }

    void timbreVerifiesWithTheCafKey()
    {
        // FRMT is SHA1withRSA over the DD's exact bytes with the CAF's key, whose public half is RSAPK in the CAF.
        QFETCH(QString, name);
        const QByteArray bytes = readAll(dte(name));
        const auto between = [](const QByteArray& text, const QByteArray& open, const QByteArray& close) {
            const qsizetype from = text.indexOf(open);
            const qsizetype to = text.indexOf(close, from);
            return from < 0 || to < 0 ? QByteArray() : text.mid(from, to - from + close.size());
        };
        const QByteArray dd = between(bytes, "<DD>", "</DD>");
        const QByteArray frmtElement = between(bytes, "<FRMT", "</FRMT>");
        QVERIFY(!dd.isEmpty() && !frmtElement.isEmpty());
        // The base64 content of the first element named @p tag (exactly) in @p element.
        const auto base64Of = [&](const QByteArray& element, const QByteArray& tag) {
            const QByteArray close = "</" + tag + ">";
            QByteArray found = between(element, "<" + tag + ">", close);
            if (found.isEmpty())
                found = between(element, "<" + tag + " ", close);
            return QByteArray::fromBase64(found.mid(found.indexOf('>') + 1).chopped(close.size()));
        };
        const QByteArray modulus = base64Of(dd, "M");
        const QByteArray exponent = base64Of(dd, "E");
        const QByteArray signature = base64Of(frmtElement, "FRMT");
        QCOMPARE(modulus.size(), 64); // a 512-bit CAF key, as the SII issues
        QCOMPARE(exponent, QByteArray("\x03"));
        QCOMPARE(signature.size(), modulus.size());

        using Bn = std::unique_ptr<BIGNUM, decltype(&BN_free)>;
        const auto bn = [](const QByteArray& big) {
            return Bn(BN_bin2bn(reinterpret_cast<const unsigned char*>(big.constData()), int(big.size()), nullptr),
                      &BN_free);
        };
        const Bn n = bn(modulus), e = bn(exponent), s = bn(signature), m(BN_new(), &BN_free);
        std::unique_ptr<BN_CTX, decltype(&BN_CTX_free)> context(BN_CTX_new(), &BN_CTX_free);
        QVERIFY(n && e && s && m && context);
        QVERIFY(BN_mod_exp(m.get(), s.get(), e.get(), n.get(), context.get()) == 1);
        QByteArray encoded(modulus.size(), '\0');
        QVERIFY(BN_bn2binpad(m.get(), reinterpret_cast<unsigned char*>(encoded.data()), int(encoded.size())) > 0);
        // PKCS#1 v1.5: 00 01 FF…FF 00, the DigestInfo of SHA-1, the digest.
        const QByteArray sha1DigestInfo = QByteArray::fromHex("3021300906052b0e03021a05000414");
        const QByteArray digest = QCryptographicHash::hash(dd, QCryptographicHash::Sha1);
        QVERIFY(encoded.startsWith(QByteArray::fromHex("0001ff")));
        QVERIFY2(encoded.endsWith(sha1DigestInfo + digest), "FRMT does not sign the DD's bytes");
        QVERIFY(!encoded.endsWith(sha1DigestInfo + QCryptographicHash::hash(dd + ' ', QCryptographicHash::Sha1)));
    }

    void certificateIsTheDemoSigners()
    {
        auto bundle = Pkcs12Bundle::fromPkcs12(readAll(p12()), DemoSeeder::demoCertificatePassword().toUtf8());
        QVERIFY2(bundle.ok(), qPrintable(bundle ? QString() : bundle.error().message()));
        const Certificate& certificate = bundle->certificate();
        auto rut = certificate.holderRut();
        QVERIFY2(rut.ok(), qPrintable(rut ? QString() : rut.error().message()));
        QCOMPARE(rut.value(), DemoSeeder::demoSignerRut());
        QCOMPARE(certificate.commonName(), DemoSeeder::demoSignerName());
        QVERIFY(bundle->checkUsableForSigning(Clock::system()).ok());
        QVERIFY(!Pkcs12Bundle::fromPkcs12(readAll(p12()), "otra-clave").ok());
        // Issued by the kit's CA (what factora-sii-sim --trusted-ca checks).
        QFile pem(m_dir.filePath(u"holder.pem"_s));
        QVERIFY(pem.open(QIODevice::WriteOnly));
        pem.write(certificate.toPem());
        pem.close();
        const Run verified = runProcess(u"openssl"_s, {u"verify"_s, u"-CAfile"_s, caPem(), pem.fileName()});
        QVERIFY2(verified.exitCode == 0, qPrintable(verified.out + verified.err));
    }

    void dtesImportAsEnaconsThroughDteService()
    {
        QString why;
        const auto db = seededDatabase(&why);
        QVERIFY2(db, qPrintable(why));
        for (const QString& name : dteFiles()) {
            const DteImportItem item = importAsCedente1(*db, name);
            QVERIFY2(item.outcome == DteImportItem::Outcome::Imported, qPrintable(name + u": "_s + item.reason));
            QCOMPARE(item.emitterRut, u"76354771-K"_s);
            QCOMPARE(item.tipo, 33);
            // Ours verify strictly; the real sample, as every real DTE, the SII's way only (docs/dte.md).
            QCOMPARE(item.signatureStatus, name == m_sampleName ? u"valid_sii_only"_s : u"valid"_s);
        }
    }

    void aecIsAnnotatedBySimulatorTrustingTheKitCa_data()
    {
        QTest::addColumn<QString>("name");
        QVERIFY(!m_generatedDtes.isEmpty());
        QTest::newRow("demo DTE") << m_generatedDtes.first();
        QTest::newRow("SII sample") << m_sampleName;
    }

    void aecIsAnnotatedBySimulatorTrustingTheKitCa()
    {
        QFETCH(QString, name);
        SimProcess sim;
        const QString state = m_dir.filePath(name + u".state.json"_s);
        QVERIFY2(sim.start({u"--trusted-ca"_s, caPem(), u"--state"_s, state}), qPrintable(sim.error()));
        QString why;
        const auto db = seededDatabase(&why);
        QVERIFY2(db, qPrintable(why));
        const DteImportItem imported = importAsCedente1(*db, name);
        QVERIFY2(imported.outcome == DteImportItem::Outcome::Imported, qPrintable(imported.reason));

        const QString aec = m_dir.filePath(u"AEC-"_s + name);
        const Run built = buildAec(name, aec);
        QVERIFY2(built.exitCode == 0, qPrintable(built.err));

        const QString password = DemoSeeder::demoCertificatePassword() + u'\n';
        const QStringList signer{u"--p12"_s, p12(), u"--p12-password-file"_s, u"-"_s, u"--sii-url"_s, sim.baseUrl()};
        const Run submitted = cli(QStringList{u"--database"_s, db->url(), u"sii"_s, u"submit"_s, aec} + signer
                                      + QStringList{u"--email-notif"_s, u"cesiones@demo.factora.cl"_s, u"--json"_s},
                                  password.toUtf8());
        QVERIFY2(submitted.exitCode == 0, qPrintable(submitted.err + sim.standardError()));
        const QString trackId
            = QJsonDocument::fromJson(submitted.out.toUtf8()).object().value(u"track_id"_s).toString();
        QVERIFY2(!trackId.isEmpty(), qPrintable(submitted.out));

        const Run status = cli(QStringList{u"--database"_s, db->url(), u"sii"_s, u"status"_s, trackId} + signer
                                   + QStringList{u"--wait"_s, u"--timeout"_s, u"120"_s, u"--interval"_s, u"0"_s,
                                                 u"--json"_s},
                               password.toUtf8());
        const QJsonObject answer = QJsonDocument::fromJson(status.out.toUtf8()).object();
        QVERIFY2(status.exitCode == 0, qPrintable(status.out + status.err + sim.standardError()));
        QCOMPARE(answer.value(u"code"_s).toString(), u"EOK"_s);
        const QJsonObject cession = answer.value(u"cession"_s).toObject();
        QCOMPARE(cession.value(u"state"_s).toString(), u"annotated"_s);
        // The cession is of the DTE cedente1 imported: the desktop's inbox row.
        QVERIFY(imported.dteId.has_value());
        QCOMPARE(cession.value(u"dte_id"_s).toInteger(), *imported.dteId);
        QVERIFY(sim.stop());
    }

    void simulatorTrustingAnotherCaRefusesTheKitCertificate()
    {
        // The control of the test above: --trusted-ca really decides, so EOK there means the kit's CA is the one.
        TestPki otherPki;
        const QString otherCa = m_dir.filePath(u"other-ca.pem"_s);
        QFile file(otherCa);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray base64 = otherPki.caCertificateDer().toBase64();
        file.write("-----BEGIN CERTIFICATE-----\n");
        for (qsizetype at = 0; at < base64.size(); at += 64)
            file.write(base64.mid(at, 64) + '\n');
        file.write("-----END CERTIFICATE-----\n");
        file.close();
        SimProcess sim;
        QVERIFY2(sim.start({u"--trusted-ca"_s, otherCa}), qPrintable(sim.error()));
        QString why;
        const auto db = seededDatabase(&why);
        QVERIFY2(db, qPrintable(why));
        const QString aec = m_dir.filePath(u"AEC-refused.xml"_s);
        QVERIFY(buildAec(m_generatedDtes.first(), aec).exitCode == 0);
        const Run submitted
            = cli({u"--database"_s, db->url(), u"sii"_s, u"submit"_s, aec, u"--p12"_s, p12(),
                   u"--p12-password-file"_s, u"-"_s, u"--sii-url"_s, sim.baseUrl(), u"--email-notif"_s,
                   u"cesiones@demo.factora.cl"_s},
                  DemoSeeder::demoCertificatePassword().toUtf8() + '\n');
        QVERIFY2(submitted.exitCode != 0, qPrintable(submitted.out));
        QVERIFY2(submitted.err.contains(u"-3"_s), qPrintable(submitted.err));
        QVERIFY(sim.stop());
    }
};

QTEST_GUILESS_MAIN(TestDemoKit)
#include "TestDemoKit.moc"
