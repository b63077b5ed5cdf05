// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "CliApplication.h"
#include "PdfInspector.h"
#include "TestDatabase.h"
#include "common/ManualClock.h"
#include "dte/DteReader.h"
#include "security/Actor.h"
#include "settings/SettingsStore.h"
#include "storage/Migrator.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace factora::core;
using factora::cli::CliApplication;
using factora::cli::CliContext;
using factora::test::PdfInspector;
using factora::test::TestDatabase;

/** @brief `factora-cli dispatch render`: branding and SII data from the settings, options, and refusals. */
class TestInvoiceCli : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    std::unique_ptr<TestDatabase> m_db;
    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 20), QTime(15, 0), Qt::UTC)};
    const Actor m_system = Actor::system(u"cli:test"_qs);
    const QString m_data = qEnvironmentVariable("FACTORA_TEST_DATA_DIR");
    const QString m_dte = m_data + u"/sii/DTE--76354771-K--33--170.xml"_qs;

    Run cli(const QStringList& arguments)
    {
        QBuffer in, out, err;
        in.open(QIODevice::ReadOnly);
        out.open(QIODevice::WriteOnly);
        err.open(QIODevice::WriteOnly);
        QProcessEnvironment environment;
        environment.insert(u"USER"_qs, u"operadora"_qs);
        if (!m_db->password().isEmpty())
            environment.insert(u"FACTORA_DATABASE_PASSWORD"_qs, m_db->password());
        Run run;
        {
            CliContext context(in, out, err, environment, false);
            context.setClock(m_clock);
            const QStringList global{u"--config"_qs, m_dir.filePath(u"factora.conf"_qs), u"--database"_qs, m_db->url()};
            run.exitCode = CliApplication().run(context, global + arguments);
        }
        run.out = QString::fromUtf8(out.data());
        run.err = QString::fromUtf8(err.data());
        return run;
    }

    void set(const QString& key, const QString& value)
    {
        SettingsStore settings(m_db->database(), m_clock);
        const Status stored = settings.setValue(m_system, key, value);
        QVERIFY2(stored.ok(), stored.ok() ? "" : qPrintable(stored.error().message()));
    }

    QStringList render(const QString& out, const QStringList& extra = {}) const
    {
        return QStringList{u"dispatch"_qs, u"render"_qs, u"--dte"_qs, m_dte, u"--out"_qs, out} + extra;
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QFile config(m_dir.filePath(u"factora.conf"_qs));
        QVERIFY(config.open(QIODevice::WriteOnly)); // empty: defaults
        auto db = TestDatabase::create();
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message()));
        m_db = std::move(db.value());
        QVERIFY(Migrator(m_db->database()).migrate().ok());
    }

    void cleanup() { m_db.reset(); }

    void rendersWithSettings()
    {
        set(u"branding.nombre"_qs, u"Capital del Pacífico SpA"_qs);
        set(u"branding.logo"_qs, m_data + u"/invoice/logo.png"_qs);
        set(u"branding.color_principal"_qs, u"#204a87"_qs);
        set(u"invoice.resolucion_numero"_qs, u"0"_qs);
        set(u"invoice.resolucion_fecha"_qs, u"2010-01-01"_qs);
        // The emitter's own values win over the general ones.
        set(u"invoice.resolucion_numero.76354771"_qs, u"52"_qs);
        set(u"invoice.resolucion_fecha.76354771"_qs, u"2016-07-11"_qs);
        set(u"invoice.oficina_sii.76354771"_qs, u"Quillota"_qs);
        const QString out = m_dir.filePath(u"factura.pdf"_qs);
        const Run run = cli(render(out, {u"--cedible"_qs}));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(u"folio 170"_qs), qPrintable(run.out));
        const QString text = PdfInspector::text(out);
        QVERIFY2(text.contains(u"Capital del Pacífico SpA"_qs), qPrintable(text));
        QVERIFY(text.contains(u"Res. Nº 52 de 2016"_qs));
        QVERIFY(text.contains(u"S.I.I. - QUILLOTA"_qs));
        QVERIFY(text.contains(u"CEDIBLE"_qs));
        QVERIFY(text.contains(u"TOTAL $2.996.301"_qs));
        auto ted = DteReader::readFile(m_dte);
        QVERIFY(ted.ok());
        QCOMPARE(PdfInspector::pdf417(out, 1), DteReader::load(*ted, m_dte)->first().ted());

        // Options override the settings.
        const QString a4 = m_dir.filePath(u"a4.pdf"_qs);
        const Run overridden = cli(render(a4, {u"--papel"_qs, u"a4"_qs, u"--resolucion"_qs, u"99"_qs, u"--fecha-resolucion"_qs,
                                               u"2020-02-03"_qs, u"--oficina-sii"_qs, u"Valparaíso"_qs}));
        QVERIFY2(overridden.exitCode == 0, qPrintable(overridden.err));
        const QString a4Text = PdfInspector::text(a4);
        QVERIFY(a4Text.contains(u"Res. Nº 99 de 2020"_qs));
        QVERIFY(a4Text.contains(u"S.I.I. - VALPARAÍSO"_qs));
        QVERIFY(!a4Text.contains(u"CEDIBLE"_qs));
    }

    void refusesWithoutWriting_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("setting");
        QTest::addColumn<QString>("dte");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QStringList sii{u"--resolucion"_qs, u"80"_qs, u"--fecha-resolucion"_qs, u"2014-08-22"_qs, u"--oficina-sii"_qs,
                              u"Quillota"_qs};
        QTest::newRow("no resolution") << QStringList() << QString() << QString() << 65 << u"resolución del SII"_qs;
        QTest::newRow("unreadable logo") << sii << u"branding.logo=/nonexistent/logo.png"_qs << QString() << 65
                                         << u"no se pudo leer el logo «/nonexistent/logo.png»"_qs;
        QTest::newRow("bad colour setting") << sii << u"branding.color_principal=rojo"_qs << QString() << 78
                                            << u"branding.color_principal"_qs;
        QTest::newRow("bad paper") << (sii + QStringList{u"--papel"_qs, u"oficio"_qs}) << QString() << QString() << 64
                                   << u"--papel «oficio»"_qs;
        QTest::newRow("not a DTE") << sii << QString() << u"<Hola/>"_qs << 65 << u"no es un DTE"_qs;
        QTest::newRow("missing file") << sii << QString() << u"-"_qs << 74 << u"no-existe.xml"_qs;
        QTest::newRow("wrong folio") << (sii + QStringList{u"--folio"_qs, u"171"_qs}) << QString() << QString() << 66
                                     << u"folio 171"_qs;
    }

    void refusesWithoutWriting()
    {
        QFETCH(QStringList, extra);
        QFETCH(QString, setting);
        QFETCH(QString, dte);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        if (!setting.isEmpty())
            set(setting.section(u'=', 0, 0), setting.section(u'=', 1));
        const QString out = m_dir.filePath(u"no.pdf"_qs);
        QStringList arguments = render(out, extra);
        if (dte == u"-"_qs) {
            arguments[3] = m_dir.filePath(u"no-existe.xml"_qs);
        } else if (!dte.isEmpty()) {
            QFile file(m_dir.filePath(u"otro.xml"_qs));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(dte.toUtf8());
            arguments[3] = file.fileName();
        }
        const Run run = cli(arguments);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY(!QFile::exists(out));
        QCOMPARE(QDir(m_dir.path()).entryList({u"no.pdf*"_qs}).size(), 0); // no temporary file left either
    }
};

QTEST_GUILESS_MAIN(TestInvoiceCli)
#include "TestInvoiceCli.moc"
