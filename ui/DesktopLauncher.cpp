// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "DesktopLauncher.h"

#include "DesktopApplication.h"
#include "common/ApplicationIdentity.h"
#include "common/ConfigurationOptions.h"
#include "secrets/KeychainSecretStore.h"
#include "security/AuthService.h"
#include "settings/SharedConfiguration.h"
#include "storage/DatabaseOpener.h"
#include "storage/Migrator.h"
#include "workspace/WorkspacePageFactory.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

#include <chrono>

namespace factora::ui {

namespace {
int showStartupError(const core::Error& error)
{
    QMessageBox box(QMessageBox::Critical, QCoreApplication::translate("DesktopLauncher", "Factora no puede iniciar"),
                    error.message());
    box.setObjectName(QStringLiteral("startupErrorBox"));
    box.exec();
    return 1;
}
} // namespace

int DesktopLauncher::run(QApplication& app)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    core::ConfigurationOptions::addTo(parser);
    parser.process(app);

    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    auto configuration = core::ConfigurationOptions::load(parser, environment);
    if (!configuration)
        return showStartupError(configuration.error());
    if (auto applied = core::ApplicationIdentity::applyConfiguration(app, configuration.value()); !applied)
        return showStartupError(applied.error());

    const core::KeychainSecretStore keychain;
    auto database = core::DatabaseOpener::open(configuration.value(), environment, &keychain);
    if (!database)
        return showStartupError(database.error());
    if (auto ready = core::Migrator(**database).ensureReady(); !ready)
        return showStartupError(ready.error());
    if (auto shared = core::SharedConfiguration::applyTo(configuration.value(), **database); !shared)
        return showStartupError(shared.error());

    auto threshold = configuration->intValue(QStringLiteral("security/lockout_threshold"));
    auto lockMinutes = configuration->intValue(QStringLiteral("security/lockout_minutes"));
    auto idleMinutes = configuration->intValue(QStringLiteral("security/session_idle_minutes"));
    for (const auto* setting : {&threshold, &lockMinutes, &idleMinutes}) {
        if (!*setting)
            return showStartupError(setting->error());
    }
    core::AuthService authService(**database, core::Clock::system(),
                                  core::LockoutPolicy{threshold.value(), lockMinutes.value()});
    const WorkspacePageFactory pages(DesktopContext{*database, configuration.value(), &core::Clock::system()});
    DesktopApplication desktop;
    desktop.setIdleTimeout(std::chrono::minutes(idleMinutes.value()));
    desktop.setPageFactory(&pages);
    return desktop.run(authService, (*database)->url().toString());
}

} // namespace factora::ui
