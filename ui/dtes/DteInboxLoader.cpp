// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "DteInboxLoader.h"

#include "cession/CessionRepository.h"
#include "dte/DteRepository.h"
#include "invoice/InvoiceDocumentReader.h"
#include "invoice/InvoiceRenderer.h"
#include "invoice/InvoiceSettings.h"
#include "security/Permission.h"
#include "settings/SettingsStore.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace factora::ui {

namespace {
    // The invoice of @p xml as a PDF, or why it cannot be printed.
    void renderInvoice(core::Database& database, const core::Clock& clock, const core::DteRecord& record,
                       const QByteArray& xml, DteDetail& detail)
    {
        const QByteArray file = core::DteRepository::asDocument(xml, record.xmlEncoding);
        auto documents = core::InvoiceDocumentReader::load(file, record.sourceFile);
        if (!documents) {
            detail.pdfError = documents.error().message();
            return;
        }
        if (documents->isEmpty()) {
            detail.pdfError = QCoreApplication::translate("DteInboxLoader", "El XML guardado no contiene el DTE.");
            return;
        }
        core::SettingsStore settings(database, clock);
        auto options = core::InvoiceSettings::load(settings, record.emitterRut);
        if (!options) {
            detail.pdfError = options.error().message();
            return;
        }
        auto pdf = core::InvoiceRenderer::render(documents->first(), options.value());
        if (!pdf) {
            detail.pdfError = pdf.error().message();
            return;
        }
        detail.pdf = std::move(pdf.value());
    }
} // namespace

DteRowSet DteInboxLoader::loadRows(core::Database& database, const std::optional<QList<qint64>>& companyIds)
{
    DteRowSet set;
    auto connection = database.connection();
    if (!connection) {
        set.error = connection.error().message();
        return set;
    }
    auto records = core::DteRepository::list(connection.value(), companyIds);
    if (!records) {
        set.error = records.error().message();
        return set;
    }
    set.rows.reserve(records->size());
    for (core::DteRecord& record : records.value())
        set.rows.append(DteRow::fromRecord(std::move(record)));
    return set;
}

QFuture<DteRowSet> DteInboxLoader::startRows(std::shared_ptr<core::Database> database,
                                             std::optional<QList<qint64>> companyIds)
{
    return QtConcurrent::run([database = std::move(database), companyIds = std::move(companyIds)] {
        DteRowSet set = loadRows(*database, companyIds);
        database->releaseThreadConnection();
        return set;
    });
}

DteDetail DteInboxLoader::loadDetail(core::Database& database, const core::Clock& clock,
                                     const core::UserSession& session, qint64 dteId)
{
    DteDetail detail;
    detail.record.id = dteId;
    auto connection = database.connection();
    if (!connection) {
        detail.error = connection.error().message();
        return detail;
    }
    const QSqlDatabase& db = connection.value();
    auto record = core::DteRepository::findById(db, dteId);
    if (!record) {
        detail.error = record.error().message();
        return detail;
    }
    const bool visible = session.has(core::Permission::CompaniesReadAll)
        || (record->companyId && session.canAccessCompany(*record->companyId));
    if (!visible) {
        detail.error = QCoreApplication::translate("DteInboxLoader", "No tiene acceso al DTE %1: es de otra empresa.")
                           .arg(dteId);
        return detail;
    }
    detail.record = record.value();
    auto payments = core::DteRepository::payments(db, dteId);
    if (!payments) {
        detail.error = payments.error().message();
        return detail;
    }
    detail.payments = payments.value();
    auto cessions = core::CessionRepository::listForDocument(db, detail.record.emitterRut, detail.record.tipo,
                                                             detail.record.folio);
    if (!cessions) {
        detail.error = cessions.error().message();
        return detail;
    }
    detail.cessions = cessions.value();
    for (core::Cession& cession : detail.cessions)
        cession.aec.clear(); // the view needs none of the AEC bytes
    auto xml = core::DteRepository::xml(db, dteId);
    if (!xml) {
        detail.pdfError = xml.error().message();
        return detail;
    }
    renderInvoice(database, clock, detail.record, xml.value(), detail);
    return detail;
}

QFuture<DteDetail> DteInboxLoader::startDetail(std::shared_ptr<core::Database> database, const core::Clock* clock,
                                               core::UserSession session, qint64 dteId)
{
    return QtConcurrent::run([database = std::move(database), clock, session = std::move(session), dteId] {
        DteDetail detail = loadDetail(*database, *clock, session, dteId);
        database->releaseThreadConnection();
        return detail;
    });
}

} // namespace factora::ui
