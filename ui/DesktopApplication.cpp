// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "DesktopApplication.h"

#include "Resources.h"
#include "ScreenshotHook.h"
#include "company/CompanyRepository.h"
#include "login/CompanyChoiceDialog.h"
#include "login/LoginDialog.h"
#include "main/MainWindow.h"
#include "storage/Database.h"
#include "workspace/WorkspacePageFactory.h"

#include <QApplication>
#include <QIcon>
#include <QSettings>
#include <QTimer>

namespace factora::ui {

namespace {

    QString lastUsernameKey()
    {
        return QStringLiteral("ui/lastUsername");
    }

} // namespace

DesktopApplication::DesktopApplication(QObject* parent)
    : QObject(parent)
    , m_idleTimeout(std::chrono::minutes(15))
    , m_screenshot(ScreenshotHook::fromEnvironment(this))
{
    Resources::initialize();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/logo/factora.svg")));
}

DesktopApplication::~DesktopApplication() = default;

int DesktopApplication::run(core::Authenticator& authenticator, const QString& databaseDisplayName)
{
    QSettings settings;
    for (;;) {
        LoginDialog login(authenticator, databaseDisplayName);
        login.setUsername(settings.value(lastUsernameKey()).toString());
        if (m_screenshot)
            m_screenshot->signIn(login);
        const int answer = login.exec();
        if (m_screenshot && m_screenshot->isFinished())
            return m_screenshot->exitCode();
        if (answer != QDialog::Accepted || !login.session())
            return 0;
        settings.setValue(lastUsernameKey(), login.username());
        if (!chooseCompany(*login.session()))
            continue;

        MainWindow window(authenticator, *login.session(), databaseDisplayName, m_idleTimeout, m_pageFactory);
        if (m_screenshot)
            m_screenshot->prepare(window);
        bool loggedOut = false;
        connect(&window, &MainWindow::loggedOut, this, [&loggedOut] {
            loggedOut = true;
            QCoreApplication::exit(0);
        });
        window.show();
        const int exitCode = QApplication::exec();
        // Closing the last window may have queued a Quit that would end the next login dialog at once.
        QCoreApplication::removePostedEvents(QCoreApplication::instance(), QEvent::Quit);
        if (m_screenshot && m_screenshot->isFinished())
            return m_screenshot->exitCode();
        if (!loggedOut)
            return exitCode;
    }
}

bool DesktopApplication::chooseCompany(const core::UserSession& session)
{
    const auto* workspace = dynamic_cast<const WorkspacePageFactory*>(m_pageFactory);
    if (!workspace || !workspace->context().company)
        return true;
    CompanyContext& company = *workspace->context().company;
    const QList<qint64>& ids = session.companyIds();
    if (ids.size() <= 1) {
        company.setCurrentCompanyId(ids.isEmpty() ? std::nullopt : std::optional<qint64>(ids.first()));
        return true;
    }
    QList<core::Company> companies;
    if (const auto& database = workspace->context().database) {
        // One small query at sign-in, like the sign-in itself.
        if (auto connection = database->connection()) {
            if (auto found = core::CompanyRepository::listByIds(connection.value(), ids))
                companies = found.value();
        }
    }
    if (companies.isEmpty()) {
        for (qint64 id : ids) {
            core::Company unnamed;
            unnamed.id = id;
            unnamed.razonSocial = tr("Empresa %1").arg(id);
            companies << unnamed;
        }
    }
    QSettings settings;
    CompanyChoiceDialog dialog(companies, CompanyChoiceDialog::remembered(settings, session.username()));
    if (m_screenshot && m_screenshot->signsIn() && m_screenshot->windowName() != dialog.objectName())
        QTimer::singleShot(0, &dialog, &QDialog::accept);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    CompanyChoiceDialog::remember(settings, session.username(), dialog.chosenCompanyId());
    company.setCurrentCompanyId(dialog.chosenCompanyId());
    return true;
}

} // namespace factora::ui
