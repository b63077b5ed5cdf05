// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "../operation/OperationTestData.h"
#include "Fixtures.h"
#include "TestDatabase.h"
#include "common/Configuration.h"
#include "common/ManualClock.h"
#include "company/CompanyService.h"
#include "dte/DteRepository.h"
#include "operation/OperationService.h"
#include "operations/OfferableDteTableModel.h"
#include "operations/OperationDteTableModel.h"
#include "operations/OperationEventTableModel.h"
#include "operations/OperationTableModel.h"
#include "operations/OperationsPage.h"
#include "operations/RejectReasonDialog.h"
#include "operations/RenumberDialog.h"
#include "storage/Migrator.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcessEnvironment>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace factora::core;
using factora::test::Fixtures;
using factora::test::OperationTestData;
using factora::test::TestDatabase;
using namespace factora::ui;

/**
 * @brief The Operations page on a real database, on both engines: a cedente offers, an executive approves one DTE and
 * rejects another with a reason, and both see the state and the history; queries and company isolation.
 */
class TestOperationsPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    ManualClock m_clock { QDateTime(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC) };
    qint64 m_companyA = 0;
    qint64 m_companyB = 0;
    qint64 m_first = 0; // company A, folio 101
    qint64 m_second = 0; // company A, folio 102
    qint64 m_foreign = 0; // company B, folio 101

    DesktopContext context()
    {
        auto configuration = Configuration::load(QString(), QProcessEnvironment(), {});
        if (!configuration)
            qFatal("%s", qPrintable(configuration.error().message()));
        return DesktopContext { m_db->shared(), configuration.value(), &m_clock };
    }

    UserSession cedente() const
    {
        return UserSession(21, u"cedente.a"_qs, u"Cedente A"_qs, Role::Cedente,
                           { u"companies.read"_qs, u"dte.import"_qs, u"cession.sign"_qs }, { m_companyA });
    }

    static UserSession ejecutivo()
    {
        return UserSession(22, u"ejecutiva"_qs, u"Ejecutiva"_qs, Role::Ejecutivo,
                           { u"companies.read_all"_qs, u"companies.read"_qs, u"dte.import"_qs, u"dte.approve"_qs }, {});
    }

    QString dteState(qint64 id) { return DteRepository::findById(m_db->database().connection().value(), id)->state; }

    /** @brief A page with a QAbstractItemModelTester on each of its models, shown and refreshed once. */
    std::unique_ptr<OperationsPage> openPage(const UserSession& session)
    {
        auto page = std::make_unique<OperationsPage>(context(), session);
        for (QAbstractItemModel* model : page->findChildren<QAbstractItemModel*>()) {
            if (model->objectName().endsWith(u"Model"))
                new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest, model);
        }
        QSignalSpy refreshed(page.get(), &OperationsPage::refreshed);
        page->resize(1200, 800);
        page->show();
        if (!refreshed.wait(20000))
            qWarning("the page did not refresh");
        return page;
    }

    static void refreshAndWait(OperationsPage& page)
    {
        QSignalSpy refreshed(&page, &OperationsPage::refreshed);
        QTest::mouseClick(page.findChild<QPushButton*>(u"operationsRefreshButton"_qs), Qt::LeftButton);
        QVERIFY(refreshed.wait(20000));
    }

    static int rowOfFolio(QTableView* view, qint64 folio, int folioColumn)
    {
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            if (view->model()->index(row, folioColumn).data(Qt::DisplayRole).toLongLong() == folio)
                return row;
        }
        return -1;
    }

    static void selectRows(QTableView* view, const QList<int>& rows)
    {
        view->selectionModel()->clearSelection();
        for (int row : rows) {
            view->selectionModel()->select(view->model()->index(row, 0),
                                           QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
    }

    static QStringList column(QAbstractItemModel* model, int column)
    {
        QStringList values;
        for (int row = 0; row < model->rowCount(); ++row)
            values << model->index(row, column).data().toString();
        return values;
    }

    static void clickAndWaitForAction(OperationsPage& page, QPushButton* button, bool expectOk = true)
    {
        QSignalSpy finished(&page, &OperationsPage::actionFinished);
        QVERIFY(button && button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().at(0).toBool(), expectOk);
    }

private slots:
    void init()
    {
        auto db = TestDatabase::create();
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message()));
        m_db = std::move(db.value());
        QVERIFY(Migrator(m_db->database()).migrate().ok());
        const Actor system = Actor::system(u"cli:test"_qs);
        CompanyService companies(m_db->database(), m_clock);
        const auto a = companies.addCompany(system, Fixtures::company(76111111, u"Cedente A SpA"_qs));
        const auto b = companies.addCompany(system, Fixtures::company(77222222, u"Cedente B Ltda"_qs));
        QVERIFY(a.ok() && b.ok());
        m_companyA = a->id;
        m_companyB = b->id;
        const QString debtor = Fixtures::rut(96790240);
        m_first = OperationTestData::insertDte(m_db->database(), m_companyA, a->rut, 101, 119000, debtor).value();
        m_second = OperationTestData::insertDte(m_db->database(), m_companyA, a->rut, 102, 238000, debtor).value();
        m_foreign = OperationTestData::insertDte(m_db->database(), m_companyB, b->rut, 101, 357000, debtor).value();
    }

    void cleanup() { m_db.reset(); }

    void cedenteOffersExecutiveDecidesBothSeeStateAndHistory()
    {
        // The cedente sees only its own loaded DTEs and offers both in a new operation.
        auto cedentePage = openPage(cedente());
        auto* offerable = cedentePage->findChild<QTableView*>(u"offerableView"_qs);
        QVERIFY(offerable);
        QCOMPARE(offerable->model()->rowCount(), 2);
        QVERIFY(rowOfFolio(offerable, 101, OfferableDteTableModel::Folio) >= 0);
        QVERIFY(!cedentePage->findChild<QWidget*>(u"pendingTab"_qs)); // no visto bueno for a cedente
        QVERIFY(!cedentePage->findChild<QPushButton*>(u"renumberButton"_qs));
        auto* offerButton = cedentePage->findChild<QPushButton*>(u"offerButton"_qs);
        QVERIFY(!offerButton->isEnabled()); // nothing selected yet
        QCOMPARE(cedentePage->findChild<QComboBox*>(u"offerTargetCombo"_qs)->currentData().toLongLong(), 0);
        selectRows(offerable, { 0, 1 });
        clickAndWaitForAction(*cedentePage, offerButton);
        QCOMPARE(dteState(m_first), u"offered"_qs);
        QCOMPARE(dteState(m_second), u"offered"_qs);
        QCOMPARE(dteState(m_foreign), u"loaded"_qs);
        QTRY_VERIFY(cedentePage->findChild<QLabel*>(u"offerEmptyLabel"_qs)->isVisible());
        auto* cedenteOperations = cedentePage->findChild<QTableView*>(u"operationsView"_qs);
        QTRY_COMPARE(cedenteOperations->model()->rowCount(), 1);
        QCOMPARE(cedenteOperations->model()->index(0, OperationTableModel::State).data().toString(), u"Abierta"_qs);

        // The executive sees the offers grouped by client, approves one and rejects the other with a reason.
        auto executivePage = openPage(ejecutivo());
        auto* tabs = executivePage->findChild<QTabWidget*>(u"operationsTabs"_qs);
        QVERIFY(!executivePage->findChild<QWidget*>(u"offerTab"_qs));
        tabs->setCurrentWidget(executivePage->findChild<QWidget*>(u"pendingTab"_qs));
        auto* pending = executivePage->findChild<QTableView*>(u"pendingView"_qs);
        QCOMPARE(pending->model()->rowCount(), 2);
        auto* clients = executivePage->findChild<QComboBox*>(u"clientFilterCombo"_qs);
        QCOMPARE(clients->count(), 2);
        QVERIFY(clients->itemText(1).contains(u"Cedente A SpA"_qs));
        auto* approve = executivePage->findChild<QPushButton*>(u"approveButton"_qs);
        auto* reject = executivePage->findChild<QPushButton*>(u"rejectButton"_qs);
        QVERIFY(!approve->isEnabled());
        selectRows(pending, { rowOfFolio(pending, 101, OperationDteTableModel::Folio) });
        clickAndWaitForAction(*executivePage, approve);
        QCOMPARE(dteState(m_first), u"approved"_qs);
        QTRY_COMPARE(pending->model()->rowCount(), 1);

        selectRows(pending, { 0 });
        QTest::mouseClick(reject, Qt::LeftButton);
        auto* dialog = executivePage->findChild<RejectReasonDialog*>();
        QVERIFY(dialog && dialog->isVisible());
        auto* confirm = dialog->findChild<QPushButton*>(u"rejectConfirmButton"_qs);
        QVERIFY(!confirm->isEnabled()); // a reason is required
        QTest::keyClicks(dialog->findChild<QPlainTextEdit*>(u"rejectReasonEdit"_qs), u"   "_qs);
        QVERIFY(!confirm->isEnabled());
        QTest::keyClicks(dialog->findChild<QPlainTextEdit*>(u"rejectReasonEdit"_qs), u"Deudor con mora"_qs);
        clickAndWaitForAction(*executivePage, confirm);
        QCOMPARE(dteState(m_second), u"rejected"_qs);
        QTRY_VERIFY(executivePage->findChild<QLabel*>(u"pendingEmptyLabel"_qs)->isVisible());

        // The cedente, refreshing, sees the operation closed with each decision and the history.
        refreshAndWait(*cedentePage);
        QCOMPARE(cedenteOperations->model()->index(0, OperationTableModel::State).data().toString(), u"Cerrada"_qs);
        QCOMPARE(cedenteOperations->model()->index(0, OperationTableModel::Approved).data().toInt(), 1);
        QCOMPARE(cedenteOperations->model()->index(0, OperationTableModel::Rejected).data().toInt(), 1);
        // The rejected DTE may be offered again.
        QCOMPARE(offerable->model()->rowCount(), 1);
        QSignalSpy cedenteDetail(cedentePage.get(), &OperationsPage::detailLoaded);
        selectRows(cedenteOperations, { 0 });
        QVERIFY(cedenteDetail.wait(20000));
        auto* dtes = cedentePage->findChild<QTableView*>(u"operationDtesView"_qs)->model();
        QCOMPARE(dtes->rowCount(), 2);
        QStringList decisions = column(dtes, OperationDteTableModel::Decision);
        decisions.sort();
        QCOMPARE(decisions, (QStringList { u"Aprobado"_qs, u"Rechazado"_qs }));
        QVERIFY(column(dtes, OperationDteTableModel::Reason).contains(u"Deudor con mora"_qs));
        auto* history = cedentePage->findChild<QTableView*>(u"operationHistoryView"_qs)->model();
        const QStringList events = column(history, OperationEventTableModel::Event);
        QCOMPARE(events.size(), 6); // created, 2 offered, approved, rejected, closed
        QVERIFY2(events.at(4).contains(u"Deudor con mora"_qs), qPrintable(events.join(u'\n')));
        QVERIFY(column(history, OperationEventTableModel::Who).contains(u"user:ejecutiva"_qs));

        // The executive sees the same, and changes the operation's number after confirming.
        tabs->setCurrentWidget(executivePage->findChild<QWidget*>(u"operationsTab"_qs));
        auto* executiveOperations = executivePage->findChild<QTableView*>(u"operationsView"_qs);
        QTRY_COMPARE(executiveOperations->model()->rowCount(), 1);
        QSignalSpy executiveDetail(executivePage.get(), &OperationsPage::detailLoaded);
        selectRows(executiveOperations, { 0 });
        QVERIFY(executiveDetail.wait(20000));
        QCOMPARE(executivePage->findChild<QTableView*>(u"operationHistoryView"_qs)->model()->rowCount(), 6);
        QTest::mouseClick(executivePage->findChild<QPushButton*>(u"renumberButton"_qs), Qt::LeftButton);
        auto* renumber = executivePage->findChild<RenumberDialog*>();
        QVERIFY(renumber && renumber->isVisible());
        auto* numberEdit = renumber->findChild<QLineEdit*>(u"renumberEdit"_qs);
        numberEdit->selectAll();
        QTest::keyClicks(numberEdit, u"BE-4410"_qs);
        auto* ok = renumber->findChild<QPushButton*>(u"renumberOkButton"_qs);
        QVERIFY(!ok->isEnabled()); // not confirmed yet
        renumber->findChild<QCheckBox*>(u"renumberConfirmCheck"_qs)->setChecked(true);
        clickAndWaitForAction(*executivePage, ok);
        QTRY_COMPARE(executiveOperations->model()->index(0, OperationTableModel::Number).data().toString(),
                     u"BE-4410"_qs);
        QTRY_VERIFY(column(executivePage->findChild<QTableView*>(u"operationHistoryView"_qs)->model(),
                           OperationEventTableModel::Event)
                        .last()
                        .contains(u"BE-4410"_qs));
        refreshAndWait(*cedentePage);
        QCOMPARE(cedenteOperations->model()->index(0, OperationTableModel::Number).data().toString(), u"BE-4410"_qs);
    }

    void queriesByOperationAndInvoiceKeepCompaniesApart()
    {
        OperationService service(m_db->database(), m_clock);
        const auto own = service.offer(Actor::user(cedente()), m_companyA, { m_first });
        const auto foreign = service.offer(Actor::user(ejecutivo()), m_companyB, { m_foreign });
        QVERIFY(own.ok() && foreign.ok());

        auto page = openPage(cedente());
        QCOMPARE(page->findChild<QTableView*>(u"operationsView"_qs)->model()->rowCount(), 1);
        // By invoice: folio 101 exists for both companies; the cedente sees only its own.
        page->findChild<QTabWidget*>(u"operationsTabs"_qs)
            ->setCurrentWidget(page->findChild<QWidget*>(u"invoiceTab"_qs));
        QSignalSpy detail(page.get(), &OperationsPage::detailLoaded);
        QTest::keyClicks(page->findChild<QLineEdit*>(u"invoiceFolioEdit"_qs), u"101"_qs);
        QTest::keyClick(page->findChild<QLineEdit*>(u"invoiceFolioEdit"_qs), Qt::Key_Return);
        QVERIFY(detail.wait(20000));
        auto* invoice = page->findChild<QTableView*>(u"invoiceView"_qs);
        QCOMPARE(invoice->model()->rowCount(), 1);
        QCOMPARE(invoice->model()->index(0, OperationDteTableModel::Operation).data().toString(), own->number);
        // Selecting it shows the DTE's history.
        detail.clear();
        selectRows(invoice, { 0 });
        QVERIFY(detail.wait(20000));
        QCOMPARE(page->findChild<QTableView*>(u"invoiceHistoryView"_qs)->model()->rowCount(), 2);

        // By operation number: another company's operation is not found.
        page->findChild<QTabWidget*>(u"operationsTabs"_qs)
            ->setCurrentWidget(page->findChild<QWidget*>(u"operationsTab"_qs));
        auto* number = page->findChild<QLineEdit*>(u"operationNumberEdit"_qs);
        detail.clear();
        QTest::keyClicks(number, foreign->number);
        QTest::keyClick(number, Qt::Key_Return);
        QVERIFY(detail.wait(20000));
        QCOMPARE(page->findChild<QTableView*>(u"operationDtesView"_qs)->model()->rowCount(), 0);
        QVERIFY(page->findChild<QLabel*>(u"operationsStatusLabel"_qs)->text().contains(foreign->number));
        number->clear();
        detail.clear();
        QTest::keyClicks(number, own->number);
        QTest::keyClick(number, Qt::Key_Return);
        QVERIFY(detail.wait(20000));
        QCOMPARE(page->findChild<QTableView*>(u"operationDtesView"_qs)->model()->rowCount(), 1);

        // The state filter: the cedente's only operation is open.
        auto* state = page->findChild<QComboBox*>(u"stateFilterCombo"_qs);
        QSignalSpy refreshed(page.get(), &OperationsPage::refreshed);
        state->setCurrentIndex(state->findData(u"closed"_qs));
        QVERIFY(refreshed.wait(20000));
        QCOMPARE(page->findChild<QTableView*>(u"operationsView"_qs)->model()->rowCount(), 0);

        // The executive sees both companies' rows for folio 101.
        auto executivePage = openPage(ejecutivo());
        QSignalSpy executiveDetail(executivePage.get(), &OperationsPage::detailLoaded);
        QTest::keyClicks(executivePage->findChild<QLineEdit*>(u"invoiceFolioEdit"_qs), u"101"_qs);
        QTest::mouseClick(executivePage->findChild<QPushButton*>(u"searchInvoiceButton"_qs), Qt::LeftButton);
        QVERIFY(executiveDetail.wait(20000));
        QCOMPARE(executivePage->findChild<QTableView*>(u"invoiceView"_qs)->model()->rowCount(), 2);
    }

    void aConflictIsShownInWords()
    {
        // Two executives see the same offer; the second one's approval arrives after the first one's.
        OperationService service(m_db->database(), m_clock);
        QVERIFY(service.offer(Actor::user(cedente()), m_companyA, { m_first, m_second }).ok());
        auto page = openPage(ejecutivo());
        auto* pending = page->findChild<QTableView*>(u"pendingView"_qs);
        QCOMPARE(pending->model()->rowCount(), 2);
        QVERIFY(service.approve(Actor::user(ejecutivo()), { m_first }).ok());
        selectRows(pending, { 0, 1 });
        clickAndWaitForAction(*page, page->findChild<QPushButton*>(u"approveButton"_qs), false);
        QVERIFY(page->findChild<QLabel*>(u"operationsStatusLabel"_qs)->text().contains(u"folio 101"_qs));
        QCOMPARE(dteState(m_second), u"offered"_qs); // all or nothing
        QTRY_COMPARE(pending->model()->rowCount(), 1); // refreshed after the failure
    }

    void changesByOthersAppearOnRefreshKeepingTheSelection()
    {
        OperationService service(m_db->database(), m_clock);
        QVERIFY(service.offer(Actor::user(cedente()), m_companyA, { m_first }).ok());
        auto page = openPage(ejecutivo());
        auto* pending = page->findChild<QTableView*>(u"pendingView"_qs);
        QCOMPARE(pending->model()->rowCount(), 1);
        selectRows(pending, { 0 });

        // Another user offers more while the page is open; "Actualizar" shows it and keeps what was selected.
        QVERIFY(service.offer(Actor::user(ejecutivo()), m_companyB, { m_foreign }).ok());
        refreshAndWait(*page);
        QCOMPARE(pending->model()->rowCount(), 2);
        const QModelIndexList selected = pending->selectionModel()->selectedRows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first().data(OperationDteTableModel::DteIdRole).toLongLong(), m_first);
        QVERIFY(page->findChild<QPushButton*>(u"approveButton"_qs)->isEnabled());

        // The client filter lists each client with its count and narrows the table to one.
        auto* clients = page->findChild<QComboBox*>(u"clientFilterCombo"_qs);
        QCOMPARE(clients->count(), 3);
        clients->setCurrentIndex(clients->findData(m_companyB));
        QCOMPARE(pending->model()->rowCount(), 1);
        QCOMPARE(pending->model()->index(0, 0).data(OperationDteTableModel::DteIdRole).toLongLong(), m_foreign);
    }

    void modelsPassTheModelTester()
    {
        OperationService service(m_db->database(), m_clock);
        const auto operation = service.offer(Actor::user(cedente()), m_companyA, { m_first, m_second });
        QVERIFY(operation.ok());
        QVERIFY(service.reject(Actor::user(ejecutivo()), { m_second }, u"Sin guía"_qs).ok());
        const Actor actor = Actor::user(ejecutivo());

        OperationTableModel operations;
        QAbstractItemModelTester operationsTester(&operations, QAbstractItemModelTester::FailureReportingMode::QtTest);
        operations.setOperations(service.operations(actor).value());
        QCOMPARE(operations.rowCount(), 1);
        QCOMPARE(operations.index(0, OperationTableModel::Pending).data().toInt(), 1);
        QCOMPARE(operations.index(0, OperationTableModel::Amount).data(OperationTableModel::SortRole).toLongLong(),
                 357000);
        QCOMPARE(operations.index(0, OperationTableModel::Paid).data().toInt(), 0);
        operations.setOperations({});
        QCOMPARE(operations.rowCount(), 0);

        OperationDteTableModel dtes;
        QAbstractItemModelTester dtesTester(&dtes, QAbstractItemModelTester::FailureReportingMode::QtTest);
        dtes.setRows(service.operationDtes(actor, operation->id).value());
        QCOMPARE(dtes.rowCount(), 2);
        QCOMPARE(dtes.columnCount(), int(OperationDteTableModel::ColumnCount));
        QCOMPARE(dtes.index(1, OperationDteTableModel::Reason).data().toString(), u"Sin guía"_qs);
        QCOMPARE(dtes.index(0, OperationDteTableModel::Cession).data().toString(), u"—"_qs);
        QCOMPARE(dtes.index(0, OperationDteTableModel::Collection).data().toString(), u"—"_qs);
        QCOMPARE(OperationDteTableModel::collectionText(u"paid"_qs), u"Pagada"_qs);
        QCOMPARE(OperationDteTableModel::collectionText(u"pending"_qs), u"Por cobrar"_qs);

        OperationEventTableModel events;
        QAbstractItemModelTester eventsTester(&events, QAbstractItemModelTester::FailureReportingMode::QtTest);
        events.setEvents(service.historyOfOperation(actor, operation->id).value());
        QCOMPARE(events.rowCount(), 4);
        QVERIFY(events.index(3, OperationEventTableModel::Event).data().toString().contains(u"Sin guía"_qs));

        OfferableDteTableModel offerable;
        QAbstractItemModelTester offerableTester(&offerable, QAbstractItemModelTester::FailureReportingMode::QtTest);
        offerable.setDtes(service.offerableDtes(Actor::user(cedente()), m_companyA).value());
        QCOMPARE(offerable.rowCount(), 1);
        QCOMPARE(offerable.index(0, OfferableDteTableModel::State).data().toString(), u"Rechazado antes"_qs);
        QCOMPARE(offerable.index(0, 0).data(OfferableDteTableModel::DteIdRole).toLongLong(), m_second);
    }
};

QTEST_MAIN(TestOperationsPage)
#include "TestOperationsPage.moc"
