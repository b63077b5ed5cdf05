// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "CessionDtesPage.h"

#include "ApprovedDteTableModel.h"
#include "BackgroundTask.h"
#include "CessionQueries.h"
#include "CessionWizard.h"
#include "storage/Database.h"
#include "workspace/CompanyContext.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace factora::ui {

CessionDtesPage::CessionDtesPage(CessionWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_model(new ApprovedDteTableModel(this))
    , m_table(new QTableView(this))
    , m_statusLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("cessionDtesPage"));
    setTitle(tr("Facturas a ceder"));
    setSubTitle(tr("Marque las facturas aprobadas por la factoring que desea ceder. Se firma un AEC por factura."));
    m_table->setObjectName(QStringLiteral("approvedDteTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_statusLabel->setObjectName(QStringLiteral("dtesStatusLabel"));
    m_statusLabel->setWordWrap(true);

    auto* all = new QPushButton(tr("Marcar &todas"), this);
    all->setObjectName(QStringLiteral("checkAllDtesButton"));
    auto* none = new QPushButton(tr("&Desmarcar"), this);
    none->setObjectName(QStringLiteral("uncheckAllDtesButton"));
    connect(all, &QPushButton::clicked, m_model, [this]() { m_model->setAllChecked(true); });
    connect(none, &QPushButton::clicked, m_model, [this]() { m_model->setAllChecked(false); });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(all);
    buttons->addWidget(none);
    buttons->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_statusLabel);
    connect(m_model, &ApprovedDteTableModel::checkedChanged, this, &QWizardPage::completeChanged);
}

void CessionDtesPage::initializePage()
{
    m_loaded = false;
    m_statusLabel->setText(tr("Leyendo las facturas aprobadas…"));
    const std::shared_ptr<core::Database> database = m_wizard->context().database;
    const std::optional<QList<qint64>> companyIds = m_wizard->context().company->visibleCompanyIds(m_wizard->session());
    BackgroundTask::run<core::Result<QList<core::DteRecord>>>(
        this,
        [database, companyIds](auto&) {
            auto dtes = CessionQueries::cedibleDtes(*database, companyIds);
            database->releaseThreadConnection();
            return dtes;
        },
        [this](const core::Result<QList<core::DteRecord>>& dtes) {
            m_loaded = true;
            if (!dtes) {
                m_model->setDtes({});
                m_statusLabel->setText(tr("No se pudieron leer las facturas: %1").arg(dtes.error().message()));
                return;
            }
            m_model->setDtes(dtes.value());
            m_table->resizeColumnsToContents();
            m_statusLabel->setText(dtes->isEmpty()
                                       ? tr("No hay facturas aprobadas por ceder. Las facturas se ceden después de que "
                                            "la factoring les da el visto bueno.")
                                       : tr("%n factura(s) aprobada(s) por ceder.", nullptr, int(dtes->size())));
        });
}

bool CessionDtesPage::isComplete() const
{
    return !m_model->checkedDtes().isEmpty();
}

bool CessionDtesPage::validatePage()
{
    m_wizard->state().dtes = m_model->checkedDtes();
    return !m_wizard->state().dtes.isEmpty();
}

} // namespace factora::ui
