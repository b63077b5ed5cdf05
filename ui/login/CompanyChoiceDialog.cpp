// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "CompanyChoiceDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace factora::ui {

namespace {
    QString settingsKey(const QString& username)
    {
        return QStringLiteral("ui/company/") + username;
    }
} // namespace

CompanyChoiceDialog::CompanyChoiceDialog(const QList<core::Company>& companies, std::optional<qint64> preselected,
                                         QWidget* parent)
    : QDialog(parent)
    , m_combo(new QComboBox(this))
{
    setObjectName(QStringLiteral("companyChoiceDialog"));
    setWindowTitle(tr("Factora — Empresa"));

    auto* text = new QLabel(tr("Usted trabaja para varias empresas. Elija con cuál trabajará en esta sesión; solo "
                               "verá los documentos de esa empresa."),
                            this);
    text->setWordWrap(true);

    m_combo->setObjectName(QStringLiteral("companyCombo"));
    for (const core::Company& company : companies) {
        m_combo->addItem(tr("%1 (RUT %2)").arg(company.razonSocial, company.rut), company.id);
        if (preselected && company.id == *preselected)
            m_combo->setCurrentIndex(m_combo->count() - 1);
    }
    auto* label = new QLabel(tr("&Empresa:"), this);
    label->setBuddy(m_combo);
    auto* form = new QFormLayout;
    form->addRow(label, m_combo);

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* choose = buttons->addButton(tr("Continuar"), QDialogButtonBox::AcceptRole);
    choose->setObjectName(QStringLiteral("chooseCompanyButton"));
    choose->setDefault(true);
    QPushButton* cancel = buttons->addButton(tr("Cancelar"), QDialogButtonBox::RejectRole);
    cancel->setObjectName(QStringLiteral("cancelCompanyButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addLayout(form);
    layout->addWidget(buttons);
    m_combo->setFocus();
    setMinimumWidth(440);
}

qint64 CompanyChoiceDialog::chosenCompanyId() const
{
    return m_combo->currentData().toLongLong();
}

std::optional<qint64> CompanyChoiceDialog::remembered(const QSettings& settings, const QString& username)
{
    bool ok = false;
    const qint64 id = settings.value(settingsKey(username)).toLongLong(&ok);
    return ok ? std::optional<qint64>(id) : std::nullopt;
}

void CompanyChoiceDialog::remember(QSettings& settings, const QString& username, qint64 companyId)
{
    settings.setValue(settingsKey(username), companyId);
}

} // namespace factora::ui
