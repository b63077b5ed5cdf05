// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "../collection/CollectionSeed.h"
#include "FixedAuthenticator.h"
#include "Fixtures.h"
#include "TestDatabase.h"
#include "audit/AuditLog.h"
#include "collections/CollectionChartsView.h"
#include "collections/CollectionsPage.h"
#include "collections/CollectionsRowModel.h"
#include "collections/ResolveDifferenceDialog.h"
#include "common/Configuration.h"
#include "common/ManualClock.h"
#include "security/Permission.h"
#include "storage/Migrator.h"
#include "storage/SqlQuery.h"
#include "types/Money.h"

#include <QAbstractItemModelTester>
#include <QAbstractProxyModel>
#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcessEnvironment>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace factora::core;
using factora::test::CollectionSeed;
using factora::test::Fixtures;
using factora::test::TestDatabase;
using namespace factora::ui;

/**
 * @brief The Collections page on a seeded database, on both engines: every tab shows the seeded payments, debtors,
 * rendiciones, bank files and differences; the charts carry the known series values; a difference is resolved through
 * the dialog with a reason (recorded and audited); a rendición opens from the output folder and its resend asks first
 * and says why nothing was sent; the Carta Guía is exported; read-only executives get no change buttons.
 */
class TestCollectionsPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    QTemporaryDir m_output;
    ManualClock m_clock { QDateTime(QDate(2026, 11, 20), QTime(15, 0), Qt::UTC) };
    const QString m_alfa = Fixtures::rut(11111111);
    const QString m_beta = Fixtures::rut(22222222);
    const QByteArray m_rendicionBytes = "1076000001K0000001234CV2026111800000010000000002000\r\n";
    qint64 m_differs = 0;

    static QDate d(int month, int day) { return QDate(2026, month, day); }

    DesktopContext context()
    {
        auto configuration = Configuration::load(QString(), QProcessEnvironment(),
                                                 { { QStringLiteral("delivery/output_dir"), m_output.path() } });
        if (!configuration)
            qFatal("%s", qPrintable(configuration.error().message()));
        return DesktopContext { m_db->shared(), configuration.value(), &m_clock };
    }

    void seed()
    {
        CollectionSeed seed(m_db->database());
        auto r1 = seed.receivable(m_alfa, QStringLiteral("Alfa Ltda"), 1, d(8, 1), d(11, 25), 1000);
        auto r2 = seed.receivable(m_alfa, QStringLiteral("Alfa Ltda"), 2, d(8, 1), d(11, 10), 2000);
        auto r3 = seed.receivable(m_beta, QStringLiteral("Beta SpA"), 3, d(8, 1), d(8, 1), 4000);
        auto p1 = seed.receivable(m_alfa, QStringLiteral("Alfa Ltda"), 9, d(8, 1), d(10, 1), 1500);
        auto p2 = seed.receivable(m_beta, QStringLiteral("Beta SpA"), 10, d(8, 1), d(10, 1), 500);
        QVERIFY(r1.ok() && r2.ok() && r3.ok() && p1.ok() && p2.ok());
        QVERIFY(
            seed.payment(QStringLiteral("T-1"), { *p1 }, QDateTime(d(11, 18), QTime(13, 0), Qt::UTC), d(11, 18)).ok());
        QVERIFY(
            seed.payment(QStringLiteral("T-2"), { *p2 }, QDateTime(d(11, 19), QTime(13, 0), Qt::UTC), d(11, 19)).ok());
        auto file = seed.bankImport(d(11, 18), QStringLiteral("CV"), QStringLiteral("banco_CV_20261118.txt"), 1, 1600);
        QVERIFY(file.ok());
        auto differs
            = seed.reconciliationItem(d(11, 18), QStringLiteral("CV"), QStringLiteral("T-1"), 9,
                                      QStringLiteral("differs"), 1600, 1500, QStringLiteral("monto 1500 → 1600"));
        QVERIFY(differs.ok());
        m_differs = *differs;
        QVERIFY(seed.generatedRendicion(d(11, 18), QStringLiteral("CV"), QStringLiteral("rendicion_CV_20261118.txt"),
                                        m_rendicionBytes, 1, 1500)
                    .ok());
        QFile written(m_output.filePath(QStringLiteral("rendicion_CV_20261118.txt")));
        QVERIFY(written.open(QIODevice::WriteOnly));
        written.write(m_rendicionBytes);
    }

    // An executive as migrations 0001 and 0003 grant it: reads and manages the collection.
    static UserSession manager(const QString& username = QStringLiteral("mrojas"))
    {
        QSet<QString> permissions = factora::ui::test::permissionsOf(Role::Ejecutivo);
        permissions << QString(Permission::CollectionsManage);
        return UserSession(7, username, QStringLiteral("Marta Rojas"), Role::Ejecutivo, permissions, {});
    }

    qint64 count(const QString& sql)
    {
        auto db = m_db->database().connection();
        auto value = SqlQuery::scalar(*db, sql);
        return value ? value->toLongLong() : -1;
    }

    static void selectRow(QTableView* view, int sourceRow, CollectionsRowModel* model)
    {
        const auto* proxy = qobject_cast<const QAbstractProxyModel*>(view->model());
        const QModelIndex index = proxy->mapFromSource(model->index(sourceRow, 0));
        view->setCurrentIndex(index);
        view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }

    std::unique_ptr<CollectionsPage> openPage(const UserSession& session)
    {
        auto page = std::make_unique<CollectionsPage>(context(), session);
        QSignalSpy refreshed(page.get(), &CollectionsPage::refreshed);
        page->show();
        if (!refreshed.wait(30000))
            qWarning("the page did not refresh");
        return page;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_output.isValid());
        auto db = TestDatabase::create();
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message()));
        m_db = std::move(db.value());
        auto migrated = Migrator(m_db->database()).migrate();
        QVERIFY2(migrated.ok(), qPrintable(migrated.ok() ? QString() : migrated.error().message()));
        seed();
    }

    void cleanup() { m_db.reset(); }

    void everyTabShowsTheSeededData()
    {
        CollectionsPage page(context(), factora::ui::test::sessionFor(Role::Ejecutivo));
        QAbstractItemModelTester payments(page.paymentsModel());
        QAbstractItemModelTester debtors(page.debtorsModel());
        QAbstractItemModelTester invoices(page.debtorInvoicesModel());
        QAbstractItemModelTester rendiciones(page.rendicionesModel());
        QAbstractItemModelTester imports(page.importsModel());
        QAbstractItemModelTester differences(page.differencesModel());
        QSignalSpy refreshed(&page, &CollectionsPage::refreshed);
        page.show();
        QVERIFY(refreshed.wait(30000));
        auto* status = page.findChild<QLabel*>(QStringLiteral("statusLabel"));
        QVERIFY2(!status->property("error").toBool(), qPrintable(status->text()));

        // Pagos: one row per accounting date and channel, with the total.
        CollectionsRowModel* pay = page.paymentsModel();
        QCOMPARE(pay->rowCount(), 2);
        QCOMPARE(pay->index(0, 0).data().toString(), QStringLiteral("18-11-2026"));
        QCOMPARE(pay->index(0, 1).data().toString(), QStringLiteral("Caja Vecina"));
        QCOMPARE(pay->index(0, 4).data(CollectionsRowModel::SortRole).toLongLong(), 1500);
        QCOMPARE(pay->index(1, 4).data(CollectionsRowModel::SortRole).toLongLong(), 500);
        auto* total = page.findChild<QLabel*>(QStringLiteral("paymentsTotal"));
        QVERIFY2(total->text().contains(Money::fromPesos(2000).toDisplayString()), qPrintable(total->text()));

        // Deudores: Beta owes most; choosing Alfa shows its three invoices, one paid.
        CollectionsRowModel* debt = page.debtorsModel();
        QCOMPARE(debt->rowCount(), 2);
        QCOMPARE(debt->index(0, 0).data(CollectionsRowModel::SortRole).toString(), m_beta);
        QCOMPARE(debt->index(0, 5).data(CollectionsRowModel::SortRole).toLongLong(), 4000);
        QCOMPARE(debt->index(1, 1).data().toString(), QStringLiteral("Alfa Ltda"));
        QCOMPARE(debt->index(1, 3).data(CollectionsRowModel::SortRole).toLongLong(), 1500);
        QSignalSpy invoicesLoaded(&page, &CollectionsPage::debtorInvoicesLoaded);
        selectRow(page.findChild<QTableView*>(QStringLiteral("debtorsTable")), 1, debt);
        QVERIFY(invoicesLoaded.wait(30000));
        QCOMPARE(page.debtorInvoicesModel()->rowCount(), 3);
        QCOMPARE(page.debtorInvoicesModel()->index(0, 6).data().toString(), QStringLiteral("Pagada"));

        // Search by RUT with dots.
        auto* search = page.findChild<QLineEdit*>(QStringLiteral("debtorSearch"));
        search->setText(QStringLiteral("22.222.222"));
        QTest::keyClick(search, Qt::Key_Return);
        QVERIFY(refreshed.wait(30000));
        QCOMPARE(debt->rowCount(), 1);
        QCOMPARE(debt->index(0, 1).data().toString(), QStringLiteral("Beta SpA"));

        // Rendiciones and Conciliación.
        QCOMPARE(page.rendicionesModel()->rowCount(), 1);
        QCOMPARE(page.rendicionesModel()->index(0, 2).data().toString(), QStringLiteral("rendicion_CV_20261118.txt"));
        QCOMPARE(page.importsModel()->rowCount(), 1);
        QCOMPARE(page.importsModel()->index(0, 2).data().toString(), QStringLiteral("banco_CV_20261118.txt"));
        QCOMPARE(page.importsModel()->index(0, 7).data().toString(), QStringLiteral("1"));
        QCOMPARE(page.differencesModel()->rowCount(), 1);
        QCOMPARE(page.differencesModel()->index(0, 4).data().toString(), QStringLiteral("Difiere"));
        QCOMPARE(page.differencesModel()->index(0, 5).data(CollectionsRowModel::SortRole).toLongLong(), 1600);

        auto* tabs = page.findChild<QTabWidget*>(QStringLiteral("collectionsTabs"));
        QCOMPARE(tabs->count(), 5);
    }

    void chartsCarryTheKnownValues()
    {
        auto page = openPage(factora::ui::test::sessionFor(Role::Ejecutivo));
        auto* charts = page->findChild<CollectionChartsView*>(QStringLiteral("chartsView"));
        QVERIFY(charts);
        QBarSeries* daily = charts->dailySeries();
        QCOMPARE(daily->barSets().size(), 1);
        const QBarSet* collected = daily->barSets().first();
        QCOMPARE(collected->count(), 31); // 21 Oct to 20 Nov
        const int nov18 = int(d(10, 21).daysTo(d(11, 18)));
        for (int i = 0; i < collected->count(); ++i) {
            const qreal expected = i == nov18 ? 1500 : (i == nov18 + 1 ? 500 : 0);
            QCOMPARE(collected->at(i), expected);
        }
        // As of 20 Nov: 1000 not yet due, 2000 ten days late, 4000 more than 90.
        const QBarSet* aging = charts->agingSeries()->barSets().first();
        QCOMPARE(aging->count(), 5);
        const QList<qreal> expected { 1000, 2000, 0, 0, 4000 };
        for (int i = 0; i < 5; ++i)
            QCOMPARE(aging->at(i), expected.at(i));
    }

    void resolveADifferenceWithAReason()
    {
        auto page = openPage(manager());
        auto* view = page->findChild<QTableView*>(QStringLiteral("differencesTable"));
        auto* resolve = page->findChild<QPushButton*>(QStringLiteral("resolveButton"));
        QVERIFY(!resolve->isEnabled());
        selectRow(view, 0, page->differencesModel());
        QVERIFY(resolve->isEnabled());

        bool confirmWasOffBeforeTyping = false;
        QTimer::singleShot(0, this, [&]() {
            auto* dialog = qobject_cast<ResolveDifferenceDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto* confirm = dialog->findChild<QPushButton*>(QStringLiteral("resolveConfirm"));
            confirmWasOffBeforeTyping = !confirm->isEnabled();
            QTest::keyClicks(dialog->findChild<QPlainTextEdit*>(QStringLiteral("resolveReason")),
                             QStringLiteral("El banco cobro comision"));
            QVERIFY(confirm->isEnabled());
            confirm->click();
        });
        QSignalSpy finished(page.get(), &CollectionsPage::actionFinished);
        QSignalSpy refreshed(page.get(), &CollectionsPage::refreshed);
        resolve->click();
        QVERIFY(finished.wait(30000));
        QVERIFY(confirmWasOffBeforeTyping);
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QVERIFY(refreshed.wait(30000));

        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM reconciliation_resolutions")), 1);
        auto db = m_db->database().connection();
        auto reason = SqlQuery::scalar(*db, QStringLiteral("SELECT reason FROM reconciliation_resolutions"));
        QCOMPARE(reason->toString(), QStringLiteral("El banco cobro comision"));
        const auto audit = AuditLog(m_db->database(), m_clock).recent(1);
        QCOMPARE(audit->first().event.action, QStringLiteral("rendicion.difference_resolved"));
        QCOMPARE(audit->first().event.actor, QStringLiteral("user:mrojas"));
        QVERIFY(page->differencesModel()->index(0, 8).data().toString().contains(QStringLiteral("comision")));
        QCOMPARE(page->importsModel()->index(0, 7).data().toString(), QStringLiteral("0"));
        selectRow(view, 0, page->differencesModel());
        QVERIFY(!resolve->isEnabled()); // already resolved
    }

    void openAndResendARendicion()
    {
        auto page = openPage(manager());
        auto* view = page->findChild<QTableView*>(QStringLiteral("rendicionesTable"));
        selectRow(view, 0, page->rendicionesModel());
        QSignalSpy finished(page.get(), &CollectionsPage::actionFinished);
        page->findChild<QPushButton*>(QStringLiteral("openRendicionButton"))->click();
        QVERIFY(finished.wait(30000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        auto* text = page->findChild<QPlainTextEdit*>(QStringLiteral("rendicionText"));
        QVERIFY(text);
        QString expected = QString::fromLatin1(m_rendicionBytes);
        expected.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        QCOMPARE(text->toPlainText().trimmed(), expected.trimmed());

        // Resend asks first; with no destination configured for CV it says so and sends nothing.
        bool asked = false;
        QTimer::singleShot(0, this, [&]() {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            QVERIFY(box);
            asked = box->text().contains(QStringLiteral("rendicion_CV_20261118.txt"));
            box->button(QMessageBox::Yes)->click();
        });
        finished.clear();
        page->findChild<QPushButton*>(QStringLiteral("resendRendicionButton"))->click();
        QVERIFY(finished.wait(30000));
        QVERIFY(asked);
        QVERIFY(!finished.first().at(0).toBool());
        QVERIFY2(finished.first().at(1).toString().contains(QStringLiteral("destinos")),
                 qPrintable(finished.first().at(1).toString()));

        // A file that changed since it was generated is refused.
        QFile changed(m_output.filePath(QStringLiteral("rendicion_CV_20261118.txt")));
        QVERIFY(changed.open(QIODevice::Append));
        changed.write("X");
        changed.close();
        finished.clear();
        page->findChild<QPushButton*>(QStringLiteral("openRendicionButton"))->click();
        QVERIFY(finished.wait(30000));
        QVERIFY(!finished.first().at(0).toBool());
        QVERIFY(finished.first().at(1).toString().contains(QStringLiteral("SHA-256")));
    }

    void exportCartaGuia()
    {
        CollectionSeed seed(m_db->database());
        QVERIFY(seed.company(Fixtures::rut(76000001), QStringLiteral("Factoring SA"), true).ok());
        QVERIFY(seed.cession(std::nullopt, Fixtures::rut(77000002), 33, 700, Fixtures::rut(76000001), 9000,
                             QStringLiteral("annotated"), QStringLiteral("0000700"),
                             QDateTime(d(11, 5), QTime(15, 0), Qt::UTC))
                    .ok());
        auto page = openPage(factora::ui::test::sessionFor(Role::Ejecutivo));
        const QString path = m_output.filePath(QStringLiteral("carta.csv"));
        QSignalSpy finished(page.get(), &CollectionsPage::actionFinished);
        page->exportCartaGuiaTo(path);
        QVERIFY(finished.wait(30000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.size(), 3); // header, one invoice, the final line ending
        QVERIFY(lines.at(1).contains(",700,"));
    }

    void readOnlyExecutiveHasNoChangeButtons()
    {
        const UserSession reader(9, QStringLiteral("lector"), QStringLiteral("Lector"), Role::Ejecutivo,
                                 { QStringLiteral("collections.read") }, {});
        auto page = openPage(reader);
        QVERIFY(!page->findChild<QPushButton*>(QStringLiteral("resolveButton"))->isVisibleTo(page.get()));
        QVERIFY(!page->findChild<QPushButton*>(QStringLiteral("resendRendicionButton"))->isVisibleTo(page.get()));
        QCOMPARE(page->differencesModel()->rowCount(), 1);
    }
};

QTEST_MAIN(TestCollectionsPage)
#include "TestCollectionsPage.moc"
