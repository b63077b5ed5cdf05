// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "TestDatabase.h"
#include "common/Configuration.h"
#include "common/ManualClock.h"
#include "demo/DemoSeeder.h"
#include "dte/DteRepository.h"
#include "dtes/DteDetailView.h"
#include "dtes/DteFilterProxyModel.h"
#include "dtes/DteImportResultModel.h"
#include "dtes/DteInboxLoader.h"
#include "dtes/DteInboxPage.h"
#include "dtes/DteTableModel.h"
#include "security/AuthService.h"
#include "settings/SettingsStore.h"
#include "storage/Migrator.h"
#include "storage/SqlQuery.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace factora;
using namespace factora::core;
using factora::test::TestDatabase;
using factora::ui::DteFileResult;
using factora::ui::DteInboxPage;
using factora::ui::DteTableModel;

namespace {

QString testData(const QString& relative)
{
    return QDir(qEnvironmentVariable("FACTORA_TEST_DATA_DIR")).filePath(relative);
}

bool copy(const QString& from, const QString& to)
{
    QDir().mkpath(QFileInfo(to).absolutePath());
    return QFile::copy(from, to);
}

QStringList column(const QAbstractItemModel& model, int column)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values << model.index(row, column).data().toString();
    return values;
}

} // namespace

/**
 * @brief The DTE inbox page on a real database (both engines): importing a folder off the UI thread with per-file
 * results, the table, its filters and quick search, the detail with the rendered invoice, the companies a cedente
 * sees, and cancelling an import.
 */
class TestDteInboxPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    ManualClock m_clock { QDateTime(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC) };
    QTemporaryDir m_dir;

    std::optional<UserSession> signIn(const QString& username)
    {
        AuthService auth(m_db->database(), m_clock, LockoutPolicy {});
        auto session = auth.authenticate(username, DemoSeeder::demoPassword());
        if (!session)
            return std::nullopt;
        return session.value();
    }

    ui::DesktopContext context() const
    {
        auto configuration = Configuration::load(QString(), QProcessEnvironment(), {});
        if (!configuration)
            qFatal("%s", qPrintable(configuration.error().message()));
        return ui::DesktopContext { m_db->shared(), configuration.value(), &m_clock };
    }

    // The folder of the main scenario: the SII sample DTE of the demo cedente, another emitter's DTE, a copy of
    // the sample in a subfolder (a duplicate) and a file that is not a DTE.
    QString scenarioFolder()
    {
        const QString folder = m_dir.filePath(u"entrada"_qs);
        if (QDir(folder).exists())
            return folder;
        const bool ok = copy(testData(u"sii/DTE--76354771-K--33--170.xml"_qs), folder + u"/a-factura-170.xml"_qs)
            && copy(testData(u"dte/dte-latin1.xml"_qs), folder + u"/b-otro-emisor.xml"_qs)
            && copy(testData(u"sii/DTE--76354771-K--33--170.xml"_qs), folder + u"/sub/c-copia-170.xml"_qs);
        QFile junk(folder + u"/d-no-es-dte.xml"_qs);
        if (!ok || !junk.open(QIODevice::WriteOnly) || junk.write("<Factura><Folio>1</Folio></Factura>\n") <= 0)
            return {};
        junk.close();
        QFile ignored(folder + u"/notas.txt"_qs); // not *.xml: a folder import skips it
        if (!ignored.open(QIODevice::WriteOnly))
            return {};
        return folder;
    }

    bool waitForRows(DteInboxPage& page)
    {
        QSignalSpy loaded(&page, &DteInboxPage::rowsLoaded);
        if (page.isLoading() && !loaded.wait(60000))
            return false;
        return loaded.isEmpty() || loaded.first().first().toString().isEmpty();
    }

    // Imports @p paths and waits until the table has been read again.
    bool importAndWait(DteInboxPage& page, const QStringList& paths)
    {
        QSignalSpy finished(&page, &DteInboxPage::importFinished);
        if (!page.importPaths(paths) || !finished.wait(120000))
            return false;
        return waitForRows(page);
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        auto db = TestDatabase::create();
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message()));
        m_db = std::move(db.value());
        QVERIFY(Migrator(m_db->database()).migrate().ok());
        QVERIFY(DemoSeeder(m_db->database(), m_clock).seed(Actor::system(u"cli:test"_qs)).ok());
    }

    void cleanup()
    {
        QDir(m_dir.filePath(u"entrada"_qs)).removeRecursively();
        m_db.reset();
    }

    void importsAFolderWithPerFileResults()
    {
        const auto session = signIn(u"ejecutivo"_qs);
        QVERIFY(session);
        DteInboxPage page(context(), *session);
        QAbstractItemModelTester resultsTester(page.importResults(),
                                               QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester tableTester(page.proxyModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(waitForRows(page));
        QCOMPARE(page.tableModel()->rowCount(), 0);
        QVERIFY(page.findChild<QLabel*>(u"dteEmptyLabel"_qs)->text().contains(u"Aún no hay DTE"_qs));

        const QString folder = scenarioFolder();
        QVERIFY(!folder.isEmpty());
        QVERIFY(importAndWait(page, { folder }));
        QVERIFY(!page.isImporting());

        const auto& results = page.importResults()->results();
        QCOMPARE(results.size(), 4); // notas.txt is not looked at
        QCOMPARE(QFileInfo(results.at(0).path).fileName(), u"a-factura-170.xml"_qs);
        QCOMPARE(results.at(0).outcome, DteFileResult::Outcome::Imported);
        QCOMPARE(results.at(1).outcome, DteFileResult::Outcome::Imported);
        QCOMPARE(QFileInfo(results.at(2).path).fileName(), u"d-no-es-dte.xml"_qs);
        QCOMPARE(results.at(2).outcome, DteFileResult::Outcome::Invalid);
        QVERIFY2(!results.at(2).detail.isEmpty(), "an invalid file says why");
        QCOMPARE(QFileInfo(results.at(3).path).fileName(), u"c-copia-170.xml"_qs);
        QCOMPARE(results.at(3).outcome, DteFileResult::Outcome::Duplicate);
        QCOMPARE(column(*page.importResults(), ui::DteImportResultModel::Resultado),
                 (QStringList { u"Importado"_qs, u"Importado"_qs, u"Inválido"_qs, u"Duplicado"_qs }));
        QVERIFY(page.findChild<QLabel*>(u"importStatusLabel"_qs)->text().contains(u"2 archivos importados"_qs));

        // The table shows the two stored DTEs.
        QCOMPARE(page.tableModel()->rowCount(), 2);
        QVERIFY(column(*page.proxyModel(), DteTableModel::Folio).contains(u"170"_qs));
        QCOMPARE(page.findChild<QLabel*>(u"dteCountLabel"_qs)->text(), u"2 DTE"_qs);

        // Importing the same folder again stores nothing new.
        QVERIFY(importAndWait(page, { folder }));
        QCOMPARE(page.importResults()->count(DteFileResult::Outcome::Duplicate), 3);
        QCOMPARE(page.tableModel()->rowCount(), 2);
    }

    void filtersAndQuickSearchNarrowTheTable()
    {
        const auto session = signIn(u"ejecutivo"_qs);
        QVERIFY(session);
        DteInboxPage page(context(), *session);
        QVERIFY(waitForRows(page));
        QVERIFY(importAndWait(page, { scenarioFolder() }));
        QCOMPARE(page.proxyModel()->rowCount(), 2);

        auto* search = page.findChild<QLineEdit*>(u"quickSearchEdit"_qs);
        QTest::keyClicks(search, u"enacon"_qs);
        QCOMPARE(page.proxyModel()->rowCount(), 1);
        QCOMPARE(page.findChild<QLabel*>(u"dteCountLabel"_qs)->text(), u"1 de 2 DTE"_qs);
        search->clear();
        QCOMPARE(page.proxyModel()->rowCount(), 2);

        QTest::keyClicks(page.findChild<QLineEdit*>(u"emitterFilterEdit"_qs), u"76555835"_qs);
        QCOMPARE(page.proxyModel()->rowCount(), 1);
        QCOMPARE(page.proxyModel()->index(0, DteTableModel::Emisor).data().toString().contains(u"76555835-2"_qs), true);
        auto* state = page.findChild<QComboBox*>(u"stateFilterCombo"_qs);
        state->setCurrentIndex(state->findData(u"approved"_qs));
        QCOMPARE(page.proxyModel()->rowCount(), 0);
        QVERIFY(page.findChild<QLabel*>(u"dteEmptyLabel"_qs)->text().contains(u"Ningún DTE coincide"_qs));
        QTest::mouseClick(page.findChild<QPushButton*>(u"clearFiltersButton"_qs), Qt::LeftButton);
        QCOMPARE(page.proxyModel()->rowCount(), 2);

        auto* type = page.findChild<QComboBox*>(u"typeFilterCombo"_qs);
        type->setCurrentIndex(type->findData(34));
        QCOMPARE(page.proxyModel()->rowCount(), 0);
        type->setCurrentIndex(type->findData(33));
        QCOMPARE(page.proxyModel()->rowCount(), 2);

        // Both DTEs total more than a peso; none totals more than a thousand million.
        QTest::keyClicks(page.findChild<QLineEdit*>(u"maximumAmountEdit"_qs), u"1.000.000.000"_qs);
        QCOMPARE(page.proxyModel()->rowCount(), 2);
        QTest::keyClicks(page.findChild<QLineEdit*>(u"minimumAmountEdit"_qs), u"999999999"_qs);
        QCOMPARE(page.proxyModel()->rowCount(), 0);
    }

    void detailShowsVerdictsAndTheRenderedInvoice()
    {
        SettingsStore settings(m_db->database(), m_clock);
        const Actor system = Actor::system(u"cli:test"_qs);
        QVERIFY(settings.setValue(system, u"invoice.resolucion_numero"_qs, u"80"_qs).ok());
        QVERIFY(settings.setValue(system, u"invoice.resolucion_fecha"_qs, u"2014-08-22"_qs).ok());
        QVERIFY(settings.setValue(system, u"invoice.oficina_sii"_qs, u"Santiago Centro"_qs).ok());

        const auto session = signIn(u"cedente1"_qs);
        QVERIFY(session);
        DteInboxPage page(context(), *session);
        QVERIFY(waitForRows(page));
        QVERIFY(importAndWait(page, { testData(u"sii/DTE--76354771-K--33--170.xml"_qs) }));
        QCOMPARE(page.tableModel()->rowCount(), 1);

        QSignalSpy detailLoaded(&page, &DteInboxPage::detailLoaded);
        page.tableView()->setCurrentIndex(page.proxyModel()->index(0, 0));
        QVERIFY(detailLoaded.wait(60000));
        ui::DteDetailView* detail = page.detailView();
        QCOMPARE(detail->dteId(), page.tableModel()->row(0).record.id);
        QCOMPARE(detail->findChild<QLabel*>(u"dteDetailTitle"_qs)->text(), u"Factura electrónica Nº 170"_qs);
        // The SII's own sample lacks the SiiDte namespace declaration: its signature holds only the SII's way.
        QVERIFY(detail->findChild<QLabel*>(u"schemaVerdictLabel"_qs)->text().startsWith(u"No cumple"_qs));
        QVERIFY(detail->findChild<QLabel*>(u"strictVerdictLabel"_qs)->text().startsWith(u"No se verifica"_qs));
        QVERIFY(detail->findChild<QLabel*>(u"siiVerdictLabel"_qs)->text().startsWith(u"Válida"_qs));
        QVERIFY(detail->findChild<QLabel*>(u"overallVerdictLabel"_qs)
                    ->text()
                    .startsWith(u"La firma del emisor es válida"_qs));
        QVERIFY(!detail->findChild<QLabel*>(u"cessionEmptyLabel"_qs)->isHidden()); // "no ha sido cedido"
        QVERIFY2(detail->pdf().startsWith("%PDF-"),
                 qPrintable(detail->findChild<QLabel*>(u"pdfErrorLabel"_qs)->text()));
        QVERIFY(detail->findChild<QPushButton*>(u"savePdfButton"_qs)->isEnabled());
        QCOMPARE(detail->suggestedPdfName(), u"DTE-76354771-K-33-170.pdf"_qs);
        const QString saved = m_dir.filePath(u"factura.pdf"_qs);
        QVERIFY(detail->savePdf(saved).ok());
        QFile file(saved);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), detail->pdf());
    }

    void detailDrawsTheInvoiceOfAnIso88591Dte()
    {
        // The stored DTE is the element alone in its file's encoding: the preview must still read it.
        SettingsStore settings(m_db->database(), m_clock);
        const Actor system = Actor::system(u"cli:test"_qs);
        QVERIFY(settings.setValue(system, u"invoice.resolucion_numero"_qs, u"80"_qs).ok());
        QVERIFY(settings.setValue(system, u"invoice.resolucion_fecha"_qs, u"2014-08-22"_qs).ok());
        QVERIFY(settings.setValue(system, u"invoice.oficina_sii"_qs, u"Ñuñoa"_qs).ok());
        const auto session = signIn(u"ejecutivo"_qs);
        QVERIFY(session);
        DteInboxPage page(context(), *session);
        QVERIFY(waitForRows(page));
        QVERIFY(importAndWait(page, { testData(u"dte/dte-latin1.xml"_qs) }));
        QCOMPARE(page.tableModel()->rowCount(), 1);
        QCOMPARE(page.tableModel()->row(0).record.xmlEncoding, u"ISO-8859-1"_qs);
        QSignalSpy detailLoaded(&page, &DteInboxPage::detailLoaded);
        page.tableView()->setCurrentIndex(page.proxyModel()->index(0, 0));
        QVERIFY(detailLoaded.wait(60000));
        QVERIFY2(page.detailView()->pdf().startsWith("%PDF-"),
                 qPrintable(page.detailView()->findChild<QLabel*>(u"pdfErrorLabel"_qs)->text()));
        QVERIFY(page.detailView()->findChild<QLabel*>(u"schemaVerdictLabel"_qs)->text().startsWith(u"Cumple"_qs));
        QVERIFY(page.detailView()->findChild<QLabel*>(u"strictVerdictLabel"_qs)->text().startsWith(u"Válida"_qs));
    }

    void detailSaysWhyTheInvoiceCannotBeDrawn()
    {
        // No SII resolution in the settings (the demo data gives each cedente one): no PDF, and the reason in words.
        auto db = m_db->database().connection();
        QVERIFY(db.ok());
        QVERIFY(SqlQuery::exec(*db, u"DELETE FROM settings WHERE key LIKE 'invoice.resolucion%'"_qs).ok());
        const auto session = signIn(u"cedente1"_qs);
        QVERIFY(session);
        DteInboxPage page(context(), *session);
        QVERIFY(waitForRows(page));
        QVERIFY(importAndWait(page, { testData(u"sii/DTE--76354771-K--33--170.xml"_qs) }));
        QSignalSpy detailLoaded(&page, &DteInboxPage::detailLoaded);
        page.tableView()->setCurrentIndex(page.proxyModel()->index(0, 0));
        QVERIFY(detailLoaded.wait(60000));
        QVERIFY(page.detailView()->pdf().isEmpty());
        const QString why = page.detailView()->findChild<QLabel*>(u"pdfErrorLabel"_qs)->text();
        QVERIFY2(why.contains(u"resolución"_qs), qPrintable(why));
        QVERIFY(!page.detailView()->findChild<QPushButton*>(u"savePdfButton"_qs)->isEnabled());
        QVERIFY(!page.detailView()->savePdf(m_dir.filePath(u"nada.pdf"_qs)).ok());
    }

    void aCedenteSeesOnlyItsCompanysDtes()
    {
        const auto executive = signIn(u"ejecutivo"_qs);
        const auto enacon = signIn(u"cedente1"_qs);
        const auto biobio = signIn(u"cedente2"_qs);
        QVERIFY(executive && enacon && biobio);
        {
            DteInboxPage page(context(), *executive);
            QVERIFY(waitForRows(page));
            QVERIFY(importAndWait(page, { scenarioFolder() }));
            QCOMPARE(page.tableModel()->rowCount(), 2);
        }
        DteInboxPage own(context(), *enacon);
        QVERIFY(waitForRows(own));
        QCOMPARE(column(*own.proxyModel(), DteTableModel::Folio), QStringList { u"170"_qs });

        DteInboxPage other(context(), *biobio);
        QVERIFY(waitForRows(other));
        QCOMPARE(other.tableModel()->rowCount(), 0);

        // Asking for the detail of another company's DTE by its id is refused too.
        const qint64 enaconDte = own.tableModel()->row(0).record.id;
        const ui::DteDetail refused = ui::DteInboxLoader::loadDetail(m_db->database(), m_clock, *biobio, enaconDte);
        QVERIFY2(refused.error.contains(u"otra empresa"_qs), qPrintable(refused.error));
        QVERIFY(refused.pdf.isEmpty());
        QVERIFY(refused.record.emitterRut.isEmpty());
        m_db->database().releaseThreadConnection();
    }

    void aCedenteCannotImportAnotherEmittersDte()
    {
        const auto biobio = signIn(u"cedente2"_qs);
        QVERIFY(biobio);
        DteInboxPage page(context(), *biobio);
        QVERIFY(waitForRows(page));
        QVERIFY(importAndWait(page, { testData(u"sii/DTE--76354771-K--33--170.xml"_qs) }));
        QCOMPARE(page.importResults()->results().size(), 1);
        QCOMPARE(page.importResults()->results().first().outcome, DteFileResult::Outcome::Forbidden);
        QCOMPARE(page.tableModel()->rowCount(), 0);
    }

    void cancelStopsTheImport()
    {
        // Many copies of one DTE: the first is imported, the others are duplicates, each one read and checked.
        const QString folder = m_dir.filePath(u"entrada"_qs);
        constexpr int Files = 300;
        for (int i = 0; i < Files; ++i) {
            QVERIFY(copy(testData(u"sii/DTE--76354771-K--33--170.xml"_qs),
                         QStringLiteral("%1/copia-%2.xml").arg(folder).arg(i, 4, 10, QLatin1Char('0'))));
        }
        const auto session = signIn(u"ejecutivo"_qs);
        QVERIFY(session);
        DteInboxPage page(context(), *session);
        QVERIFY(waitForRows(page));

        QSignalSpy finished(&page, &DteInboxPage::importFinished);
        connect(page.importResults(), &QAbstractItemModel::rowsInserted, &page,
                [&page] { page.findChild<QPushButton*>(u"cancelImportButton"_qs)->click(); });
        QVERIFY(page.importPaths({ folder }));
        QVERIFY(page.isImporting());
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.first().first().toBool(), true);
        const int done = int(page.importResults()->results().size());
        QVERIFY2(done >= 1 && done < Files, qPrintable(QString::number(done)));
        QVERIFY(page.findChild<QLabel*>(u"importStatusLabel"_qs)->text().startsWith(u"Importación cancelada"_qs));
        QVERIFY(!page.findChild<QPushButton*>(u"cancelImportButton"_qs)->isEnabled());
        QVERIFY(page.findChild<QPushButton*>(u"importFolderButton"_qs)->isEnabled());
        // The first file was imported before the cancel and stays.
        QCOMPARE(page.importResults()->results().first().outcome, DteFileResult::Outcome::Imported);
        {
            auto connection = m_db->database().connection();
            QVERIFY(connection.ok());
            auto stored = DteRepository::list(connection.value());
            QVERIFY(stored.ok());
            QCOMPARE(stored->size(), 1);
        }
        m_db->database().releaseThreadConnection();
        QVERIFY(waitForRows(page));
    }

    void importButtonsFollowThePermission()
    {
        // The admin role has no dte.import: no import buttons, and importPaths refuses.
        const auto admin = signIn(u"admin"_qs);
        QVERIFY(admin);
        DteInboxPage page(context(), *admin);
        QVERIFY(waitForRows(page));
        QVERIFY(!page.findChild<QPushButton*>(u"importFilesButton"_qs)->isVisibleTo(&page));
        QVERIFY(!page.importPaths({ testData(u"sii/DTE--76354771-K--33--170.xml"_qs) }));
        QVERIFY(!page.acceptDrops());
    }
};

QTEST_MAIN(TestDteInboxPage)
#include "TestDteInboxPage.moc"
