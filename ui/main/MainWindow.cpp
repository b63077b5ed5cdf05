// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "MainWindow.h"

#include "NavigationModel.h"
#include "Resources.h"
#include "SectionPageFactory.h"
#include "session/IdleWatcher.h"
#include "session/UnlockDialog.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QLoggingCategory>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

#include <utility>

namespace {

Q_LOGGING_CATEGORY(lcUiSession, "factora.ui.session", QtInfoMsg)

QString settingsKey(const char* name)
{
    return QStringLiteral("ui/mainWindow/") + QLatin1StringView(name);
}

// Whether @p window is owned by @p owner through its chain of parents (a dialog opened on the main window).
bool isOwnedBy(const QWidget* window, const QWidget* owner)
{
    for (const QObject* object = window->parent(); object; object = object->parent()) {
        if (object == owner)
            return true;
    }
    return false;
}

} // namespace

namespace factora::ui {

MainWindow::MainWindow(core::Authenticator& authenticator, core::UserSession session,
                       const QString& databaseDisplayName, std::chrono::milliseconds idleTimeout,
                       const SectionPageFactory* pageFactory, QWidget* parent)
    : QMainWindow(parent)
    , m_authenticator(authenticator)
    , m_session(std::move(session))
    , m_navigationModel(new NavigationModel(m_session, this))
    , m_idleWatcher(new IdleWatcher(idleTimeout, this))
{
    Resources::initialize();
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Factora — %1 (%2)").arg(m_session.displayName(), core::roleDisplayName(m_session.role())));

    const SectionPageFactory defaultPages;
    m_contentSplitter = createContent(pageFactory ? *pageFactory : defaultPages);
    m_lockPage = createLockPage();
    m_rootStack = new QStackedWidget(this);
    m_rootStack->setObjectName(QStringLiteral("rootStack"));
    m_rootStack->addWidget(m_contentSplitter);
    m_rootStack->addWidget(m_lockPage);
    setCentralWidget(m_rootStack);
    createMenus();

    auto* userLabel = new QLabel(tr("Usuario: %1 (%2)").arg(m_session.displayName(), m_session.username()), this);
    userLabel->setObjectName(QStringLiteral("userStatusLabel"));
    userLabel->setTextFormat(Qt::PlainText);
    auto* databaseLabel = new QLabel(tr("Base de datos: %1").arg(databaseDisplayName), this);
    databaseLabel->setObjectName(QStringLiteral("databaseStatusLabel"));
    databaseLabel->setTextFormat(Qt::PlainText);
    statusBar()->addWidget(userLabel);
    statusBar()->addPermanentWidget(databaseLabel);

    restoreSettings();
    connect(m_idleWatcher, &IdleWatcher::idle, this, [this] {
        qCInfo(lcUiSession) << "session of user" << m_session.userId() << "locked after"
                            << m_idleWatcher->timeout().count() << "ms without input";
        lock();
    });
    m_idleWatcher->start();
}

MainWindow::~MainWindow() = default;

QSplitter* MainWindow::createContent(const SectionPageFactory& pageFactory)
{
    m_navigationList = new QListView;
    m_navigationList->setObjectName(QStringLiteral("navigationList"));
    m_navigationList->setModel(m_navigationModel);
    m_navigationList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_navigationList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_navigationList->setIconSize(QSize(22, 22));
    m_navigationList->setSpacing(2);
    m_navigationList->setMinimumWidth(170);
    m_navigationList->setMaximumWidth(260);

    m_pageStack = new QStackedWidget;
    m_pageStack->setObjectName(QStringLiteral("pageStack"));
    for (Section section : m_navigationModel->sections())
        m_pageStack->addWidget(pageFactory.createPage(section, m_session));
    connect(m_navigationList->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    m_pageStack->setCurrentIndex(current.row());
            });
    m_navigationList->setCurrentIndex(m_navigationModel->index(0));

    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(QStringLiteral("contentSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_navigationList);
    splitter->addWidget(m_pageStack);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 200, 800 });
    return splitter;
}

QWidget* MainWindow::createLockPage()
{
    auto* page = new QWidget;
    page->setObjectName(QStringLiteral("lockPage"));

    auto* icon = new QLabel(page);
    icon->setPixmap(Resources::icon(QStringLiteral("lock")).pixmap(72, 72));
    icon->setAlignment(Qt::AlignCenter);
    auto* title = new QLabel(tr("Sesión bloqueada"), page);
    title->setAlignment(Qt::AlignCenter);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto* text = new QLabel(tr("El contenido queda oculto hasta que ingrese de nuevo su contraseña."), page);
    text->setAlignment(Qt::AlignCenter);
    text->setWordWrap(true);

    auto* unlockButton = new QPushButton(tr("Desbloquear…"), page);
    unlockButton->setObjectName(QStringLiteral("unlockAgainButton"));
    auto* logoutButton = new QPushButton(tr("Cerrar sesión"), page);
    logoutButton->setObjectName(QStringLiteral("lockLogoutButton"));
    connect(unlockButton, &QPushButton::clicked, this, &MainWindow::openUnlockDialog);
    connect(logoutButton, &QPushButton::clicked, this, &MainWindow::logout);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(logoutButton);
    buttons->addWidget(unlockButton);
    buttons->addStretch();

    auto* layout = new QVBoxLayout(page);
    layout->addStretch();
    layout->addWidget(icon);
    layout->addWidget(title);
    layout->addWidget(text);
    layout->addLayout(buttons);
    layout->addStretch(2);
    return page;
}

void MainWindow::createMenus()
{
    QMenu* sessionMenu = menuBar()->addMenu(tr("&Sesión"));
    m_lockAction = sessionMenu->addAction(Resources::icon(QStringLiteral("lock")), tr("&Bloquear sesión"));
    m_lockAction->setObjectName(QStringLiteral("lockAction"));
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(m_lockAction, &QAction::triggered, this, &MainWindow::lock);
    QAction* logoutAction = sessionMenu->addAction(tr("&Cerrar sesión"));
    logoutAction->setObjectName(QStringLiteral("logoutAction"));
    connect(logoutAction, &QAction::triggered, this, &MainWindow::logout);
    sessionMenu->addSeparator();
    QAction* quitAction = sessionMenu->addAction(tr("&Salir"));
    quitAction->setObjectName(QStringLiteral("quitAction"));
    quitAction->setShortcut(QKeySequence::Quit);
    connect(quitAction, &QAction::triggered, this, &QWidget::close);

    QMenu* helpMenu = menuBar()->addMenu(tr("Ay&uda"));
    QAction* aboutAction = helpMenu->addAction(tr("&Acerca de Factora"));
    aboutAction->setObjectName(QStringLiteral("aboutAction"));
    connect(aboutAction, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("Acerca de Factora"),
                           tr("Factora %1\n\nBack office de factoring: cesión electrónica de facturas, cobranza "
                              "y despacho a deudores.")
                               .arg(QCoreApplication::applicationVersion()));
    });
}

Section MainWindow::currentSection() const
{
    return m_navigationModel->sections().at(m_pageStack->currentIndex());
}

bool MainWindow::showSection(Section section)
{
    const int row = m_navigationModel->rowOf(section);
    if (row < 0)
        return false;
    m_navigationList->setCurrentIndex(m_navigationModel->index(row));
    return true;
}

void MainWindow::lock()
{
    if (m_locked) {
        openUnlockDialog();
        return;
    }
    m_locked = true;
    m_idleWatcher->stop();
    // Modal dialogs are left open: hiding one would end it and lose what was being entered.
    const auto windows = QApplication::topLevelWidgets();
    for (QWidget* window : windows) {
        if (window->isVisible() && !window->isModal() && isOwnedBy(window, this)) {
            m_hiddenWhileLocked.append(window);
            window->hide();
        }
    }
    m_rootStack->setCurrentWidget(m_lockPage);
    m_lockAction->setEnabled(false);
    Q_EMIT sessionLocked();
    openUnlockDialog();
}

void MainWindow::openUnlockDialog()
{
    if (m_unlockDialog) {
        m_unlockDialog->raise();
        m_unlockDialog->activateWindow();
        return;
    }
    auto* dialog = new UnlockDialog(m_authenticator, m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &MainWindow::unlock);
    connect(dialog, &UnlockDialog::logoutRequested, this, &MainWindow::logout);
    m_unlockDialog = dialog;
    dialog->open();
}

void MainWindow::unlock()
{
    if (!m_locked)
        return;
    m_locked = false;
    m_rootStack->setCurrentWidget(m_contentSplitter);
    m_lockAction->setEnabled(true);
    for (const QPointer<QWidget>& window : std::as_const(m_hiddenWhileLocked)) {
        if (window)
            window->show();
    }
    m_hiddenWhileLocked.clear();
    m_idleWatcher->start();
    qCInfo(lcUiSession) << "session of user" << m_session.userId() << "unlocked";
    Q_EMIT sessionUnlocked();
}

void MainWindow::logout()
{
    qCInfo(lcUiSession) << "user" << m_session.userId() << "signed out";
    if (m_unlockDialog)
        m_unlockDialog->close();
    Q_EMIT loggedOut();
    close();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveSettings();
    m_idleWatcher->stop();
    const auto windows = QApplication::topLevelWidgets();
    for (QWidget* window : windows) {
        if (window->isVisible() && isOwnedBy(window, this))
            window->close();
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(settingsKey("geometry"), saveGeometry());
    settings.setValue(settingsKey("splitter"), m_contentSplitter->saveState());
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(settingsKey("geometry")).toByteArray()))
        resize(1100, 720);
    m_contentSplitter->restoreState(settings.value(settingsKey("splitter")).toByteArray());
}

} // namespace factora::ui
