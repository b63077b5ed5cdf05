// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
// The Dispatch page with real widgets offscreen, on both engines, over an outbox filled through DispatchService
// against the real SMTP server and SMS gateway double of DispatchTestKit: filters and quick search narrow the log,
// the detail shows each attempt's reply and reason and the address's suppression, a resend creates a new dispatch
// and leaves the old attempts as they were, the campaign dialog queues an operation's or the chosen rows' invoices
// and follows them, the CSV export writes what the filter shows, and a role without dispatch.manage sees no actions.
#include "DispatchTestKit.h"
#include "FixedAuthenticator.h"

#include "common/Configuration.h"
#include "dispatch/DispatchAttemptModel.h"
#include "dispatch/DispatchCampaignDialog.h"
#include "dispatch/DispatchLogExport.h"
#include "dispatch/DispatchLogModel.h"
#include "dispatch/DispatchPage.h"
#include "dispatch/DispatchResendDialog.h"
#include "dispatch/DispatchService.h"
#include "security/Actor.h"
#include "storage/SqlQuery.h"
#include "storage/SqlTimestamp.h"
#include "types/Rut.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcessEnvironment>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace factora::core;
using namespace factora::test;
using namespace factora::ui;
using namespace Qt::StringLiterals;

namespace {

Actor tester()
{
    return Actor::system(u"test:dispatch"_s);
}

/** @brief An executive as migration 0008 grants it: the role's permissions plus dispatch.manage. */
UserSession manager()
{
    QSet<QString> permissions = factora::ui::test::permissionsOf(Role::Ejecutivo);
    permissions.insert(QString(Permission::DispatchManage));
    return UserSession(7, u"jperez"_s, u"Juana Pérez"_s, Role::Ejecutivo, permissions, {});
}

/** @brief RFC 4180 records of @p text (CRLF line ends; quoted fields may hold commas, quotes and line breaks). */
QList<QStringList> parseCsv(const QString& text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << field;
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row << field;
            rows << row;
            row.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return rows;
}

} // namespace

class TestDispatchPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<DispatchTestKit> m_kit;
    qint64 m_accepted = 0; ///< ok@deudor.test: accepted
    qint64 m_failed = 0; ///< hard@deudor.test, no phone: 550, failed
    qint64 m_retrying = 0; ///< soft@deudor.test: 451, retry_wait
    qint64 m_sms = 0; ///< hard@deudor.test with a phone: suppressed address, then SMS sent
    qint64 m_queued = 0; ///< two days later, not attempted yet
    qint64 m_dteLatin1 = 0;
    qint64 m_dteUtf8 = 0;
    qint64 m_dteWindows = 0;

    DispatchService& service() { return m_kit->service(); }

    qint64 enqueue(const QString& file, qint64 dteId, const QString& email, const QString& phone = {})
    {
        DispatchRequest request = DispatchTestKit::request(file, email, phone);
        if (dteId > 0)
            request.dteId = dteId;
        auto id = service().enqueue(request, tester());
        if (!id)
            qWarning() << id.error().message();
        return id ? *id : 0;
    }

    void drain()
    {
        for (int round = 0; round < 5; ++round) {
            auto processed = service().processDue(u"w"_s);
            if (!processed || *processed == 0)
                return;
        }
    }

    int count(const QString& sql)
    {
        auto db = m_kit->database().connection();
        auto value = SqlQuery::scalar(*db, sql);
        return value ? value->toInt() : -1;
    }

    DesktopContext context()
    {
        auto configuration = Configuration::load(QString(), QProcessEnvironment(), {});
        if (!configuration)
            qFatal("%s", qPrintable(configuration.error().message()));
        return DesktopContext { m_kit->testDatabase().shared(), configuration.value(), &m_kit->clock() };
    }

    std::unique_ptr<DispatchPage> openPage(const UserSession& session = manager())
    {
        auto page = std::make_unique<DispatchPage>(context(), session);
        using Mode = QAbstractItemModelTester::FailureReportingMode;
        new QAbstractItemModelTester(page->logModel(), Mode::QtTest, page.get());
        new QAbstractItemModelTester(page->logProxy(), Mode::QtTest, page.get());
        new QAbstractItemModelTester(page->attemptModel(), Mode::QtTest, page.get());
        QSignalSpy loaded(page.get(), &DispatchPage::logLoaded);
        page->resize(1200, 800);
        page->show();
        if (!loaded.wait(20000))
            qWarning("the log did not load");
        return page;
    }

    static bool search(DispatchPage& page)
    {
        QSignalSpy loaded(&page, &DispatchPage::logLoaded);
        QTest::mouseClick(page.findChild<QPushButton*>(u"dispatchApplyButton"_s), Qt::LeftButton);
        return loaded.count() > 0 || loaded.wait(20000);
    }

    static QSet<qint64> listedIds(const DispatchPage& page)
    {
        QSet<qint64> ids;
        for (const DispatchRecord& record : page.visibleDispatches())
            ids.insert(record.id);
        return ids;
    }

    /** @brief Makes @p id the table's current row and waits for its detail. */
    static bool select(DispatchPage& page, qint64 id)
    {
        auto* view = page.findChild<QTableView*>(u"dispatchLogView"_s);
        const int row = page.logModel()->rowOf(id);
        if (row < 0)
            return false;
        QSignalSpy detail(&page, &DispatchPage::detailLoaded);
        view->setCurrentIndex(page.logProxy()->mapFromSource(page.logModel()->index(row, 0)));
        return detail.wait(20000);
    }

    QStringList attemptsOf(qint64 id)
    {
        QStringList rows;
        auto attempts = service().repository().attempts({ id });
        if (attempts) {
            for (const DispatchAttemptRecord& a : *attempts)
                rows << u"%1|%2|%3|%4"_s.arg(a.id).arg(a.outcome, a.reason, a.startedAt.toString(Qt::ISODateWithMs));
        }
        return rows;
    }

    /** @brief The cedente and an operation OP-7 whose latin1 and utf8 DTEs are approved with annotated cessions. */
    bool addOperationWithAnnotatedCessions(bool debtorHasEmail)
    {
        const DispatchRequest sample = DispatchTestKit::request(u"dte-latin1.xml"_s, {});
        auto db = m_kit->database().connection();
        if (!db)
            return false;
        const QString now = SqlTimestamp::toSql(m_kit->clock().nowUtc());
        auto exec = [&](const QString& sql, const QVariantList& bindings) {
            auto done = SqlQuery::exec(*db, sql, bindings);
            if (!done)
                qWarning() << done.error().message();
            return done.ok();
        };
        bool ok = exec(u"INSERT INTO companies (rut, razon_social, is_cedente, created_at, updated_at) "
                       "VALUES (?, 'Cedente Demo', TRUE, ?, ?)"_s,
                       { sample.emitterRut, now, now });
        if (debtorHasEmail) {
            ok = ok
                && exec(u"INSERT INTO companies (rut, razon_social, email, is_debtor, created_at, updated_at) "
                        "VALUES (?, 'Deudor', 'campana@deudor.test', TRUE, ?, ?)"_s,
                        { sample.debtorRut, now, now });
        }
        ok = ok
            && exec(u"INSERT INTO operations (number, company_id, state, created_by, created_at, updated_at) "
                    "VALUES ('OP-7', (SELECT id FROM companies WHERE rut = ?), 'closed', 'test', ?, ?)"_s,
                    { sample.emitterRut, now, now });
        for (qint64 dte : { m_dteLatin1, m_dteUtf8 }) {
            ok = ok
                && exec(u"INSERT INTO operation_dtes (operation_id, dte_id, state, offered_by, offered_at, decided_by, "
                        "decided_at) VALUES ((SELECT id FROM operations WHERE number = 'OP-7'), ?, 'approved', 't', ?, "
                        "'t', ?)"_s,
                        { dte, now, now })
                && exec(u"INSERT INTO cessions (dte_id, emitter_rut, tipo, folio, seq, cedente_rut, cesionario_rut, "
                        "amount, aec, aec_sha256, file_name, environment, track_id, state, created_at, created_by, "
                        "updated_at, updated_by) SELECT id, emitter_rut, tipo, folio, 1, emitter_rut, '96790240-3', "
                        "monto_total, xml, sha256, 'aec.xml', 'certificacion', CAST(id AS TEXT), 'annotated', ?, 't', "
                        "?, 't' FROM dtes WHERE id = ?"_s,
                        { now, now, dte });
        }
        return ok;
    }

private slots:
    void init()
    {
        QString why;
        m_kit = DispatchTestKit::create(&why);
        QVERIFY2(m_kit, qPrintable(why));
        m_dteLatin1 = m_kit->insertDte(u"dte-latin1.xml"_s);
        m_dteUtf8 = m_kit->insertDte(u"dte-utf8.xml"_s);
        m_dteWindows = m_kit->insertDte(u"dte-windows1252.xml"_s);
        QVERIFY(m_dteLatin1 > 0 && m_dteUtf8 > 0 && m_dteWindows > 0);
        m_accepted = enqueue(u"dte-latin1.xml"_s, m_dteLatin1, u"ok@deudor.test"_s);
        m_failed = enqueue(u"dte-utf8.xml"_s, m_dteUtf8, QString::fromLatin1(DispatchTestKit::hardAddress));
        m_retrying = enqueue(u"dte-windows1252.xml"_s, m_dteWindows, QString::fromLatin1(DispatchTestKit::softAddress));
        m_sms = enqueue(u"dte-latin1.xml"_s, m_dteLatin1, QString::fromLatin1(DispatchTestKit::hardAddress),
                        u"+56911111111"_s);
        drain();
        m_kit->clock().advanceSeconds(2 * 86400);
        // Sent from a file (no DTE row), not attempted yet.
        m_queued = enqueue(u"dte-utf8.xml"_s, 0, u"later@deudor.test"_s);
        QVERIFY(m_accepted && m_failed && m_retrying && m_sms && m_queued);
        QVERIFY(!service().repository().get(m_queued)->dteId.has_value());
        QCOMPARE(service().repository().get(m_failed)->state, DispatchState::Failed);
        QCOMPARE(service().repository().get(m_retrying)->state, DispatchState::RetryWait);
        QCOMPARE(service().repository().get(m_sms)->state, DispatchState::SmsSent);
    }

    void cleanup() { m_kit.reset(); }

    void filtersNarrowTheLog()
    {
        auto page = openPage();
        QCOMPARE(page->logModel()->rowCount(), 5);
        QVERIFY(page->findChild<QLabel*>(u"dispatchCountLabel"_s)->text().contains(u"5"_s));
        // Newest first.
        QCOMPARE(page->visibleDispatches().first().id, m_queued);

        auto* state = page->findChild<QComboBox*>(u"dispatchStateCombo"_s);
        state->setCurrentIndex(state->findData(u"failed"_s));
        QVERIFY(search(*page));
        QCOMPARE(listedIds(*page), QSet<qint64> { m_failed });
        QCOMPARE(page->logModel()->index(0, DispatchLogModel::State).data().toString(), u"Fallido"_s);
        state->setCurrentIndex(0);

        auto* channel = page->findChild<QComboBox*>(u"dispatchChannelCombo"_s);
        channel->setCurrentIndex(channel->findData(u"sms"_s));
        QVERIFY(search(*page));
        QCOMPARE(listedIds(*page), QSet<qint64> { m_sms });
        channel->setCurrentIndex(0);

        const qint64 folio = service().repository().get(m_retrying)->folio;
        page->findChild<QLineEdit*>(u"dispatchFolioEdit"_s)->setText(QString::number(folio));
        QVERIFY(search(*page));
        QCOMPARE(listedIds(*page), QSet<qint64> { m_retrying });
        page->findChild<QLineEdit*>(u"dispatchFolioEdit"_s)->clear();

        // Only the day the last one was queued.
        const QDate today = m_kit->clock().nowUtc().date();
        page->findChild<QDateEdit*>(u"dispatchFromDate"_s)->setDate(today);
        QVERIFY(search(*page));
        QCOMPARE(listedIds(*page), QSet<qint64> { m_queued });
        page->findChild<QDateEdit*>(u"dispatchFromDate"_s)->setDate(today.addDays(-30));

        // Debtor RUT in any format; another debtor has none; a malformed one is refused with the reason.
        auto* rut = page->findChild<QLineEdit*>(u"dispatchRutEdit"_s);
        const QString debtor = service().repository().get(m_accepted)->debtorRut;
        rut->setText(Rut::parse(debtor)->toDottedString());
        QVERIFY(search(*page));
        QCOMPARE(page->logModel()->rowCount(), 5);
        rut->setText(u"11.111.111-1"_s);
        QVERIFY(search(*page));
        QCOMPARE(page->logModel()->rowCount(), 0);
        QVERIFY(page->findChild<QLabel*>(u"dispatchEmptyLabel"_s)->isVisible());
        QVERIFY(!page->findChild<QPushButton*>(u"dispatchExportButton"_s)->isEnabled());
        rut->setText(u"12.345.678-0"_s);
        QVERIFY(search(*page));
        QVERIFY2(page->findChild<QLabel*>(u"dispatchStatusLabel"_s)->text().contains(u"RUT"_s),
                 qPrintable(page->findChild<QLabel*>(u"dispatchStatusLabel"_s)->text()));
        rut->clear();
        QVERIFY(search(*page));
        QCOMPARE(page->logModel()->rowCount(), 5);

        // The quick search narrows what the table shows, without reading again.
        page->findChild<QLineEdit*>(u"dispatchSearchEdit"_s)->setText(u"LATER@"_s);
        QCOMPARE(listedIds(*page), QSet<qint64> { m_queued });
        QVERIFY(page->findChild<QLabel*>(u"dispatchCountLabel"_s)->text().contains(u"1 de 5"_s));
        page->findChild<QLineEdit*>(u"dispatchSearchEdit"_s)->setText(u"nadie-coincide"_s);
        QCOMPARE(page->logProxy()->rowCount(), 0);
        QVERIFY(page->findChild<QLabel*>(u"dispatchEmptyLabel"_s)->text().contains(u"nadie-coincide"_s));
    }

    void detailShowsEachAttemptWithItsReason()
    {
        auto page = openPage();
        auto* suppression = page->findChild<QLabel*>(u"dispatchSuppressionLabel"_s);
        auto* resend = page->findChild<QPushButton*>(u"dispatchResendButton"_s);

        QVERIFY(select(*page, m_failed));
        const DispatchAttemptModel* attempts = page->attemptModel();
        QCOMPARE(attempts->rowCount(), 1);
        QCOMPARE(attempts->index(0, DispatchAttemptModel::ReplyCode).data().toInt(), 550);
        QVERIFY(
            attempts->index(0, DispatchAttemptModel::ReplyText).data().toString().contains(u"Casilla inexistente"_s));
        QCOMPARE(attempts->index(0, DispatchAttemptModel::Outcome).data().toString(),
                 u"Rechazo definitivo de la dirección"_s);
        QVERIFY(attempts->index(0, DispatchAttemptModel::Reason)
                    .data()
                    .toString()
                    .contains(u"el servidor de correo rechazó hard@deudor.test"_s));
        QVERIFY(suppression->isVisible());
        QVERIFY(suppression->text().contains(u"hard@deudor.test"_s));
        QVERIFY(page->findChild<QLabel*>(u"dispatchDetailLabel"_s)->text().contains(u"no hay teléfono"_s));
        QVERIFY(resend->isEnabled()); // failed is final

        // Suppressed e-mail, then the SMS.
        QVERIFY(select(*page, m_sms));
        QCOMPARE(attempts->rowCount(), 2);
        QCOMPARE(attempts->index(0, DispatchAttemptModel::Outcome).data().toString(),
                 u"No enviado: dirección suprimida"_s);
        QCOMPARE(attempts->index(0, DispatchAttemptModel::ReplyCode).data().toString(), u"sin respuesta"_s);
        QCOMPARE(attempts->index(1, DispatchAttemptModel::Channel).data().toString(), u"SMS"_s);
        QCOMPARE(attempts->index(1, DispatchAttemptModel::Outcome).data().toString(),
                 u"SMS aceptado por la pasarela"_s);
        QVERIFY(suppression->isVisible());
        QVERIFY(!resend->isEnabled()); // sms_sent waits for its receipt

        QVERIFY(select(*page, m_retrying));
        QCOMPARE(attempts->index(0, DispatchAttemptModel::ReplyCode).data().toInt(), 451);
        QVERIFY(attempts->index(0, DispatchAttemptModel::Reason).data().toString().contains(u"pidió reintentar"_s));
        QVERIFY(!suppression->isVisible());
        QVERIFY(!resend->isEnabled());

        QVERIFY(select(*page, m_queued));
        QCOMPARE(attempts->rowCount(), 0);
        QVERIFY(page->findChild<QLabel*>(u"dispatchDetailLabel"_s)->text().contains(u"Todavía no hay intentos"_s));
    }

    void resendCreatesANewDispatchAndKeepsTheOldAttempts()
    {
        auto page = openPage();
        const QStringList before = attemptsOf(m_failed);
        QCOMPARE(before.size(), 1);
        QVERIFY(select(*page, m_failed));
        QTest::mouseClick(page->findChild<QPushButton*>(u"dispatchResendButton"_s), Qt::LeftButton);
        auto* dialog = page->findChild<DispatchResendDialog*>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QVERIFY(dialog->findChild<QLabel*>(u"resendSuppressionWarning"_s));
        auto* confirm = dialog->findChild<QPushButton*>(u"resendConfirmButton"_s);
        auto* phone = dialog->findChild<QLineEdit*>(u"resendPhoneEdit"_s);
        QTest::keyClicks(phone, u"56 9 1234"_s);
        QVERIFY(!confirm->isEnabled());
        phone->clear();
        QTest::keyClicks(dialog->findChild<QLineEdit*>(u"resendEmailEdit"_s), u"nuevo@deudor.test"_s);
        QVERIFY(confirm->isEnabled());

        QSignalSpy finished(page.get(), &DispatchPage::actionFinished);
        QSignalSpy reloaded(page.get(), &DispatchPage::logLoaded);
        QTest::mouseClick(confirm, Qt::LeftButton);
        QVERIFY(finished.wait(20000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QVERIFY(reloaded.count() > 0 || reloaded.wait(20000));

        // A new dispatch, listed and selected; the old one and its attempts as they were.
        QCOMPARE(page->logModel()->rowCount(), 6);
        const qint64 newest = count(u"SELECT MAX(id) FROM dispatches"_s);
        QVERIFY(newest > m_queued);
        auto* detailLabel = page->findChild<QLabel*>(u"dispatchDetailLabel"_s);
        QTRY_VERIFY_WITH_TIMEOUT(detailLabel->text().contains(u"Envío %1 "_s.arg(newest)), 20000);
        QVERIFY(detailLabel->text().contains(u"reenvío del envío %1"_s.arg(m_failed)));
        QCOMPARE(page->attemptModel()->rowCount(), 0);
        const DispatchRecord copy = *service().repository().get(newest);
        QCOMPARE(copy.state, DispatchState::Queued);
        QCOMPARE(copy.email, u"nuevo@deudor.test"_s);
        QCOMPARE(copy.folio, service().repository().get(m_failed)->folio);
        QCOMPARE(copy.createdBy, u"user:jperez"_s);
        QCOMPARE(service().repository().get(m_failed)->state, DispatchState::Failed);
        QCOMPARE(attemptsOf(m_failed), before);
        QCOMPARE(count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'dispatch.resend' AND object_id = '%1'"_s.arg(
                     newest)),
                 1);

        // The server's workers (here: the kit's service) send it; the page shows the attempt after F5.
        drain();
        QCOMPARE(m_kit->messagesFor(u"nuevo@deudor.test"_s).size(), 1);
        QSignalSpy again(page.get(), &DispatchPage::logLoaded);
        QSignalSpy detail(page.get(), &DispatchPage::detailLoaded);
        QTest::mouseClick(page->findChild<QPushButton*>(u"dispatchRefreshButton"_s), Qt::LeftButton);
        QVERIFY(again.wait(20000));
        QVERIFY(detail.count() > 0 || detail.wait(20000));
        QCOMPARE(page->attemptModel()->rowCount(), 1);
        QCOMPARE(page->attemptModel()->index(0, DispatchAttemptModel::Outcome).data().toString(),
                 u"Aceptado por el servidor de correo"_s);
        QCOMPARE(attemptsOf(m_failed), before);
    }

    void roleWithoutDispatchManageSeesNoActions()
    {
        auto page = openPage(factora::ui::test::sessionFor(Role::Ejecutivo));
        QCOMPARE(page->logModel()->rowCount(), 5);
        QVERIFY(page->findChild<QPushButton*>(u"dispatchResendButton"_s)->isHidden());
        QVERIFY(page->findChild<QPushButton*>(u"dispatchCampaignButton"_s)->isHidden());
        QVERIFY(!page->findChild<QPushButton*>(u"dispatchExportButton"_s)->isHidden());
        QVERIFY(select(*page, m_failed));
        page->resendSelected();
        page->launchCampaign();
        QVERIFY(!page->findChild<DispatchResendDialog*>());
        QVERIFY(!page->findChild<DispatchCampaignDialog*>());
    }

    void campaignOfAnOperationIsQueuedAndFollowed()
    {
        QVERIFY(addOperationWithAnnotatedCessions(true));
        auto page = openPage();
        QTest::mouseClick(page->findChild<QPushButton*>(u"dispatchCampaignButton"_s), Qt::LeftButton);
        auto* dialog = page->findChild<DispatchCampaignDialog*>();
        QVERIFY(dialog);
        dialog->setRefreshInterval(std::chrono::milliseconds(50));
        dialog->setIdleRefreshes(2);
        auto* operation = dialog->findChild<QComboBox*>(u"campaignOperationCombo"_s);
        QTRY_COMPARE(operation->count(), 1);
        auto* create = dialog->findChild<QPushButton*>(u"campaignCreateButton"_s);
        QVERIFY(!create->isEnabled()); // no operation chosen yet
        QVERIFY(!dialog->findChild<QRadioButton*>(u"campaignSelectionRadio"_s)->isEnabled()); // no rows chosen
        operation->setCurrentIndex(0);
        QVERIFY(operation->currentText().contains(u"OP-7"_s));
        QVERIFY(dialog->findChild<QRadioButton*>(u"campaignOperationRadio"_s)->isChecked());
        auto* name = dialog->findChild<QLineEdit*>(u"campaignNameEdit"_s);
        name->setText(u"Operación 7"_s);
        auto* attachment = dialog->findChild<QComboBox*>(u"campaignAttachmentCombo"_s);
        attachment->setCurrentIndex(attachment->findData(u"zip"_s));

        QSignalSpy finished(dialog, &DispatchCampaignDialog::campaignFinished);
        QTest::mouseClick(create, Qt::LeftButton);
        QVERIFY(finished.wait(20000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        const DispatchCampaignSummary summary = dialog->summary();
        QVERIFY(summary.campaignId > 0);
        QCOMPARE(summary.selected, 2);
        QCOMPARE(summary.enqueued, 2);
        auto* summaryLabel = dialog->findChild<QLabel*>(u"campaignSummaryLabel"_s);
        QVERIFY2(summaryLabel->text().contains(u"2 en cola"_s), qPrintable(summaryLabel->text()));
        QVERIFY(summaryLabel->text().contains(u"Operación 7"_s));
        QCOMPARE(count(u"SELECT COUNT(*) FROM dispatches WHERE campaign_id = %1 AND attachment_kind = 'zip' "
                       "AND email = 'campana@deudor.test'"_s.arg(summary.campaignId)),
                 2);
        QCOMPARE(
            count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'dispatch.campaign' AND actor = 'user:jperez'"_s), 1);

        // Nothing moves while no worker runs: the dialog says who sends.
        auto* idle = dialog->findChild<QLabel*>(u"campaignIdleLabel"_s);
        QTRY_VERIFY_WITH_TIMEOUT(idle->text().contains(u"Nada avanzó"_s), 20000);
        QVERIFY(idle->text().contains(u"factora-server"_s));
        QCOMPARE(dialog->findChild<QProgressBar*>(u"campaignStateProgress"_s)->value(), 0);

        // The workers send them; the next reads show them finished.
        drain();
        QTRY_VERIFY_WITH_TIMEOUT(idle->text().contains(u"terminaron"_s), 20000);
        QCOMPARE(dialog->findChild<QProgressBar*>(u"campaignStateProgress"_s)->value(), 2);
        QVERIFY(dialog->findChild<QLabel*>(u"campaignStateCounts"_s)
                    ->text()
                    .contains(u"Aceptado por el servidor de correo: 2"_s));
        QCOMPARE(m_kit->messagesFor(u"campana@deudor.test"_s).size(), 2);

        // Closing it reads the log again, with the campaign's dispatches.
        QSignalSpy reloaded(page.get(), &DispatchPage::logLoaded);
        QTest::mouseClick(dialog->findChild<QPushButton*>(u"campaignCloseButton"_s), Qt::LeftButton);
        QVERIFY(reloaded.wait(20000));
        QCOMPARE(page->logModel()->rowCount(), 7);
    }

    void campaignOfTheChosenRowsShowsWhatWasSkipped()
    {
        // No company record for the debtor: every invoice is skipped with the reason.
        auto page = openPage();
        auto* view = page->findChild<QTableView*>(u"dispatchLogView"_s);
        for (qint64 id : { m_accepted, m_sms, m_retrying, m_queued }) {
            const QModelIndex index
                = page->logProxy()->mapFromSource(page->logModel()->index(page->logModel()->rowOf(id), 0));
            view->selectionModel()->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
        page->launchCampaign();
        auto* dialog = page->findChild<DispatchCampaignDialog*>();
        QVERIFY(dialog);
        auto* selection = dialog->findChild<QRadioButton*>(u"campaignSelectionRadio"_s);
        QVERIFY(selection->isEnabled());
        QVERIFY(selection->isChecked());
        QVERIFY2(selection->text().contains(u"2 DTE"_s), qPrintable(selection->text())); // two distinct DTEs
        QVERIFY(dialog->findChild<QLabel*>(u"campaignWithoutDteLabel"_s)); // the row sent from a file
        QSignalSpy finished(dialog, &DispatchCampaignDialog::campaignFinished);
        QTest::mouseClick(dialog->findChild<QPushButton*>(u"campaignCreateButton"_s), Qt::LeftButton);
        QVERIFY(finished.wait(20000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QCOMPARE(dialog->summary().selected, 2);
        QCOMPARE(dialog->summary().enqueued, 0);
        const QString skipped = dialog->findChild<QPlainTextEdit*>(u"campaignSkippedView"_s)->toPlainText();
        QVERIFY2(skipped.contains(u"no hay correo ni teléfono"_s), qPrintable(skipped));
        QVERIFY(skipped.contains(u"DTE %1"_s.arg(m_dteLatin1)) && skipped.contains(u"DTE %1"_s.arg(m_dteWindows)));
        QVERIFY(dialog->findChild<QLabel*>(u"campaignIdleLabel"_s)->text().contains(u"No hay nada que enviar"_s));
    }

    void csvExportWritesWhatTheFilterShows()
    {
        auto page = openPage();
        auto* channel = page->findChild<QComboBox*>(u"dispatchChannelCombo"_s);
        channel->setCurrentIndex(channel->findData(u"email"_s));
        QVERIFY(search(*page));
        QCOMPARE(page->logModel()->rowCount(), 4); // the queued one has no attempt yet
        page->findChild<QLineEdit*>(u"dispatchSearchEdit"_s)->setText(u"hard@"_s);
        const QSet<qint64> shown = listedIds(*page);
        QCOMPARE(shown, (QSet<qint64> { m_failed, m_sms }));

        QTemporaryDir dir;
        const QString path = dir.filePath(u"envios.csv"_s);
        QSignalSpy finished(page.get(), &DispatchPage::actionFinished);
        page->exportCsvTo(path);
        QVERIFY(finished.wait(20000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(bytes.mid(3)));
        QCOMPARE(rows.first(), DispatchLogExport::csvColumns());
        const qsizetype envio = rows.first().indexOf(u"envio"_s);
        const qsizetype reason = rows.first().indexOf(u"motivo_intento"_s);
        QSet<qint64> written;
        QStringList reasons;
        for (qsizetype i = 1; i < rows.size(); ++i) {
            written.insert(rows.at(i).at(envio).toLongLong());
            reasons << rows.at(i).at(reason);
        }
        QCOMPARE(written, shown);
        QCOMPARE(rows.size(), 1 + 1 + 2); // header, the failed one's attempt, the SMS one's two attempts
        QVERIFY(reasons.join(u'\n').contains(u"rechazó hard@deudor.test"_s));
    }
};

QTEST_MAIN(TestDispatchPage)
#include "TestDispatchPage.moc"
