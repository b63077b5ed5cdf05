// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "CliApplication.h"
#include "TestPki.h"
#include "common/ManualClock.h"

#include <QBuffer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace factora::core;
using factora::cli::CliApplication;
using factora::cli::CliContext;
using factora::test::TestPki;

/** @brief `factora-cli aec build` and `aec verify` on a signed test DTE and a test certificate. */
class TestCliAec : public QObject
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
    TestPki m_pki;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 20), QTime(15, 0), Qt::UTC)};
    QString m_validP12;
    QString m_expiredP12;
    const QString m_dte = qEnvironmentVariable("FACTORA_TEST_DATA_DIR") + u"/dte/dte-latin1.xml"_qs;

    Run cli(const QStringList& arguments, const QByteArray& input = "clave-p12\n")
    {
        QBuffer in, out, err;
        in.setData(input);
        in.open(QIODevice::ReadOnly);
        out.open(QIODevice::WriteOnly);
        err.open(QIODevice::WriteOnly);
        Run run;
        {
            CliContext context(in, out, err, QProcessEnvironment(), false);
            context.setClock(m_clock);
            run.exitCode = CliApplication().run(context, arguments);
        }
        run.out = QString::fromUtf8(out.data());
        run.err = QString::fromUtf8(err.data());
        return run;
    }

    QStringList build(const QString& p12, const QString& out, const QStringList& extra = {})
    {
        return QStringList{u"aec"_qs, u"build"_qs, u"--dte"_qs, m_dte, u"--p12"_qs, p12, u"--p12-password-file"_qs, u"-"_qs,
                           u"--cesionario-rut"_qs, u"77665544-9"_qs, u"--cesionario-razon-social"_qs,
                           u"Factora Capital SpA"_qs, u"--cesionario-direccion"_qs, u"Av. Apoquindo 3000"_qs,
                           u"--cesionario-email"_qs, u"cesiones@factora.cl"_qs, u"--cedente-email"_qs,
                           u"finanzas@emisor.cl"_qs, u"--declaracion-jurada"_qs, u"--out"_qs, out}
            + extra;
    }

    QString write(const QString& name, const QByteArray& bytes)
    {
        QFile file(m_dir.filePath(name));
        file.open(QIODevice::WriteOnly);
        file.write(bytes);
        return file.fileName();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(QFile::exists(m_dte));
        m_validP12 = write(u"firma.p12"_qs, m_pki.pkcs12(m_pki.issue({}), "clave-p12", TestPki::Pkcs12Encryption::Aes256));
        TestPki::CertificateSpec expired;
        expired.notAfter = QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);
        m_expiredP12 = write(u"vencido.p12"_qs, m_pki.pkcs12(m_pki.issue(expired), "clave-p12", TestPki::Pkcs12Encryption::Aes256));
    }

    void buildsAndVerifies()
    {
        const QString out = m_dir.filePath(u"cesion.xml"_qs);
        const Run built = cli(build(m_validP12, out));
        QVERIFY2(built.exitCode == 0, qPrintable(built.err));
        QVERIFY(QFile::exists(out));

        const Run verified = cli({u"aec"_qs, u"verify"_qs, out});
        QVERIFY2(verified.exitCode == 0, qPrintable(verified.out + verified.err));
        QVERIFY(verified.out.contains(u"DocumentoCesion"_qs));

        const Run json = cli({u"aec"_qs, u"verify"_qs, out, u"--json"_qs});
        QCOMPARE(json.exitCode, 0);
        QVERIFY(QJsonDocument::fromJson(json.out.toUtf8()).isObject());

        // One byte of the signed amount changed: the verdict turns negative.
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray bytes = file.readAll();
        file.close();
        QVERIFY(bytes.contains("<MontoCesion>1190000</MontoCesion>"));
        bytes.replace("<MontoCesion>1190000</MontoCesion>", "<MontoCesion>1190001</MontoCesion>");
        const Run tampered = cli({u"aec"_qs, u"verify"_qs, write(u"alterado.xml"_qs, bytes)});
        QCOMPARE(tampered.exitCode, 1);
    }

    void refusalsWriteNothing_data()
    {
        QTest::addColumn<bool>("expiredCertificate");
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("amount above total") << false << QStringList{u"--monto"_qs, u"1190001"_qs} << u"Regla de monto"_qs;
        QTest::newRow("due date before issue") << false << QStringList{u"--vencimiento"_qs, u"2026-01-01"_qs}
                                               << u"Regla de vencimiento"_qs;
        QTest::newRow("expired certificate") << true << QStringList{} << u"Regla de certificado vigente"_qs;
        QTest::newRow("amount with cents") << false << QStringList{u"--monto"_qs, u"100.50"_qs} << u"centavos"_qs;
    }

    void refusalsWriteNothing()
    {
        QFETCH(bool, expiredCertificate);
        QFETCH(QStringList, extra);
        QFETCH(QString, mentions);
        const QString out = m_dir.filePath(u"rechazado.xml"_qs);
        const Run refused = cli(build(expiredCertificate ? m_expiredP12 : m_validP12, out, extra));
        QCOMPARE(refused.exitCode, 65);
        QVERIFY2(refused.err.contains(mentions), qPrintable(refused.err));
        QCOMPARE(refused.err.count(u'\n'), 1);
        QVERIFY(!QFile::exists(out));
    }

    void usageErrors()
    {
        QCOMPARE(cli({u"aec"_qs, u"build"_qs, u"--out"_qs, m_dir.filePath(u"x.xml"_qs)}).exitCode, 64);
        QCOMPARE(cli({u"aec"_qs, u"verify"_qs}).exitCode, 64);
        const Run missing = cli({u"aec"_qs, u"verify"_qs, m_dir.filePath(u"no-existe.xml"_qs)});
        QVERIFY(missing.exitCode > 1);
        QVERIFY2(missing.err.contains(u"no-existe.xml"_qs), qPrintable(missing.err));
    }
};

QTEST_GUILESS_MAIN(TestCliAec)
#include "TestCliAec.moc"
