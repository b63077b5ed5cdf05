// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "CompaniesPanel.h"

#include "AdminTask.h"
#include "CompanyTableModel.h"
#include "company/CompanyService.h"
#include "security/Actor.h"

#include <QCoreApplication>
#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace factora::ui {

namespace {
struct CompaniesSnapshot
{
    QList<core::Company> companies;
    QHash<qint64, core::CompanyChannels> channels;
    QString error;
};
} // namespace

CompaniesPanel::CompaniesPanel(DesktopContext context, core::UserSession session, QWidget* parent)
    : QWidget(parent)
    , m_context(std::move(context))
    , m_session(std::move(session))
    , m_model(new CompanyTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_search(new QLineEdit(this))
    , m_rut(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_giro(new QLineEdit(this))
    , m_address(new QLineEdit(this))
    , m_comuna(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_cedente(new QCheckBox(tr("Cliente (cedente)"), this))
    , m_debtor(new QCheckBox(tr("Deudor"), this))
    , m_cajaVecina(new QCheckBox(tr("Caja Vecina"), this))
    , m_emailChannel(new QCheckBox(tr("Correo electrónico"), this))
    , m_sms(new QCheckBox(tr("SMS"), this))
    , m_newButton(new QPushButton(tr("&Nueva empresa"), this))
    , m_saveButton(new QPushButton(tr("&Guardar"), this))
    , m_toggleButton(new QPushButton(tr("Deshabilitar"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("companiesPanel"));
    m_proxy->setObjectName(QStringLiteral("companyProxyModel"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_view->setObjectName(QStringLiteral("companiesView"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(CompanyTableModel::Name, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->horizontalHeader()->setSectionResizeMode(CompanyTableModel::Name, QHeaderView::Stretch);
    m_view->verticalHeader()->hide();
    m_search->setObjectName(QStringLiteral("companySearchEdit"));
    m_search->setPlaceholderText(tr("Buscar por RUT o razón social"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_rut->setObjectName(QStringLiteral("companyRutEdit"));
    m_rut->setPlaceholderText(QStringLiteral("76354771-K"));
    m_name->setObjectName(QStringLiteral("companyNameEdit"));
    m_name->setMaxLength(100);
    m_giro->setObjectName(QStringLiteral("companyGiroEdit"));
    m_address->setObjectName(QStringLiteral("companyAddressEdit"));
    m_comuna->setObjectName(QStringLiteral("companyComunaEdit"));
    m_email->setObjectName(QStringLiteral("companyEmailEdit"));
    m_phone->setObjectName(QStringLiteral("companyPhoneEdit"));
    m_cedente->setObjectName(QStringLiteral("companyCedenteCheck"));
    m_debtor->setObjectName(QStringLiteral("companyDebtorCheck"));
    m_cajaVecina->setObjectName(QStringLiteral("companyCajaVecinaCheck"));
    m_emailChannel->setObjectName(QStringLiteral("companyEmailChannelCheck"));
    m_sms->setObjectName(QStringLiteral("companySmsCheck"));
    m_newButton->setObjectName(QStringLiteral("newCompanyButton"));
    m_saveButton->setObjectName(QStringLiteral("saveCompanyButton"));
    m_saveButton->setDefault(true);
    m_toggleButton->setObjectName(QStringLiteral("toggleCompanyButton"));
    m_status->setObjectName(QStringLiteral("companyStatusLabel"));
    m_status->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("RUT"), m_rut);
    form->addRow(tr("Razón social"), m_name);
    form->addRow(tr("Giro"), m_giro);
    form->addRow(tr("Dirección"), m_address);
    form->addRow(tr("Comuna"), m_comuna);
    form->addRow(tr("Correo"), m_email);
    form->addRow(tr("Teléfono"), m_phone);
    auto* kinds = new QHBoxLayout;
    kinds->addWidget(m_cedente);
    kinds->addWidget(m_debtor);
    form->addRow(tr("Tipo"), kinds);
    auto* channels = new QGroupBox(tr("Convenios por canal"), this);
    auto* channelLayout = new QVBoxLayout(channels);
    channelLayout->addWidget(m_cajaVecina);
    channelLayout->addWidget(m_emailChannel);
    channelLayout->addWidget(m_sms);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_newButton);
    buttons->addStretch();
    buttons->addWidget(m_toggleButton);
    buttons->addWidget(m_saveButton);
    auto* editor = new QGroupBox(tr("Empresa"), this);
    auto* editorLayout = new QVBoxLayout(editor);
    editorLayout->addLayout(form);
    editorLayout->addWidget(channels);
    editorLayout->addLayout(buttons);
    editorLayout->addWidget(m_status);
    editorLayout->addStretch();

    auto* left = new QVBoxLayout;
    left->addWidget(m_search);
    left->addWidget(m_view);
    auto* layout = new QHBoxLayout(this);
    layout->addLayout(left, 3);
    layout->addWidget(editor, 2);
    setTabOrder(m_search, m_view);
    setTabOrder(m_view, m_rut);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CompaniesPanel::onSelectionChanged);
    connect(m_newButton, &QPushButton::clicked, this, &CompaniesPanel::clearForm);
    connect(m_saveButton, &QPushButton::clicked, this, &CompaniesPanel::save);
    connect(m_toggleButton, &QPushButton::clicked, this, &CompaniesPanel::toggleEnabled);
    clearForm();
    reload();
}

void CompaniesPanel::reload()
{
    const core::UserSession session = m_session;
    const core::Clock* clock = m_context.clock;
    AdminTask::run<CompaniesSnapshot>(
        this, m_context.database,
        [session, clock](core::Database& database) {
            CompaniesSnapshot snapshot;
            core::CompanyService service(database, *clock);
            const core::Actor actor = core::Actor::user(session);
            auto companies = service.listCompanies(actor);
            if (!companies) {
                snapshot.error = companies.error().message();
                return snapshot;
            }
            auto channels = service.listChannels(actor);
            if (!channels) {
                snapshot.error = channels.error().message();
                return snapshot;
            }
            snapshot.companies = companies.value();
            snapshot.channels = channels.value();
            return snapshot;
        },
        [this](const CompaniesSnapshot& snapshot) {
            if (!snapshot.error.isEmpty())
                m_status->setText(snapshot.error);
            const qint64 keep = m_selectAfterLoad ? m_selectAfterLoad : m_editingId;
            m_selectAfterLoad = 0;
            m_model->setCompanies(snapshot.companies, snapshot.channels);
            const int row = m_model->rowOf(keep);
            if (row >= 0)
                m_view->selectRow(m_proxy->mapFromSource(m_model->index(row, 0)).row());
            else
                clearForm();
            emit loaded();
        });
}

void CompaniesPanel::onSelectionChanged()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const core::Company& company = m_model->company(m_proxy->mapToSource(rows.first()).row());
    const core::CompanyChannels channels = m_model->channels(company.id);
    m_editingId = company.id;
    m_rut->setText(company.rut);
    m_rut->setReadOnly(true);
    m_name->setText(company.razonSocial);
    m_giro->setText(company.giro);
    m_address->setText(company.direccion);
    m_comuna->setText(company.comuna);
    m_email->setText(company.email);
    m_phone->setText(company.telefono);
    m_cedente->setChecked(company.isCedente);
    m_debtor->setChecked(company.isDebtor);
    m_cajaVecina->setChecked(channels.cajaVecina);
    m_emailChannel->setChecked(channels.email);
    m_sms->setChecked(channels.sms);
    m_toggleButton->setEnabled(!company.isFactoring);
    m_toggleButton->setText(company.enabled ? tr("Deshabilitar") : tr("Habilitar"));
}

void CompaniesPanel::clearForm()
{
    m_editingId = 0;
    m_view->clearSelection();
    for (QLineEdit* edit : {m_rut, m_name, m_giro, m_address, m_comuna, m_email, m_phone})
        edit->clear();
    m_rut->setReadOnly(false);
    m_cedente->setChecked(true);
    m_debtor->setChecked(false);
    m_cajaVecina->setChecked(false);
    m_emailChannel->setChecked(false);
    m_sms->setChecked(false);
    m_toggleButton->setEnabled(false);
    m_toggleButton->setText(tr("Deshabilitar"));
    m_rut->setFocus();
}

void CompaniesPanel::save()
{
    core::Company company;
    company.id = m_editingId;
    company.rut = m_rut->text().trimmed();
    company.razonSocial = m_name->text();
    company.giro = m_giro->text().trimmed();
    company.direccion = m_address->text().trimmed();
    company.comuna = m_comuna->text().trimmed();
    company.email = m_email->text().trimmed();
    company.telefono = m_phone->text().trimmed();
    company.isCedente = m_cedente->isChecked();
    company.isDebtor = m_debtor->isChecked();
    if (m_editingId != 0)
        company.isFactoring = m_model->company(m_model->rowOf(m_editingId)).isFactoring;
    core::CompanyChannels channels;
    channels.cajaVecina = m_cajaVecina->isChecked();
    channels.email = m_emailChannel->isChecked();
    channels.sms = m_sms->isChecked();
    const core::UserSession session = m_session;
    const core::Clock* clock = m_context.clock;
    setBusy(true);
    AdminTask::run<AdminActionOutcome>(
        this, m_context.database,
        [session, clock, company, channels](core::Database& database) {
            core::CompanyService service(database, *clock);
            const core::Actor actor = core::Actor::user(session);
            auto saved = company.id == 0 ? service.addCompany(actor, company) : service.updateCompany(actor, company);
            if (!saved)
                return AdminActionOutcome{false, saved.error().message(), {}, 0};
            core::CompanyChannels wanted = channels;
            wanted.companyId = saved->id;
            if (auto set = service.setChannels(actor, wanted); !set)
                return AdminActionOutcome{false, set.error().message(), {}, saved->id};
            return AdminActionOutcome{true,
                                      company.id == 0
                                          ? QCoreApplication::translate("CompaniesPanel", "Empresa %1 creada.").arg(saved->rut)
                                          : QCoreApplication::translate("CompaniesPanel", "Empresa %1 guardada.").arg(saved->rut),
                                      {}, saved->id};
        },
        [this](const AdminActionOutcome& outcome) { finishAction(outcome); });
}

void CompaniesPanel::toggleEnabled()
{
    const int row = m_model->rowOf(m_editingId);
    if (row < 0)
        return;
    const core::Company company = m_model->company(row);
    const bool enable = !company.enabled;
    if (!enable) {
        QMessageBox confirm(QMessageBox::Warning, tr("Deshabilitar empresa"),
                            tr("¿Deshabilitar %1 (%2)? Sus usuarios no podrán operar con ella hasta que se habilite de "
                               "nuevo.")
                                .arg(company.razonSocial, company.rut),
                            QMessageBox::Yes | QMessageBox::Cancel, this);
        confirm.setObjectName(QStringLiteral("disableCompanyConfirmation"));
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
        [session, clock, company, enable](core::Database& database) {
            core::CompanyService service(database, *clock);
            if (auto set = service.setEnabled(core::Actor::user(session), company.rut, enable); !set)
                return AdminActionOutcome{false, set.error().message(), {}, company.id};
            return AdminActionOutcome{true,
                                      enable ? QCoreApplication::translate("CompaniesPanel", "Empresa %1 habilitada.").arg(company.rut)
                                             : QCoreApplication::translate("CompaniesPanel", "Empresa %1 deshabilitada.").arg(company.rut),
                                      {}, company.id};
        },
        [this](const AdminActionOutcome& outcome) { finishAction(outcome); });
}

void CompaniesPanel::finishAction(const AdminActionOutcome& outcome)
{
    setBusy(false);
    m_status->setText(outcome.message);
    if (outcome.objectId != 0)
        m_selectAfterLoad = outcome.objectId;
    if (outcome.ok)
        reload();
    emit actionFinished(outcome.ok, outcome.message);
}

void CompaniesPanel::setBusy(bool busy)
{
    m_saveButton->setEnabled(!busy);
    m_newButton->setEnabled(!busy);
    if (busy)
        m_toggleButton->setEnabled(false);
}

} // namespace factora::ui
