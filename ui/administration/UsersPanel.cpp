// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "UsersPanel.h"

#include "AdminTask.h"
#include "UserTableModel.h"
#include "company/CompanyService.h"
#include "security/Actor.h"
#include "security/UserService.h"

#include <QCoreApplication>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace factora::ui {

namespace {
struct UsersSnapshot
{
    QList<core::User> users;
    QList<core::Company> companies;
    QString error;
};

QString failed(const core::Error& error)
{
    return error.message();
}
} // namespace

UsersPanel::UsersPanel(DesktopContext context, core::UserSession session, QWidget* parent)
    : QWidget(parent)
    , m_context(std::move(context))
    , m_session(std::move(session))
    , m_model(new UserTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_username(new QLineEdit(this))
    , m_displayName(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_role(new QComboBox(this))
    , m_memberships(new QListWidget(this))
    , m_newButton(new QPushButton(tr("&Nuevo usuario"), this))
    , m_saveButton(new QPushButton(tr("&Guardar"), this))
    , m_toggleButton(new QPushButton(tr("Deshabilitar"), this))
    , m_resetButton(new QPushButton(tr("&Restablecer contraseña…"), this))
    , m_temporaryPassword(new QLineEdit(this))
    , m_temporaryPasswordNote(new QLabel(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("usersPanel"));
    m_proxy->setObjectName(QStringLiteral("userProxyModel"));
    m_proxy->setSourceModel(m_model);
    m_view->setObjectName(QStringLiteral("usersView"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(UserTableModel::Username, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->horizontalHeader()->setSectionResizeMode(UserTableModel::Companies, QHeaderView::Stretch);
    m_view->verticalHeader()->hide();

    m_username->setObjectName(QStringLiteral("usernameEdit"));
    m_username->setMaxLength(64);
    m_displayName->setObjectName(QStringLiteral("userDisplayNameEdit"));
    m_displayName->setMaxLength(100);
    m_email->setObjectName(QStringLiteral("userEmailEdit"));
    m_role->setObjectName(QStringLiteral("userRoleCombo"));
    for (core::Role role : {core::Role::Cedente, core::Role::Ejecutivo, core::Role::Admin})
        m_role->addItem(core::roleDisplayName(role), core::roleCode(role));
    m_memberships->setObjectName(QStringLiteral("userMembershipList"));
    m_newButton->setObjectName(QStringLiteral("newUserButton"));
    m_saveButton->setObjectName(QStringLiteral("saveUserButton"));
    m_saveButton->setDefault(true);
    m_toggleButton->setObjectName(QStringLiteral("toggleUserButton"));
    m_resetButton->setObjectName(QStringLiteral("resetPasswordButton"));
    m_temporaryPassword->setObjectName(QStringLiteral("temporaryPasswordEdit"));
    m_temporaryPassword->setReadOnly(true);
    m_temporaryPassword->hide();
    m_temporaryPasswordNote->setObjectName(QStringLiteral("temporaryPasswordNote"));
    m_temporaryPasswordNote->setWordWrap(true);
    m_temporaryPasswordNote->hide();
    m_status->setObjectName(QStringLiteral("userStatusLabel"));
    m_status->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("Usuario"), m_username);
    form->addRow(tr("Nombre"), m_displayName);
    form->addRow(tr("Correo"), m_email);
    form->addRow(tr("Rol"), m_role);
    form->addRow(tr("Empresas"), m_memberships);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_newButton);
    buttons->addStretch();
    buttons->addWidget(m_resetButton);
    buttons->addWidget(m_toggleButton);
    buttons->addWidget(m_saveButton);
    auto* editor = new QGroupBox(tr("Usuario"), this);
    auto* editorLayout = new QVBoxLayout(editor);
    editorLayout->addLayout(form);
    editorLayout->addLayout(buttons);
    editorLayout->addWidget(m_temporaryPasswordNote);
    editorLayout->addWidget(m_temporaryPassword);
    editorLayout->addWidget(m_status);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_view, 3);
    layout->addWidget(editor, 2);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &UsersPanel::onSelectionChanged);
    connect(m_newButton, &QPushButton::clicked, this, &UsersPanel::clearForm);
    connect(m_saveButton, &QPushButton::clicked, this, &UsersPanel::save);
    connect(m_toggleButton, &QPushButton::clicked, this, &UsersPanel::toggleEnabled);
    connect(m_resetButton, &QPushButton::clicked, this, &UsersPanel::resetPassword);
    clearForm();
    reload();
}

void UsersPanel::reload()
{
    const core::UserSession session = m_session;
    const core::Clock* clock = m_context.clock;
    AdminTask::run<UsersSnapshot>(
        this, m_context.database,
        [session, clock](core::Database& database) {
            UsersSnapshot snapshot;
            const core::Actor actor = core::Actor::user(session);
            auto users = core::UserService(database, *clock).listUsers(actor);
            if (!users) {
                snapshot.error = failed(users.error());
                return snapshot;
            }
            auto companies = core::CompanyService(database, *clock).listCompanies(actor);
            if (!companies) {
                snapshot.error = failed(companies.error());
                return snapshot;
            }
            snapshot.users = users.value();
            snapshot.companies = companies.value();
            return snapshot;
        },
        [this](const UsersSnapshot& snapshot) {
            if (!snapshot.error.isEmpty())
                m_status->setText(snapshot.error);
            QHash<qint64, QString> names;
            m_memberships->clear();
            for (const core::Company& company : snapshot.companies) {
                names.insert(company.id, company.razonSocial);
                if (company.isFactoring || !company.isCedente)
                    continue; // memberships are of client companies
                auto* item = new QListWidgetItem(QStringLiteral("%1 (%2)").arg(company.razonSocial, company.rut), m_memberships);
                item->setData(Qt::UserRole, company.id);
                item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
                item->setCheckState(Qt::Unchecked);
            }
            const qint64 keep = m_selectAfterLoad ? m_selectAfterLoad : m_editingId;
            m_selectAfterLoad = 0;
            m_model->setUsers(snapshot.users, names);
            const int row = m_model->rowOf(keep);
            if (row >= 0) {
                m_view->selectRow(m_proxy->mapFromSource(m_model->index(row, 0)).row());
                onSelectionChanged();
            } else {
                const QString password = m_temporaryPassword->text();
                clearForm();
                if (!password.isEmpty()) {
                    m_temporaryPassword->setText(password);
                    m_temporaryPassword->show();
                    m_temporaryPasswordNote->show();
                }
            }
            emit loaded();
        });
}

QList<qint64> UsersPanel::checkedCompanies() const
{
    QList<qint64> ids;
    for (int i = 0; i < m_memberships->count(); ++i) {
        if (m_memberships->item(i)->checkState() == Qt::Checked)
            ids << m_memberships->item(i)->data(Qt::UserRole).toLongLong();
    }
    return ids;
}

void UsersPanel::onSelectionChanged()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const core::User& user = m_model->user(m_proxy->mapToSource(rows.first()).row());
    if (user.id != m_editingId) {
        // The temporary password belongs to the account it was made for: it goes when another one is shown.
        m_temporaryPassword->clear();
        m_temporaryPassword->hide();
        m_temporaryPasswordNote->hide();
    }
    m_editingId = user.id;
    m_username->setText(user.username);
    m_username->setReadOnly(true);
    m_displayName->setText(user.displayName);
    m_email->setText(user.email);
    m_role->setCurrentIndex(m_role->findData(core::roleCode(user.role)));
    for (int i = 0; i < m_memberships->count(); ++i) {
        QListWidgetItem* item = m_memberships->item(i);
        item->setCheckState(user.companyIds.contains(item->data(Qt::UserRole).toLongLong()) ? Qt::Checked : Qt::Unchecked);
    }
    const bool self = user.username == m_session.username();
    m_toggleButton->setEnabled(!self || !user.enabled);
    m_toggleButton->setText(user.enabled ? tr("Deshabilitar") : tr("Habilitar"));
    m_resetButton->setEnabled(true);
}

void UsersPanel::clearForm()
{
    m_editingId = 0;
    m_view->clearSelection();
    m_username->clear();
    m_username->setReadOnly(false);
    m_displayName->clear();
    m_email->clear();
    m_role->setCurrentIndex(0);
    for (int i = 0; i < m_memberships->count(); ++i)
        m_memberships->item(i)->setCheckState(Qt::Unchecked);
    m_toggleButton->setEnabled(false);
    m_resetButton->setEnabled(false);
    m_temporaryPassword->clear();
    m_temporaryPassword->hide();
    m_temporaryPasswordNote->hide();
    m_username->setFocus();
}

void UsersPanel::save()
{
    const qint64 editingId = m_editingId;
    const QString username = m_username->text();
    const QString displayName = m_displayName->text();
    const QString email = m_email->text();
    const auto role = core::roleFromCode(m_role->currentData().toString());
    if (!role)
        return;
    const core::Role newRole = role.value();
    const QList<qint64> wanted = checkedCompanies();
    QList<qint64> current;
    if (editingId != 0)
        current = m_model->user(m_model->rowOf(editingId)).companyIds;
    const core::UserSession session = m_session;
    const core::Clock* clock = m_context.clock;
    setBusy(true);
    AdminTask::run<AdminActionOutcome>(
        this, m_context.database,
        [=](core::Database& database) {
            core::UserService service(database, *clock);
            const core::Actor actor = core::Actor::user(session);
            if (editingId == 0) {
                core::NewUser user;
                user.username = username;
                user.displayName = displayName;
                user.email = email;
                user.role = newRole;
                user.companyIds = wanted;
                user.password = core::UserService::generateTemporaryPassword();
                auto added = service.addUser(actor, user);
                if (!added)
                    return AdminActionOutcome{false, failed(added.error()), {}, 0};
                return AdminActionOutcome{true,
                                          QCoreApplication::translate("UsersPanel", "Usuario %1 creado.").arg(added->username),
                                          user.password, added->id};
            }
            // Memberships first (a cedente must keep one), then the profile, then the removals.
            for (qint64 id : wanted) {
                if (current.contains(id))
                    continue;
                if (auto added = service.addMembership(actor, username, id); !added)
                    return AdminActionOutcome{false, failed(added.error()), {}, editingId};
            }
            auto updated = service.updateProfile(actor, username, displayName, email, newRole);
            if (!updated)
                return AdminActionOutcome{false, failed(updated.error()), {}, editingId};
            for (qint64 id : current) {
                if (wanted.contains(id))
                    continue;
                if (auto removed = service.removeMembership(actor, username, id); !removed)
                    return AdminActionOutcome{false, failed(removed.error()), {}, editingId};
            }
            return AdminActionOutcome{true,
                                      QCoreApplication::translate("UsersPanel", "Usuario %1 guardado.").arg(updated->username),
                                      {}, editingId};
        },
        [this](const AdminActionOutcome& outcome) { finishAction(outcome); });
}

void UsersPanel::toggleEnabled()
{
    const int row = m_model->rowOf(m_editingId);
    if (row < 0)
        return;
    const core::User user = m_model->user(row);
    const bool enable = !user.enabled;
    if (!enable) {
        QMessageBox confirm(QMessageBox::Warning, tr("Deshabilitar usuario"),
                            tr("¿Deshabilitar la cuenta %1 (%2)? No podrá iniciar sesión hasta que se habilite de nuevo.")
                                .arg(user.username, user.displayName),
                            QMessageBox::Yes | QMessageBox::Cancel, this);
        confirm.setObjectName(QStringLiteral("disableUserConfirmation"));
        confirm.button(QMessageBox::Yes)->setText(tr("Deshabilitar"));
        confirm.setDefaultButton(QMessageBox::Cancel);
        if (confirm.exec() != QMessageBox::Yes)
            return;
    }
    const core::UserSession session = m_session;
    const core::Clock* clock = m_context.clock;
    setBusy(true);
    AdminTask::run<AdminActionOutcome>(
        this, m_context.database,
        [session, clock, user, enable](core::Database& database) {
            if (auto set = core::UserService(database, *clock).setEnabled(core::Actor::user(session), user.username, enable);
                !set) {
                return AdminActionOutcome{false, failed(set.error()), {}, user.id};
            }
            return AdminActionOutcome{true,
                                      enable ? QCoreApplication::translate("UsersPanel", "Usuario %1 habilitado.").arg(user.username)
                                             : QCoreApplication::translate("UsersPanel", "Usuario %1 deshabilitado.").arg(user.username),
                                      {}, user.id};
        },
        [this](const AdminActionOutcome& outcome) { finishAction(outcome); });
}

void UsersPanel::resetPassword()
{
    const int row = m_model->rowOf(m_editingId);
    if (row < 0)
        return;
    const core::User user = m_model->user(row);
    QMessageBox confirm(QMessageBox::Question, tr("Restablecer contraseña"),
                        tr("¿Dar a %1 una contraseña temporal nueva? La actual deja de servir y la nueva se muestra "
                           "una sola vez.")
                            .arg(user.username),
                        QMessageBox::Yes | QMessageBox::Cancel, this);
    confirm.setObjectName(QStringLiteral("resetPasswordConfirmation"));
    confirm.button(QMessageBox::Yes)->setText(tr("Restablecer"));
    confirm.setDefaultButton(QMessageBox::Cancel);
    if (confirm.exec() != QMessageBox::Yes)
        return;
    const core::UserSession session = m_session;
    const core::Clock* clock = m_context.clock;
    setBusy(true);
    AdminTask::run<AdminActionOutcome>(
        this, m_context.database,
        [session, clock, user](core::Database& database) {
            auto password = core::UserService(database, *clock).resetPassword(core::Actor::user(session), user.username);
            if (!password)
                return AdminActionOutcome{false, failed(password.error()), {}, user.id};
            return AdminActionOutcome{true,
                                      QCoreApplication::translate("UsersPanel", "Contraseña de %1 restablecida.").arg(user.username),
                                      password.value(), user.id};
        },
        [this](const AdminActionOutcome& outcome) { finishAction(outcome); });
}

void UsersPanel::finishAction(const AdminActionOutcome& outcome)
{
    setBusy(false);
    m_status->setText(outcome.message);
    if (outcome.objectId != 0)
        m_selectAfterLoad = outcome.objectId;
    if (!outcome.temporaryPassword.isEmpty()) {
        if (outcome.objectId != 0)
            m_editingId = outcome.objectId; // keep the password when the new account gets selected
        m_temporaryPassword->setText(outcome.temporaryPassword);
        m_temporaryPasswordNote->setText(
            tr("Contraseña temporal: entréguela a la persona por un medio seguro. Se muestra solo ahora; no queda "
               "guardada en ninguna parte."));
        m_temporaryPassword->show();
        m_temporaryPasswordNote->show();
    }
    if (outcome.ok)
        reload();
    emit actionFinished(outcome.ok, outcome.message);
}

void UsersPanel::setBusy(bool busy)
{
    m_saveButton->setEnabled(!busy);
    m_newButton->setEnabled(!busy);
    if (busy) {
        m_toggleButton->setEnabled(false);
        m_resetButton->setEnabled(false);
    }
}

} // namespace factora::ui
