// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "FixedAuthenticator.h"
#include "TamperHelper.h"
#include "TestDatabase.h"
#include "audit/AuditLog.h"
#include "audit/AuditPage.h"
#include "audit/AuditTableModel.h"
#include "common/Configuration.h"
#include "common/ManualClock.h"
#include "storage/Migrator.h"
#include "storage/Transaction.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcessEnvironment>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace factora::core;
using factora::test::TamperHelper;
using factora::test::TestDatabase;
using namespace factora::ui;
using namespace Qt::StringLiterals;

/**
 * @brief The Audit page on a real database, on both engines: entries listed a page at a time and filtered by
 * actor, action, entity and dates; the chain verified intact, then broken after a row is edited in SQL.
 */
class TestAuditPage : public QObject
{
    Q_OBJECT

private:
    static constexpr int Imports = 1100; // more than two pages of AuditPage::PageSize

    std::unique_ptr<TestDatabase> m_db;
    ManualClock m_clock { QDateTime(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC) };

    DesktopContext context()
    {
        auto configuration = Configuration::load(QString(), QProcessEnvironment(), {});
        if (!configuration)
            qFatal("%s", qPrintable(configuration.error().message()));
        return DesktopContext { m_db->shared(), configuration.value(), &m_clock };
    }

    std::unique_ptr<AuditPage> openPage()
    {
        auto page = std::make_unique<AuditPage>(context(), factora::ui::test::sessionFor(Role::Admin));
        new QAbstractItemModelTester(page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, page.get());
        QSignalSpy loaded(page.get(), &AuditPage::pageLoaded);
        page->resize(1200, 800);
        page->show();
        if (!loaded.wait(20000))
            qWarning("the first page did not load");
        return page;
    }

    static void applyAndWait(AuditPage& page)
    {
        QSignalSpy loaded(&page, &AuditPage::pageLoaded);
        QTest::mouseClick(page.findChild<QPushButton*>(u"auditApplyButton"_s), Qt::LeftButton);
        QVERIFY(loaded.wait(20000));
    }

    /** @brief Scrolls the view to the end until every matching row is loaded. */
    static void loadAll(AuditPage& page, int expected)
    {
        auto* view = page.findChild<QTableView*>(u"auditView"_s);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&]() {
                view->scrollToBottom();
                if (page.model()->canFetchMore({}))
                    page.model()->fetchMore({});
                return page.model()->rowCount() >= expected;
            }(),
            30000);
        QCOMPARE(page.model()->rowCount(), expected);
        QVERIFY(!page.model()->canFetchMore({}));
    }

    static QList<QVariant> verify(AuditPage& page)
    {
        QSignalSpy finished(&page, &AuditPage::verificationFinished);
        QTest::mouseClick(page.findChild<QPushButton*>(u"verifyChainButton"_s), Qt::LeftButton);
        if (!finished.wait(60000))
            return { false, u"timeout"_s };
        return finished.first();
    }

private slots:
    void init()
    {
        auto db = TestDatabase::create();
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message()));
        m_db = std::move(db.value());
        QVERIFY(Migrator(m_db->database()).migrate().ok());
        AuditLog log(m_db->database(), m_clock);
        auto connection = m_db->database().connection();
        QVERIFY(connection.ok());
        // 1 November: three companies added by maria; 10 November: many DTE imports by the server.
        {
            auto tx = Transaction::begin(*connection, m_db->dialect());
            QVERIFY(tx.ok());
            for (int i = 1; i <= 3; ++i) {
                QVERIFY(log.append(*connection, { u"user:maria"_s, u"company.add"_s, u"company"_s,
                                                   u"7611111%1-K"_s.arg(i), std::nullopt,
                                                   { { u"razon_social"_s, u"Empresa %1"_s.arg(i) } } })
                            .ok());
            }
            m_clock.set(QDateTime(QDate(2026, 11, 10), QTime(9, 0), Qt::UTC));
            for (int i = 1; i <= Imports; ++i) {
                QVERIFY(log.append(*connection, { u"server"_s, u"dte.import"_s, u"dte"_s, u"33-%1"_s.arg(i),
                                                   std::nullopt, {} })
                            .ok());
            }
            m_clock.set(QDateTime(QDate(2026, 11, 20), QTime(15, 0), Qt::UTC));
            QVERIFY(log.append(*connection, { u"user:pedro"_s, u"user.disable"_s, u"user"_s, u"jperez"_s,
                                               std::nullopt, {} })
                        .ok());
            QVERIFY(tx->commit().ok());
        }
    }

    void cleanup() { m_db.reset(); }

    void entriesListedInPagesAndFiltered()
    {
        auto page = openPage();
        const int total = 3 + Imports + 1;
        QCOMPARE(page->model()->rowCount(), AuditPage::PageSize);
        QVERIFY2(page->findChild<QLabel*>(u"auditCountLabel"_s)->text().contains(QString::number(total)),
                 qPrintable(page->findChild<QLabel*>(u"auditCountLabel"_s)->text()));
        // Newest first.
        QCOMPARE(page->model()->index(0, AuditTableModel::Action).data().toString(), u"user.disable"_s);
        loadAll(*page, total);
        QCOMPARE(page->model()->index(total - 1, AuditTableModel::Id).data().toLongLong(), 1);

        // By actor (part of the name).
        page->findChild<QLineEdit*>(u"auditActorEdit"_s)->setText(u"MARIA"_s);
        applyAndWait(*page);
        QCOMPARE(page->model()->rowCount(), 3);
        QVERIFY(!page->model()->canFetchMore({}));

        // Details of the selected entry.
        page->findChild<QTableView*>(u"auditView"_s)->selectRow(0);
        const QString details = page->findChild<QPlainTextEdit*>(u"auditDetailsView"_s)->toPlainText();
        QVERIFY2(details.contains(u"company.add"_s) && details.contains(u"Empresa 3"_s), qPrintable(details));

        // By action and entity.
        page->findChild<QLineEdit*>(u"auditActorEdit"_s)->clear();
        page->findChild<QComboBox*>(u"auditActionCombo"_s)->setCurrentText(u"user."_s);
        applyAndWait(*page);
        QCOMPARE(page->model()->rowCount(), 1);
        QCOMPARE(page->model()->index(0, AuditTableModel::EntityId).data().toString(), u"jperez"_s);
        page->findChild<QComboBox*>(u"auditActionCombo"_s)->setCurrentText(u"(todas)"_s);
        auto* entity = page->findChild<QComboBox*>(u"auditEntityCombo"_s);
        QTRY_VERIFY(entity->findData(u"company"_s) >= 0);
        entity->setCurrentIndex(entity->findData(u"company"_s));
        page->findChild<QLineEdit*>(u"auditEntityIdEdit"_s)->setText(u"76111112"_s);
        applyAndWait(*page);
        QCOMPARE(page->model()->rowCount(), 1);
        QCOMPARE(page->model()->index(0, AuditTableModel::EntityId).data().toString(), u"76111112-K"_s);

        // By dates: only the 10th.
        entity->setCurrentIndex(0);
        page->findChild<QLineEdit*>(u"auditEntityIdEdit"_s)->clear();
        page->findChild<QCheckBox*>(u"auditDateCheck"_s)->setChecked(true);
        page->findChild<QDateEdit*>(u"auditFromDate"_s)->setDate(QDate(2026, 11, 5));
        page->findChild<QDateEdit*>(u"auditToDate"_s)->setDate(QDate(2026, 11, 15));
        applyAndWait(*page);
        loadAll(*page, Imports);
        for (int row : { 0, Imports - 1 })
            QCOMPARE(page->model()->index(row, AuditTableModel::Action).data().toString(), u"dte.import"_s);

        // Nothing matches: an empty list and a sentence saying so.
        page->findChild<QLineEdit*>(u"auditActorEdit"_s)->setText(u"nadie"_s);
        applyAndWait(*page);
        QCOMPARE(page->model()->rowCount(), 0);
        QVERIFY(page->findChild<QLabel*>(u"auditCountLabel"_s)->text().contains(u"Ninguna"_s));
    }

    void chainVerifiedThenBrokenByTampering()
    {
        auto page = openPage();
        const auto intact = verify(*page);
        QVERIFY2(intact.at(0).toBool(), qPrintable(intact.at(1).toString()));
        QVERIFY2(intact.at(1).toString().contains(QString::number(3 + Imports + 1)), qPrintable(intact.at(1).toString()));

        QVERIFY(TamperHelper::disableAuditTriggers(*m_db).ok());
        QVERIFY(m_db->exec(u"UPDATE audit_log SET actor = 'user:mallory' WHERE id = 2"_s).ok());
        const auto broken = verify(*page);
        QVERIFY(!broken.at(0).toBool());
        QVERIFY2(broken.at(1).toString().contains(u"n.º 2"_s) && broken.at(1).toString().contains(u"modificada"_s),
                 qPrintable(broken.at(1).toString()));
        QCOMPARE(page->findChild<QLabel*>(u"verifyResultLabel"_s)->text(), broken.at(1).toString());
        QVERIFY(page->findChild<QPushButton*>(u"verifyChainButton"_s)->isEnabled());
    }
};

QTEST_MAIN(TestAuditPage)
#include "TestAuditPage.moc"
