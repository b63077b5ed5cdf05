// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "ServerApplication.h"

#include "DispatchDropFolderPoller.h"
#include "DispatchWorkerPool.h"
#include "RendicionScheduler.h"
#include "SiiStatusPoller.h"
#include "TerminationSignals.h"
#include "http/CajaVecinaHttpServer.h"
#include "http/InternalApiServer.h"
#include "common/ApplicationIdentity.h"
#include "common/ConfigurationOptions.h"
#include "crypto/ServerSigningCertificate.h"
#include "settings/SharedConfiguration.h"
#include "storage/DatabaseOpener.h"
#include "storage/Migrator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>

#include <cstdio>

Q_LOGGING_CATEGORY(lcServer, "factora.server", QtInfoMsg)

namespace factora::server {

namespace {

int fail(const core::Error& error)
{
    std::fprintf(stderr, "factora-server: %s\n", qPrintable(error.message()));
    return error.code() == core::ErrorCode::Configuration || error.code() == core::ErrorCode::SchemaTooNew ? 78 : 69;
}
} // namespace

int ServerApplication::run(QCoreApplication& app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("ServerApplication", "Servicio de Factora: base de datos central y tareas de fondo."));
    parser.addHelpOption();
    parser.addVersionOption();
    core::ConfigurationOptions::addTo(parser);
    parser.addOption({QStringLiteral("check"), QCoreApplication::translate("ServerApplication", "Verifica configuración y base de datos, y termina.")});
    parser.process(app);

    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    auto configuration = core::ConfigurationOptions::load(parser, environment);
    if (!configuration)
        return fail(configuration.error());
    if (auto applied = core::ApplicationIdentity::applyConfiguration(app, configuration.value()); !applied)
        return fail(applied.error());

    // A service account has no desktop keychain: the password comes from FACTORA_DATABASE_PASSWORD or libpq's
    // own password file (PGPASSFILE, ~/.pgpass).
    auto database = core::DatabaseOpener::open(configuration.value(), environment, nullptr);
    if (!database)
        return fail(database.error());
    if (auto ready = core::Migrator(**database).ensureReady(); !ready)
        return fail(ready.error());
    if (auto shared = core::SharedConfiguration::applyTo(configuration.value(), **database); !shared)
        return fail(shared.error());
    qCInfo(lcServer) << "database" << (*database)->url().toString() << "ready, schema version"
                     << core::Migrator::latestKnownVersion();
    auto certificate = core::ServerSigningCertificate::load(configuration.value(), core::Clock::system());
    if (!certificate)
        return fail(certificate.error());
    if (certificate->has_value()) {
        const core::Certificate& signer = (*certificate)->certificate();
        qCInfo(lcServer) << "signing certificate" << signer.commonName() << "valid until" << signer.notAfter();
    }
    // --- Caja Vecina HTTP endpoints (app/server/http, docs/caja-vecina-endpoints.md): configuration checked here
    std::unique_ptr<CajaVecinaHttpServer> cajaVecina;
    {
        auto settings = CajaVecinaHttpSettings::load(configuration.value());
        if (!settings)
            return fail(settings.error());
        if (settings->has_value()) {
            const QString overrides
                = configuration->value(QStringLiteral("cajavecina/holiday_overrides_file")).trimmed();
            auto calendar = overrides.isEmpty() ? core::BankingCalendar::create()
                                                : core::BankingCalendar::withOverridesFile(overrides);
            if (!calendar)
                return fail(calendar.error());
            cajaVecina = std::make_unique<CajaVecinaHttpServer>(std::move(settings->value()), **database,
                                                                core::Clock::system(), calendar.value());
        }
    }
    // --- end Caja Vecina
    // --- Internal HTTP API (app/server/http/InternalApi*, docs/internal-api.md): configuration checked here
    auto internalApi = InternalApiServer::create(configuration.value(), **database, core::Clock::system());
    if (!internalApi)
        return fail(internalApi.error());
    // --- end internal HTTP API
    // --- Daily rendición job (app/server/RendicionScheduler, docs/delivery.md): configuration checked here
    std::unique_ptr<RendicionScheduler> rendicionScheduler;
    {
        auto deliverySettings = core::DeliverySettings::fromConfiguration(configuration.value());
        if (!deliverySettings)
            return fail(deliverySettings.error());
        if (deliverySettings->schedulerEnabled()) {
            auto scheduler = RendicionScheduler::create(configuration.value(), database.value(), deliverySettings.value());
            if (!scheduler)
                return fail(scheduler.error());
            rendicionScheduler = std::move(scheduler.value());
        }
    }
    // --- end daily rendición job
    // --- Invoice dispatch (app/server/DispatchWorkerPool, docs/dispatch.md): configuration checked here
    auto dispatchPool = DispatchWorkerPool::create(configuration.value(), database.value());
    if (!dispatchPool)
        return fail(dispatchPool.error());
    auto dropFolder = DispatchDropFolderPoller::create(configuration.value(), database.value()); // dispatch/drop_folder
    if (!dropFolder)
        return fail(dropFolder.error());
    // --- end invoice dispatch
    if (parser.isSet(QStringLiteral("check"))) {
        std::printf("%s\n", qPrintable(QCoreApplication::translate("ServerApplication", "Configuración y base de datos en orden: %1").arg((*database)->url().toString())));
        if (certificate->has_value()) {
            const core::Certificate& signer = (*certificate)->certificate();
            std::printf("%s\n", qPrintable(QCoreApplication::translate("ServerApplication", "Certificado de firma: %1, vigente hasta %2")
                                                .arg(signer.commonName(), signer.notAfter().toString(Qt::ISODate))));
        }
        return 0;
    }

    TerminationSignals::install(app);
    // --- Caja Vecina HTTP endpoints: started after the signal mask is installed, so the workers inherit it
    if (cajaVecina) {
        if (auto started = cajaVecina->start(); !started)
            return fail(started.error());
    }
    // --- end Caja Vecina
    if (*internalApi) { // --- internal HTTP API: started after the signal mask is installed
        if (auto started = (*internalApi)->start(); !started)
            return fail(started.error());
    }
    // --- SII status poller (app/server/SiiStatusPoller, docs/cessions.md): needs the signing certificate; started
    // after the signal mask is installed; destroyed (stopped) before the database and the certificate
    std::unique_ptr<SiiStatusPoller> siiPoller;
    if (certificate->has_value()) {
        auto poller = SiiStatusPoller::create(configuration.value(), **database, **certificate);
        if (!poller)
            return fail(poller.error());
        siiPoller = std::move(poller.value());
        siiPoller->start();
    } else {
        qCInfo(lcServer) << "no signing certificate configured: SII status poller off";
    }
    // --- end SII status poller
    // --- Daily rendición job: its worker thread starts after the signal mask is installed; stopped on destruction
    if (rendicionScheduler)
        rendicionScheduler->start();
    // --- end daily rendición job
    // --- Invoice dispatch: workers start after the signal mask is installed; stopped before the database
    if (*dispatchPool) {
        if (auto started = (*dispatchPool)->start(); !started)
            return fail(started.error());
    }
    if (*dropFolder) // SFTP drop folder: its first poll finishes what a previous run left in processing/
        (*dropFolder)->start();
    // --- end invoice dispatch
    qCInfo(lcServer) << "factora-server" << QCoreApplication::applicationVersion() << "running";
    const int code = app.exec();
    if (cajaVecina) // --- Caja Vecina HTTP endpoints
        cajaVecina->stop();
    if (*internalApi) // --- internal HTTP API
        (*internalApi)->stop();
    if (*dropFolder) // --- invoice dispatch: the drop folder first, then the workers
        (*dropFolder)->stop();
    if (*dispatchPool) // --- invoice dispatch
        (*dispatchPool)->stop();
    qCInfo(lcServer) << "factora-server stopped";
    return code;
}

} // namespace factora::server
