// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
// Issue 8's "Done when" walked through the real main window on the demo data (docs/guide-executive.md, "A day on the
// demo data"): each demo user signs in through the LoginDialog against the real AuthService, gets the MainWindow the
// desktop program builds (WorkspacePageFactory on a DesktopContext), and works as a user would: navigation list,
// widgets found by objectName, buttons clicked, confirmations answered. The database is DispatchTestKit's (real
// aiosmtpd on 127.0.0.1, DispatchService processing in the test) seeded by DemoSeeder; the DTEs come from a fresh
// demo kit (tools/demo-kit), and a real factora-sii-sim trusting only the kit's CA annotates the cessions.
#include "DispatchTestKit.h"
#include "SimProcess.h"

#include "administration/AdministrationPage.h"
#include "administration/CompaniesPanel.h"
#include "administration/CompanyTableModel.h"
#include "administration/UserTableModel.h"
#include "administration/UsersPanel.h"
#include "aec/AecBuilder.h"
#include "audit/AuditPage.h"
#include "calendar/BankingCalendar.h"
#include "cession/CessionService.h"
#include "cession/SiiClientCessionGateway.h"
#include "cessions/CessionTableModel.h"
#include "cessions/CessionTrackingPanel.h"
#include "cessions/CessionsPage.h"
#include "collection/CollectionService.h"
#include "collections/CollectionsPage.h"
#include "collections/CollectionsRowModel.h"
#include "collections/ResolveDifferenceDialog.h"
#include "common/Configuration.h"
#include "company/CompanyRepository.h"
#include "crypto/Pkcs12Bundle.h"
#include "demo/DemoSeeder.h"
#include "dispatch/DispatchCampaignDialog.h"
#include "dispatch/DispatchLogModel.h"
#include "dispatch/DispatchPage.h"
#include "dispatch/DispatchWords.h"
#include "dte/DteRepository.h"
#include "dtes/DteInboxPage.h"
#include "login/LoginDialog.h"
#include "main/MainWindow.h"
#include "operations/OfferableDteTableModel.h"
#include "operations/OperationDteTableModel.h"
#include "operations/OperationTableModel.h"
#include "operations/OperationsPage.h"
#include "operations/RejectReasonDialog.h"
#include "rendicion/RendicionGenerator.h"
#include "rendicion/RendicionLayout.h"
#include "rendicion/RendicionReconciler.h"
#include "security/AuthService.h"
#include "sii/SiiClient.h"
#include "sii/SiiEnvironment.h"
#include "storage/SqlQuery.h"
#include "workspace/WorkspacePageFactory.h"

#include <QAbstractItemModelTester>
#include <QAbstractProxyModel>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDropEvent>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProcess>
#include <QProcessEnvironment>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QUrl>

#include <memory>

using namespace factora::core;
using namespace factora::test;
using namespace factora::ui;
using namespace Qt::StringLiterals;

namespace {
constexpr int WaitMs = 60000;
const QString CedenteRut = u"76354771-K"_s; // Ingeniería Enacon, cedente1's company
const QString FactoringRut = u"77665544-9"_s;
const QString PayingDebtorRut = u"96790240-3"_s; // Minera Los Pelambres: six demo receivables
const QString ResolveReason = u"El banco cobro comision por el pago"_s;
const QString RejectReason = u"Deudor con mora en otras facturas"_s; // typed: QTest::keyClicks is ASCII only
} // namespace

class TestExecutiveDay : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_kitDir;
    std::unique_ptr<DispatchTestKit> m_kit;
    SimProcess m_sim;
    std::optional<Configuration> m_configuration;
    std::unique_ptr<WorkspacePageFactory> m_factory;
    std::unique_ptr<AuthService> m_auth; ///< the windows' authenticator (unlock), as DesktopLauncher's
    QStringList m_files; ///< the demo kit's DTE files
    qint64 m_rejectedFolio = 0;
    QString m_operationNumber;

    Database& database() { return m_kit->database(); }

    int scalar(const QString& sql)
    {
        auto value = SqlQuery::scalar(*database().connection(), sql);
        return value ? value->toInt() : -1;
    }

    static QByteArray readAll(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    /** @brief The user signs in through the login dialog, as the desktop program asks; the session or nothing. */
    std::optional<UserSession> signIn(AuthService& auth, const QString& username)
    {
        LoginDialog dialog(auth, m_kit->testDatabase().url());
        dialog.show();
        QTest::keyClicks(dialog.findChild<QLineEdit*>(u"usernameLineEdit"_s), username);
        QTest::keyClicks(dialog.findChild<QLineEdit*>(u"passwordLineEdit"_s), DemoSeeder::demoPassword());
        QTest::mouseClick(dialog.findChild<QPushButton*>(u"loginButton"_s), Qt::LeftButton);
        return dialog.session();
    }

    /** @brief @p username's main window as DesktopApplication builds it after signing in, shown. */
    std::unique_ptr<MainWindow> openWindow(const QString& username)
    {
        const auto session = signIn(*m_auth, username);
        if (!session) {
            qWarning("%s could not sign in", qPrintable(username));
            return nullptr;
        }
        auto window = std::make_unique<MainWindow>(*m_auth, *session, m_kit->testDatabase().url(),
                                                   std::chrono::milliseconds(0), m_factory.get());
        window->resize(1400, 900);
        window->show();
        // Every model of every page under QAbstractItemModelTester while the user works.
        for (QAbstractItemModel* model : window->findChildren<QAbstractItemModel*>()) {
            if (model->objectName().endsWith(u"Model"))
                new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest, model);
        }
        return window;
    }

    /** @brief Clicks @p title in the navigation list, as the user does. */
    static bool navigate(MainWindow& window, const QString& title)
    {
        auto* list = window.findChild<QListView*>(u"navigationList"_s);
        for (int row = 0; list && row < list->model()->rowCount(); ++row) {
            const QModelIndex index = list->model()->index(row, 0);
            if (index.data().toString() == title) {
                list->scrollTo(index);
                QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(index).center());
                return true;
            }
        }
        return false;
    }

    static int rowWhere(QAbstractItemModel* model, int column, const QString& text)
    {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, column).data().toString() == text)
                return row;
        }
        return -1;
    }

    static QStringList column(QAbstractItemModel* model, int column)
    {
        QStringList values;
        for (int row = 0; row < model->rowCount(); ++row)
            values << model->index(row, column).data().toString();
        return values;
    }

    /** @brief Answers the next modal QMessageBox with @p button; what it said goes to @p seen. */
    static void answerNextMessageBox(QMessageBox::StandardButton button, QString* seen)
    {
        auto* timer = new QTimer;
        timer->setInterval(20);
        QObject::connect(timer, &QTimer::timeout, timer, [timer, button, seen]() {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (!box)
                return;
            if (seen)
                *seen = box->objectName() + u'|' + box->text();
            box->button(button)->click();
            timer->stop();
            timer->deleteLater();
        });
        timer->start();
    }

    /** @brief Makes the tab of @p tabs that holds @p widget the current one, as clicking its title does. */
    static void showTabOf(QTabWidget* tabs, QWidget* widget)
    {
        for (QWidget* w = widget; w; w = w->parentWidget()) {
            if (tabs->indexOf(w) >= 0) {
                tabs->setCurrentWidget(w);
                return;
            }
        }
    }

    Company company(const QString& rut)
    {
        auto found = CompanyRepository::findByRut(*database().connection(), rut);
        if (!found)
            qFatal("no demo company %s: %s", qPrintable(rut), qPrintable(found.error().message()));
        return found.value();
    }

    static AecParty party(const Company& company)
    {
        return AecParty { company.rut, company.razonSocial, company.direccion + u", "_s + company.comuna,
                          company.email };
    }

    /** @brief The stored DTE read back as the cession wizard reads it (the exact bytes imported). */
    Result<Dte> loadDte(qint64 id) { return DteRepository::load(*database().connection(), id); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_kitDir = m_dir.filePath(u"demo"_s);
        QProcess kit;
        kit.start(u"bash"_s, { qEnvironmentVariable("FACTORA_DEMO_KIT"), m_kitDir });
        QVERIFY(kit.waitForFinished(120000));
        QVERIFY2(kit.exitCode() == 0, kit.readAllStandardError().constData());
        const QDir dteDir(m_kitDir + u"/dte"_s);
        for (const QString& name : dteDir.entryList({ u"*.xml"_s }, QDir::Files, QDir::Name))
            m_files << dteDir.filePath(name);
        QVERIFY2(m_files.size() >= 4, qPrintable(m_files.join(u' ')));

        QVERIFY2(m_sim.start({ u"--trusted-ca"_s, m_kitDir + u"/ca/factora-demo-ca.pem"_s, u"--state"_s,
                               m_dir.filePath(u"sii-sim-state.json"_s) }),
                 qPrintable(m_sim.error()));

        QString why;
        m_kit = DispatchTestKit::create(&why);
        QVERIFY2(m_kit, qPrintable(why));
        // The demo kit's certificates are issued now: the day happens today.
        m_kit->clock().set(QDateTime::currentDateTimeUtc());
        const Status seeded = DemoSeeder(database(), m_kit->clock()).seed(Actor::system(u"cli:test"_s));
        QVERIFY2(seeded, qPrintable(seeded ? QString() : seeded.error().message()));

        auto configuration
            = Configuration::load(QString(), QProcessEnvironment(), { { u"sii/url"_s, m_sim.baseUrl() } });
        QVERIFY2(configuration, qPrintable(configuration ? QString() : configuration.error().message()));
        m_configuration = configuration.value();
        m_auth = std::make_unique<AuthService>(database(), m_kit->clock(), LockoutPolicy {});
        m_factory = std::make_unique<WorkspacePageFactory>(
            DesktopContext { m_kit->testDatabase().shared(), *m_configuration, &m_kit->clock() });
    }

    void cleanupTestCase()
    {
        m_factory.reset();
        m_auth.reset();
        m_sim.stop();
        m_kit.reset();
    }

    void morningCedenteImportsAndOffers()
    {
        auto window = openWindow(u"cedente1"_s);
        QVERIFY(window);

        // DTEs: the kit's files dropped on the inbox.
        auto* inbox = window->findChild<DteInboxPage*>();
        QVERIFY(inbox);
        QVERIFY(navigate(*window, u"DTEs"_s));
        QCOMPARE(window->currentSection(), Section::Dtes);
        QSignalSpy imported(inbox, &DteInboxPage::importFinished);
        QSignalSpy rows(inbox, &DteInboxPage::rowsLoaded);
        QMimeData mime;
        QList<QUrl> urls;
        for (const QString& file : std::as_const(m_files))
            urls << QUrl::fromLocalFile(file);
        mime.setUrls(urls);
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(inbox, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(inbox, &drop);
        QVERIFY(imported.wait(WaitMs));
        QCOMPARE(imported.first().at(0).toBool(), false); // not cancelled
        QTRY_VERIFY_WITH_TIMEOUT(!rows.isEmpty(), WaitMs);
        const QString status = inbox->findChild<QLabel*>(u"importStatusLabel"_s)->text();
        QVERIFY2(status.contains(u"%1 archivos importados"_s.arg(m_files.size())), qPrintable(status));
        QTRY_COMPARE_WITH_TIMEOUT(inbox->findChild<QLabel*>(u"dteCountLabel"_s)->text(),
                                  u"%1 DTE"_s.arg(m_files.size()), WaitMs);

        // Operations: every loaded DTE offered to the factoring in a new operation.
        auto* operations = window->findChild<OperationsPage*>();
        QVERIFY(operations);
        QSignalSpy refreshed(operations, &OperationsPage::refreshed);
        QVERIFY(navigate(*window, u"Operaciones"_s));
        QVERIFY(refreshed.wait(WaitMs));
        auto* offerable = operations->findChild<QTableView*>(u"offerableView"_s);
        QTRY_COMPARE_WITH_TIMEOUT(offerable->model()->rowCount(), m_files.size(), WaitMs);
        auto* offer = operations->findChild<QPushButton*>(u"offerButton"_s);
        QVERIFY(!offer->isEnabled());
        offerable->setFocus();
        QTest::keyClick(offerable, Qt::Key_A, Qt::ControlModifier);
        QVERIFY(offer->isEnabled());
        QCOMPARE(offer->text().remove(u'&'), u"Ofrecer al factoring"_s);
        QSignalSpy finished(operations, &OperationsPage::actionFinished);
        QTest::mouseClick(offer, Qt::LeftButton);
        QVERIFY(finished.wait(WaitMs));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QTRY_VERIFY_WITH_TIMEOUT(operations->findChild<QLabel*>(u"offerEmptyLabel"_s)->isVisible(), WaitMs);
        auto* list = operations->findChild<QTableView*>(u"operationsView"_s);
        QTRY_COMPARE_WITH_TIMEOUT(list->model()->rowCount(), 1, WaitMs);
        QCOMPARE(list->model()->index(0, OperationTableModel::State).data().toString(), u"Abierta"_s);
        QCOMPARE(list->model()->index(0, OperationTableModel::Pending).data().toInt(), m_files.size());
        m_operationNumber = list->model()->index(0, OperationTableModel::Number).data().toString();
        QVERIFY(!m_operationNumber.isEmpty());
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM dtes WHERE state = 'offered'"_s), m_files.size());
    }

    void executiveApprovesAllButOne()
    {
        QVERIFY(!m_operationNumber.isEmpty());
        auto window = openWindow(u"ejecutivo"_s);
        QVERIFY(window);
        auto* page = window->findChild<OperationsPage*>();
        QSignalSpy refreshed(page, &OperationsPage::refreshed);
        QVERIFY(navigate(*window, u"Operaciones"_s));
        QVERIFY(refreshed.wait(WaitMs));
        auto* tabs = page->findChild<QTabWidget*>(u"operationsTabs"_s);
        tabs->setCurrentWidget(page->findChild<QWidget*>(u"pendingTab"_s));
        auto* pending = page->findChild<QTableView*>(u"pendingView"_s);
        QTRY_COMPARE_WITH_TIMEOUT(pending->model()->rowCount(), m_files.size(), WaitMs);
        auto* clients = page->findChild<QComboBox*>(u"clientFilterCombo"_s);
        bool enaconListed = false;
        for (int i = 0; i < clients->count(); ++i)
            enaconListed = enaconListed || clients->itemText(i).contains(u"Enacon"_s, Qt::CaseInsensitive);
        QVERIFY(enaconListed);

        // The first offer rejected with a reason, the rest approved at once.
        m_rejectedFolio = pending->model()->index(0, OperationDteTableModel::Folio).data().toLongLong();
        QVERIFY(m_rejectedFolio > 0);
        pending->selectRow(0);
        QTest::mouseClick(page->findChild<QPushButton*>(u"rejectButton"_s), Qt::LeftButton);
        auto* dialog = page->findChild<RejectReasonDialog*>();
        QVERIFY(dialog && dialog->isVisible());
        auto* confirm = dialog->findChild<QPushButton*>(u"rejectConfirmButton"_s);
        QVERIFY(!confirm->isEnabled()); // a reason is required
        QTest::keyClicks(dialog->findChild<QPlainTextEdit*>(u"rejectReasonEdit"_s), RejectReason);
        QSignalSpy finished(page, &OperationsPage::actionFinished);
        QTest::mouseClick(confirm, Qt::LeftButton);
        QVERIFY(finished.wait(WaitMs));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QTRY_COMPARE_WITH_TIMEOUT(pending->model()->rowCount(), m_files.size() - 1, WaitMs);

        pending->setFocus();
        QTest::keyClick(pending, Qt::Key_A, Qt::ControlModifier);
        finished.clear();
        QTest::mouseClick(page->findChild<QPushButton*>(u"approveButton"_s), Qt::LeftButton);
        QVERIFY(finished.wait(WaitMs));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QTRY_VERIFY_WITH_TIMEOUT(page->findChild<QLabel*>(u"pendingEmptyLabel"_s)->isVisible(), WaitMs);

        // The operation: closed, its DTEs with each decision and the reason.
        tabs->setCurrentWidget(page->findChild<QWidget*>(u"operationsTab"_s));
        auto* list = page->findChild<QTableView*>(u"operationsView"_s);
        QTRY_COMPARE_WITH_TIMEOUT(list->model()->rowCount(), 1, WaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(list->model()->index(0, OperationTableModel::State).data().toString(), u"Cerrada"_s,
                                  WaitMs);
        QCOMPARE(list->model()->index(0, OperationTableModel::Approved).data().toInt(), m_files.size() - 1);
        QCOMPARE(list->model()->index(0, OperationTableModel::Rejected).data().toInt(), 1);
        QSignalSpy detail(page, &OperationsPage::detailLoaded);
        list->selectRow(0);
        QVERIFY(detail.wait(WaitMs));
        auto* dtes = page->findChild<QTableView*>(u"operationDtesView"_s)->model();
        QCOMPARE(dtes->rowCount(), m_files.size());
        const QStringList decisions = column(dtes, OperationDteTableModel::Decision);
        QCOMPARE(decisions.count(u"Aprobado"_s), m_files.size() - 1);
        QCOMPARE(decisions.count(u"Rechazado"_s), 1);
        const int rejectedRow = rowWhere(dtes, OperationDteTableModel::Folio, QString::number(m_rejectedFolio));
        QVERIFY(rejectedRow >= 0);
        QCOMPARE(dtes->index(rejectedRow, OperationDteTableModel::Reason).data().toString(), RejectReason);
    }

    void cessionsAreAnnotated()
    {
        // Done through core as tests/demo/TestDemoCampaign does (CessionService with the demo kit's .p12 against the
        // real factora-sii-sim): the wizard's own walk is TestCessionWizard's, and it needs the signer in an OS
        // keychain, which this test does not start. What the executive sees of it is checked on the pages below.
        QVERIFY(!m_operationNumber.isEmpty());
        auto signer = Pkcs12Bundle::fromPkcs12(readAll(m_kitDir + u"/firma/cedente1-firma.p12"_s),
                                               DemoSeeder::demoCertificatePassword().toUtf8());
        QVERIFY2(signer, qPrintable(signer ? QString() : signer.error().message()));
        auto environment = SiiEnvironment::fromUrl(QUrl(m_sim.baseUrl()));
        QVERIFY(environment);
        SiiClientOptions options;
        options.maxAttempts = 2;
        options.initialBackoffMs = 200;
        SiiClient client(environment.value(), signer.value(), options, m_kit->clock());
        SiiClientCessionGateway gateway(client);
        CessionService cessions(database(), m_kit->clock());
        auto cedente = m_auth->authenticate(u"cedente1"_s, DemoSeeder::demoPassword());
        QVERIFY(cedente);
        const Actor actor = Actor::user(cedente.value());
        const AecParty cedenteParty = party(company(CedenteRut));
        const AecParty cesionario = party(company(FactoringRut));

        auto approved
            = SqlQuery::scalar(*database().connection(), u"SELECT COUNT(*) FROM dtes WHERE state = 'approved'"_s);
        QVERIFY(approved);
        QCOMPARE(approved->toInt(), m_files.size() - 1);
        QList<qint64> dteIds;
        {
            auto db = database().connection();
            QVERIFY(db);
            QSqlQuery query(db.value());
            QVERIFY(query.exec(u"SELECT id FROM dtes WHERE state = 'approved' ORDER BY id"_s));
            while (query.next())
                dteIds << query.value(0).toLongLong();
        }
        QList<qint64> cessionIds;
        for (qint64 dteId : std::as_const(dteIds)) {
            auto dte = loadDte(dteId);
            QVERIFY2(dte, qPrintable(dte ? QString() : dte.error().message()));
            AecRequest request;
            request.dte = dte.value();
            request.cedente = cedenteParty;
            request.cesionario = cesionario;
            request.declaracionJurada = true;
            auto built = AecBuilder::build(request, signer.value(), m_kit->clock());
            QVERIFY2(built, qPrintable(built ? QString() : built.error().message()));
            auto recorded
                = cessions.record(actor, built->xml, u"AEC-%1.xml"_s.arg(dteId), environment->name(), cesionario.email);
            QVERIFY2(recorded, qPrintable(recorded ? QString() : recorded.error().message()));
            auto submitted = cessions.submit(actor, recorded->id, gateway);
            QVERIFY2(submitted,
                     qPrintable((submitted ? QString() : submitted.error().message()) + m_sim.standardError()));
            cessionIds << recorded->id;
        }
        for (qint64 id : std::as_const(cessionIds)) {
            Result<Cession> cession = cessions.find(id);
            for (int poll = 0; poll < 300 && cession && CessionStates::isAwaitingSii(cession->state); ++poll) {
                QThread::msleep(100);
                cession = cessions.refresh(actor, id, gateway);
            }
            QVERIFY2(cession, qPrintable(cession ? QString() : cession.error().message()));
            QVERIFY2(cession->state == CessionState::Annotated,
                     qPrintable(cession->siiCode + u' ' + cession->siiMessage));
        }

        // The cedente's Cessions page follows them: every one annotated.
        auto window = openWindow(u"cedente1"_s);
        QVERIFY(window);
        auto* page = window->findChild<CessionsPage*>();
        QVERIFY(page);
        QVERIFY(navigate(*window, u"Cesiones"_s));
        CessionTableModel* tracked = page->trackingPanel()->model();
        QTRY_COMPARE_WITH_TIMEOUT(tracked->rowCount(), int(cessionIds.size()), WaitMs);
        for (const Cession& cession : tracked->cessions())
            QCOMPARE(cession.state, CessionState::Annotated);
    }

    void collectionsPaymentAndReconciliation()
    {
        auto calendar = BankingCalendar::create();
        QVERIFY(calendar);
        // A Caja Vecina payment of Minera Los Pelambres, on a recent banking day at 10:00 (its own accounting date),
        // through CollectionService's debt query and notification: what the bank's two endpoints call on the server.
        QDate day = m_kit->clock().nowUtc().date().addDays(-2);
        while (!calendar->isBankingDay(day))
            day = day.addDays(-1);
        CollectionService collection(database(), m_kit->clock(), calendar.value());
        const DebtQueryAnswer debt = collection.queryDebt(PayingDebtorRut, u"String"_s);
        QCOMPARE(debt.errorCode, 0);
        const int paidCount = int(debt.invoiceIds.size());
        QCOMPARE(paidCount, 5); // the bank's most per payment; the sixth stays pending
        QJsonObject body = debt.toJson();
        body.insert(u"fecha-pago"_s, day.toString(u"yyyy-MM-dd"_s) + u" 10:00"_s);
        const NotificationAnswer paid
            = collection.notifyPayment(Actor::system(u"server"_s), QJsonDocument(body).toJson(QJsonDocument::Compact));
        QVERIFY2(paid.applied, qPrintable(paid.detail));

        // The bank's rendición of that day: Factora's own file for it with one amount changed by the bank.
        auto executive = m_auth->authenticate(u"ejecutivo"_s, DemoSeeder::demoPassword());
        QVERIFY(executive);
        RendicionSettings settings;
        settings.companyRut = FactoringRut;
        settings.convenios.insert(u"CV"_s, u"1234567"_s);
        RendicionGenerator generator(database(), m_kit->clock(), RendicionLayout::defaultLayout(), settings);
        auto generated
            = generator.generate(day, u"CV"_s, m_dir.filePath(u"rendicion-cv.txt"_s), Actor::user(executive.value()));
        QVERIFY2(generated, qPrintable(generated ? QString() : generated.error().message()));
        QCOMPARE(generated->detailCount, paidCount);
        QList<QByteArray> lines = readAll(generated->filePath).split('\n');
        lines.removeLast();
        for (QByteArray& line : lines)
            line.chop(1); // CR
        QCOMPARE(lines.size(), paidCount + 1);
        QByteArray& changed = lines[1]; // the first detail; its amount is 13 digits at column 86
        const qint64 amount = changed.mid(85, 13).toLongLong();
        QVERIFY(amount > 0);
        changed.replace(85, 13, QByteArray::number(amount + 100).rightJustified(13, '0'));
        QByteArray& header = lines[0]; // the bank's header totals its own details (columns 39-51)
        header.replace(38, 13, QByteArray::number(header.mid(38, 13).toLongLong() + 100).rightJustified(13, '0'));
        auto reconciled
            = RendicionReconciler(database(), m_kit->clock(), calendar.value(), RendicionLayout::defaultLayout())
                  .reconcile(lines.join("\r\n") + "\r\n", u"banco_CV.txt"_s, Actor::user(executive.value()));
        QVERIFY2(reconciled, qPrintable(reconciled ? QString() : reconciled.error().message()));
        QVERIFY(!reconciled->allMatch());

        // The executive's Collections page: the payment on its day and channel, the debtor's paid and pending.
        auto window = openWindow(u"ejecutivo"_s);
        QVERIFY(window);
        auto* page = window->findChild<CollectionsPage*>();
        QVERIFY(page);
        QSignalSpy refreshed(page, &CollectionsPage::refreshed);
        QVERIFY(navigate(*window, u"Cobranza"_s));
        QVERIFY(refreshed.wait(WaitMs));
        auto* status = page->findChild<QLabel*>(u"statusLabel"_s);
        QVERIFY2(!status->property("error").toBool(), qPrintable(status->text()));
        CollectionsRowModel* payments = page->paymentsModel();
        QCOMPARE(payments->rowCount(), 1);
        QCOMPARE(payments->index(0, 0).data().toString(), day.toString(u"dd-MM-yyyy"_s));
        QCOMPARE(payments->index(0, 1).data().toString(), u"Caja Vecina"_s);
        QCOMPARE(payments->index(0, 4).data(CollectionsRowModel::SortRole).toLongLong(), generated->totalAmount);
        CollectionsRowModel* debtors = page->debtorsModel();
        int debtorRow = -1;
        for (int row = 0; row < debtors->rowCount(); ++row) {
            if (debtors->index(row, 0).data(CollectionsRowModel::SortRole).toString() == PayingDebtorRut)
                debtorRow = row;
        }
        QVERIFY(debtorRow >= 0);
        QCOMPARE(debtors->index(debtorRow, 1).data().toString(), u"Minera Los Pelambres"_s);
        QCOMPARE(debtors->index(debtorRow, 3).data(CollectionsRowModel::SortRole).toLongLong(), generated->totalAmount);
        QVERIFY(debtors->index(debtorRow, 5).data(CollectionsRowModel::SortRole).toLongLong() > 0); // the sixth
        QSignalSpy invoicesLoaded(page, &CollectionsPage::debtorInvoicesLoaded);
        auto* debtorsView = page->findChild<QTableView*>(u"debtorsTable"_s);
        auto* tabs = page->findChild<QTabWidget*>(u"collectionsTabs"_s);
        showTabOf(tabs, debtorsView);
        const QModelIndex debtorIndex
            = qobject_cast<QAbstractProxyModel*>(debtorsView->model())->mapFromSource(debtors->index(debtorRow, 0));
        debtorsView->setCurrentIndex(debtorIndex);
        debtorsView->selectionModel()->select(debtorIndex,
                                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QVERIFY(invoicesLoaded.wait(WaitMs));
        const QStringList invoiceStates = column(page->debtorInvoicesModel(), 6);
        QCOMPARE(invoiceStates.count(u"Pagada"_s), paidCount);
        QVERIFY2(invoiceStates.size() > paidCount, qPrintable(invoiceStates.join(u", "_s))); // the rest pending

        // The one difference, resolved with a reason.
        CollectionsRowModel* differences = page->differencesModel();
        int differsRow = -1;
        int differing = 0;
        for (int row = 0; row < differences->rowCount(); ++row) {
            if (differences->index(row, 4).data().toString() == u"Difiere"_s) {
                differsRow = row;
                ++differing;
            }
        }
        QCOMPARE(differing, 1);
        QCOMPARE(differences->index(differsRow, 5).data(CollectionsRowModel::SortRole).toLongLong(), amount + 100);
        auto* differencesView = page->findChild<QTableView*>(u"differencesTable"_s);
        showTabOf(tabs, differencesView);
        const QModelIndex differsIndex = qobject_cast<QAbstractProxyModel*>(differencesView->model())
                                             ->mapFromSource(differences->index(differsRow, 0));
        differencesView->setCurrentIndex(differsIndex);
        differencesView->selectionModel()->select(differsIndex,
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        auto* resolve = page->findChild<QPushButton*>(u"resolveButton"_s);
        QVERIFY(resolve->isEnabled());
        bool typed = false;
        QTimer::singleShot(0, this, [&typed]() {
            auto* dialog = qobject_cast<ResolveDifferenceDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            QTest::keyClicks(dialog->findChild<QPlainTextEdit*>(u"resolveReason"_s), ResolveReason);
            typed = true;
            dialog->findChild<QPushButton*>(u"resolveConfirm"_s)->click();
        });
        QSignalSpy finished(page, &CollectionsPage::actionFinished);
        refreshed.clear();
        QTest::mouseClick(resolve, Qt::LeftButton);
        QVERIFY(typed);
        QVERIFY(finished.wait(WaitMs));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QVERIFY(refreshed.count() > 0 || refreshed.wait(WaitMs));
        bool resolvedShown = false;
        for (int row = 0; row < differences->rowCount(); ++row)
            resolvedShown = resolvedShown || differences->index(row, 8).data().toString().contains(ResolveReason);
        QVERIFY(resolvedShown);
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM audit_log WHERE action = 'rendicion.difference_resolved' AND actor = "
                        "'user:ejecutivo'"_s),
                 1);
    }

    void dispatchCampaignForTheOperation()
    {
        QVERIFY(!m_operationNumber.isEmpty());
        auto window = openWindow(u"ejecutivo"_s);
        QVERIFY(window);
        auto* page = window->findChild<DispatchPage*>();
        QVERIFY(page);
        QSignalSpy loaded(page, &DispatchPage::logLoaded);
        QVERIFY(navigate(*window, u"Despacho"_s));
        QVERIFY(loaded.wait(WaitMs));
        QCOMPARE(page->logModel()->rowCount(), 0);

        QTest::mouseClick(page->findChild<QPushButton*>(u"dispatchCampaignButton"_s), Qt::LeftButton);
        auto* dialog = page->findChild<DispatchCampaignDialog*>();
        QVERIFY(dialog);
        auto* operation = dialog->findChild<QComboBox*>(u"campaignOperationCombo"_s);
        QTRY_VERIFY_WITH_TIMEOUT(operation->count() >= 1, WaitMs);
        int index = -1;
        for (int i = 0; i < operation->count(); ++i) {
            if (operation->itemText(i).contains(m_operationNumber))
                index = i;
        }
        QVERIFY2(index >= 0, qPrintable(m_operationNumber));
        operation->setCurrentIndex(index);
        QVERIFY(dialog->findChild<QRadioButton*>(u"campaignOperationRadio"_s)->isChecked());
        dialog->findChild<QLineEdit*>(u"campaignNameEdit"_s)->setText(u"Día demo"_s);
        QSignalSpy finished(dialog, &DispatchCampaignDialog::campaignFinished);
        QTest::mouseClick(dialog->findChild<QPushButton*>(u"campaignCreateButton"_s), Qt::LeftButton);
        QVERIFY(finished.wait(WaitMs));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        const int annotated = m_files.size() - 1;
        const QString summary = dialog->findChild<QLabel*>(u"campaignSummaryLabel"_s)->text();
        QVERIFY2(summary.contains(u"%1 en cola"_s.arg(annotated)) && summary.contains(u"Día demo"_s),
                 qPrintable(summary));

        // factora-server's workers, here DispatchService against the real SMTP server: every demo debtor accepts.
        for (int round = 0; round < 5; ++round) {
            auto processed = m_kit->service().processDue(u"w"_s);
            QVERIFY2(processed, qPrintable(processed ? QString() : processed.error().message()));
            if (*processed == 0)
                break;
        }
        QTRY_VERIFY_WITH_TIMEOUT(dialog->findChild<QLabel*>(u"campaignIdleLabel"_s)->text().contains(u"terminaron"_s),
                                 WaitMs);
        QVERIFY(dialog->findChild<QLabel*>(u"campaignStateCounts"_s)
                    ->text()
                    .contains(u"Aceptado por el servidor de correo: %1"_s.arg(annotated)));
        QCOMPARE(m_kit->messages().size(), annotated);

        loaded.clear();
        QTest::mouseClick(dialog->findChild<QPushButton*>(u"campaignCloseButton"_s), Qt::LeftButton);
        QVERIFY(loaded.wait(WaitMs));
        QCOMPARE(page->logModel()->rowCount(), annotated);
        for (int row = 0; row < annotated; ++row)
            QCOMPARE(page->logModel()->index(row, DispatchLogModel::State).data().toString(),
                     DispatchWords::state(DispatchState::Accepted));
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM dispatches WHERE state = 'accepted'"_s), annotated);
    }

    void administrationAndAudit()
    {
        auto window = openWindow(u"admin"_s);
        QVERIFY(window);
        auto* admin = window->findChild<AdministrationPage*>();
        QVERIFY(admin);
        QVERIFY(navigate(*window, u"Administración"_s));
        auto* companies = admin->findChild<CompaniesPanel*>();
        QVERIFY(companies);
        auto* tabs = admin->findChild<QTabWidget*>(u"administrationTabs"_s);
        {
            QSignalSpy loaded(companies, &CompaniesPanel::loaded);
            tabs->setCurrentWidget(companies);
            QTRY_VERIFY_WITH_TIMEOUT(companies->findChild<QTableView*>(u"companiesView"_s)->model()->rowCount() > 0,
                                     WaitMs);
        }
        // A demo debtor (La Polar) disabled after confirming, then enabled again.
        auto* view = companies->findChild<QTableView*>(u"companiesView"_s);
        const QString target = u"96874030-K"_s;
        const int row = rowWhere(view->model(), CompanyTableModel::Rut, target);
        QVERIFY2(row >= 0, qPrintable(column(view->model(), CompanyTableModel::Rut).join(u' ')));
        view->selectRow(row);
        auto* toggle = companies->findChild<QPushButton*>(u"toggleCompanyButton"_s);
        QTRY_VERIFY(toggle->isEnabled());
        QString seen;
        answerNextMessageBox(QMessageBox::Yes, &seen);
        QSignalSpy finished(companies, &CompaniesPanel::actionFinished);
        QTest::mouseClick(toggle, Qt::LeftButton);
        QVERIFY(finished.wait(WaitMs));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QVERIFY2(seen.startsWith(u"disableCompanyConfirmation|"_s) && seen.contains(target), qPrintable(seen));
        QVERIFY(!company(target).enabled);
        QTRY_COMPARE_WITH_TIMEOUT(
            view->model()
                ->index(rowWhere(view->model(), CompanyTableModel::Rut, target), CompanyTableModel::State)
                .data()
                .toString(),
            u"Deshabilitada"_s, WaitMs);
        view->selectRow(rowWhere(view->model(), CompanyTableModel::Rut, target));
        QTRY_VERIFY(toggle->isEnabled());
        finished.clear();
        QTest::mouseClick(toggle, Qt::LeftButton); // enabling asks nothing
        QVERIFY(finished.wait(WaitMs));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QVERIFY(company(target).enabled);

        // cedente2's password reset: a temporary one shown once, that signs in.
        auto* users = admin->findChild<UsersPanel*>();
        QVERIFY(users);
        tabs->setCurrentWidget(users);
        auto* usersView = users->findChild<QTableView*>(u"usersView"_s);
        QTRY_VERIFY_WITH_TIMEOUT(rowWhere(usersView->model(), UserTableModel::Username, u"cedente2"_s) >= 0, WaitMs);
        usersView->selectRow(rowWhere(usersView->model(), UserTableModel::Username, u"cedente2"_s));
        auto* reset = users->findChild<QPushButton*>(u"resetPasswordButton"_s);
        QTRY_VERIFY(reset->isEnabled());
        seen.clear();
        answerNextMessageBox(QMessageBox::Yes, &seen);
        QSignalSpy userFinished(users, &UsersPanel::actionFinished);
        QTest::mouseClick(reset, Qt::LeftButton);
        QVERIFY(userFinished.wait(WaitMs));
        QVERIFY2(userFinished.first().at(0).toBool(), qPrintable(userFinished.first().at(1).toString()));
        QVERIFY(seen.startsWith(u"resetPasswordConfirmation|"_s));
        auto* temporary = users->findChild<QLineEdit*>(u"temporaryPasswordEdit"_s);
        QTRY_VERIFY(temporary->isVisible() && !temporary->text().isEmpty());
        QVERIFY(m_auth->authenticate(u"cedente2"_s, temporary->text()));
        QVERIFY(!m_auth->authenticate(u"cedente2"_s, DemoSeeder::demoPassword()));

        // Audit: the chain verifies, and the day's actions are listed.
        auto* audit = window->findChild<AuditPage*>();
        QVERIFY(audit);
        QSignalSpy pageLoaded(audit, &AuditPage::pageLoaded);
        QVERIFY(navigate(*window, u"Auditoría"_s));
        QTest::mouseClick(audit->findChild<QPushButton*>(u"auditApplyButton"_s), Qt::LeftButton);
        QVERIFY(pageLoaded.count() > 0 || pageLoaded.wait(WaitMs));
        QSignalSpy verified(audit, &AuditPage::verificationFinished);
        QTest::mouseClick(audit->findChild<QPushButton*>(u"verifyChainButton"_s), Qt::LeftButton);
        QVERIFY(verified.wait(WaitMs));
        QVERIFY2(verified.first().at(0).toBool(), qPrintable(verified.first().at(1).toString()));
        auto* log = audit->findChild<QTableView*>(u"auditView"_s)->model();
        QString listed;
        for (int r = 0; r < log->rowCount(); ++r) {
            for (int c = 0; c < log->columnCount(); ++c)
                listed += log->index(r, c).data().toString() + u' ';
            listed += u'\n';
        }
        for (const QString& action : { u"user.password_reset"_s, u"company.disable"_s, u"company.enable"_s,
                                       u"dispatch.campaign"_s, u"rendicion.difference_resolved"_s })
            QVERIFY2(listed.contains(action), qPrintable(action + u" not in\n"_s + listed.left(4000)));
    }
};

QTEST_MAIN(TestExecutiveDay)
#include "TestExecutiveDay.moc"
