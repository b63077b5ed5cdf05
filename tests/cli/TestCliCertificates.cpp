// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "CliApplication.h"
#include "TestPki.h"
#include "common/ManualClock.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace factora::core;
using factora::cli::CliApplication;
using factora::cli::CliContext;
using factora::test::TestPki;

/** @brief `factora-cli cert import|list|remove` against a real gnome-keyring (run through with-keyring). */
class TestCliCertificates : public QObject
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
    ManualClock m_clock{QDateTime(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC)};

    Run cli(const QStringList& arguments, const QByteArray& input = {})
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

    QString writeFile(const QString& name, const QByteArray& bytes)
    {
        QFile file(m_dir.filePath(name));
        file.open(QIODevice::WriteOnly);
        file.write(bytes);
        return file.fileName();
    }

    QJsonArray listed()
    {
        const Run list = cli({u"cert"_qs, u"list"_qs, u"--json"_qs});
        if (list.exitCode != 0)
            qWarning() << list.err;
        return QJsonDocument::fromJson(list.out.toUtf8()).array();
    }

private slots:
    void importListRemove()
    {
        TestPki::CertificateSpec spec;
        spec.commonName = u"Jorge Araya Pinto"_qs;
        spec.rutText = u"12345678-5"_qs;
        const int handle = m_pki.issue(spec);
        const QString p12 = writeFile(u"firma.p12"_qs, m_pki.pkcs12(handle, "clave-p12", TestPki::Pkcs12Encryption::LegacyRc2));

        const Run wrong = cli({u"cert"_qs, u"import"_qs, p12, u"--password-file"_qs, u"-"_qs}, "otra\n");
        QVERIFY(wrong.exitCode != 0);
        QCOMPARE(wrong.err.count(u'\n'), 1);

        const Run imported = cli({u"cert"_qs, u"import"_qs, p12, u"--password-file"_qs, u"-"_qs}, "clave-p12\n");
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QVERIFY(imported.out.contains(u"12345678-5"_qs));
        QVERIFY(imported.out.contains(u"Jorge Araya Pinto"_qs));

        QJsonArray certificates = listed();
        QCOMPARE(certificates.size(), 1);
        const QString id = certificates[0][u"id"_qs].toString();
        QCOMPARE(certificates[0][u"holderRut"_qs].toString().isEmpty() ? certificates[0][u"holder_rut"_qs].toString()
                                                                         : certificates[0][u"holderRut"_qs].toString(),
                 u"12345678-5"_qs);
        QCOMPARE(certificates[0][u"state"_qs].toString(), u"vigente"_qs);

        const Run removed = cli({u"cert"_qs, u"remove"_qs, id.left(12)});
        QVERIFY2(removed.exitCode == 0, qPrintable(removed.err));
        QCOMPARE(listed().size(), 0);
        QVERIFY(cli({u"cert"_qs, u"remove"_qs, id}).exitCode != 0);
    }

    void expiredAndRutlessCertificatesAreFlagged()
    {
        TestPki::CertificateSpec expired;
        expired.notAfter = QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);
        const QString p12 = writeFile(u"vencido.p12"_qs,
                                      m_pki.pkcs12(m_pki.issue(expired), "clave-p12", TestPki::Pkcs12Encryption::Aes256));
        const Run imported = cli({u"cert"_qs, u"import"_qs, p12, u"--password-file"_qs, u"-"_qs}, "clave-p12\n");
        QCOMPARE(imported.exitCode, 0);
        QVERIFY2(imported.err.contains(u"no está vigente"_qs), qPrintable(imported.err));

        TestPki::CertificateSpec rutless;
        rutless.rutEncoding = TestPki::RutEncoding::None;
        rutless.commonName = u"Sin RUT"_qs;
        const QString p12b = writeFile(u"sinrut.p12"_qs,
                                       m_pki.pkcs12(m_pki.issue(rutless), "clave-p12", TestPki::Pkcs12Encryption::Aes256));
        const Run second = cli({u"cert"_qs, u"import"_qs, p12b, u"--password-file"_qs, u"-"_qs}, "clave-p12\n");
        QCOMPARE(second.exitCode, 0);
        QVERIFY2(second.err.contains(u"RUT"_qs), qPrintable(second.err));

        const QJsonArray certificates = listed();
        QCOMPARE(certificates.size(), 2);
        QStringList states;
        for (const QJsonValue& certificate : certificates)
            states << certificate[u"state"_qs].toString();
        QVERIFY2(states.contains(u"vencido"_qs), qPrintable(states.join(u',')));
        for (const QJsonValue& certificate : certificates)
            QCOMPARE(cli({u"cert"_qs, u"remove"_qs, certificate[u"id"_qs].toString()}).exitCode, 0);
    }

    void missingFileIsNamed()
    {
        const Run missing = cli({u"cert"_qs, u"import"_qs, u"/no/existe.p12"_qs, u"--password-file"_qs, u"-"_qs}, "x\n");
        QCOMPARE(missing.exitCode, 66);
        QVERIFY(missing.err.contains(u"/no/existe.p12"_qs));
    }
};

QTEST_GUILESS_MAIN(TestCliCertificates)
#include "TestCliCertificates.moc"
