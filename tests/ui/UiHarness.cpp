// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
// factora-ui-harness: the desktop program's windows with three fixed accounts instead of a database, to look at
// them and to take the screenshots in docs/screenshots (tools/screenshot). Not installed.
//
//   factora-ui-harness [--language en] [--database TEXT] [--main-window admin|ejecutivo|cedente] [--section CODE]
//
// Accounts (password "factora"): "admin", "ejecutivo", "cedente".
#include "DesktopApplication.h"
#include "FixedAuthenticator.h"
#include "ScreenshotHook.h"
#include "common/Localization.h"
#include "main/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>

#include <cstdio>

using namespace factora;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Factora"));
    QCoreApplication::setApplicationName(QStringLiteral("factora-ui-harness"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Factora's desktop windows with fixed test accounts."));
    parser.addHelpOption();
    const QCommandLineOption language(QStringLiteral("language"), QStringLiteral("Interface language."),
                                      QStringLiteral("code"), core::Localization::sourceLanguage());
    const QCommandLineOption database(QStringLiteral("database"), QStringLiteral("Database text to show."),
                                      QStringLiteral("text"),
                                      QStringLiteral("postgresql://factora@localhost:5432/factora"));
    const QCommandLineOption mainWindow(QStringLiteral("main-window"),
                                        QStringLiteral("Skip the login: show the main window of this account."),
                                        QStringLiteral("account"));
    const QCommandLineOption section(QStringLiteral("section"), QStringLiteral("Section shown first (its code)."),
                                     QStringLiteral("code"));
    parser.addOptions({ language, database, mainWindow, section });
    parser.process(app);

    if (const auto status = core::Localization::install(app, parser.value(language)); !status) {
        std::fprintf(stderr, "%s\n", qPrintable(status.error().message()));
        return 2;
    }

    ui::test::FixedAuthenticator authenticator;
    const QList<std::pair<core::Role, QString>> people { { core::Role::Admin, QStringLiteral("Ana Soto") },
                                                         { core::Role::Ejecutivo, QStringLiteral("Juana Pérez") },
                                                         { core::Role::Cedente, QStringLiteral("Pedro Rojas") } };
    qint64 userId = 1;
    for (const auto& [role, name] : people) {
        authenticator.addUser(QStringLiteral("factora"),
                              ui::test::sessionFor(role, userId++, core::roleCode(role), name, { 1, 2, 3 }));
    }

    if (!parser.isSet(mainWindow)) {
        ui::DesktopApplication desktop;
        return desktop.run(authenticator, parser.value(database));
    }

    auto session = authenticator.authenticate(parser.value(mainWindow), QStringLiteral("factora"));
    if (!session) {
        std::fprintf(stderr, "unknown account %s: use admin, ejecutivo or cedente\n",
                     qPrintable(parser.value(mainWindow)));
        return 2;
    }
    ui::ScreenshotHook::fromEnvironment(&app);
    ui::MainWindow window(authenticator, session.value(), parser.value(database), std::chrono::minutes(15));
    for (ui::Section candidate : ui::allSections()) {
        if (ui::sectionCode(candidate) == parser.value(section))
            window.showSection(candidate);
    }
    window.show();
    return QApplication::exec();
}
