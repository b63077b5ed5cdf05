// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "RenumberDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace factora::ui {

RenumberDialog::RenumberDialog(const QString& currentNumber, QWidget* parent)
    : QDialog(parent)
    , m_current(currentNumber)
{
    setObjectName(QStringLiteral("renumberDialog"));
    setWindowTitle(tr("Cambiar número de operación"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    form->addRow(tr("Número actual:"), new QLabel(currentNumber, this));
    m_number = new QLineEdit(currentNumber, this);
    m_number->setObjectName(QStringLiteral("renumberEdit"));
    m_number->setMaxLength(30);
    m_number->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[A-Za-z0-9][A-Za-z0-9./_-]{0,29}")), m_number));
    m_number->selectAll();
    form->addRow(tr("&Número nuevo:"), m_number);
    layout->addLayout(form);
    m_confirm = new QCheckBox(tr("&Confirmo el cambio: queda registrado en el historial y en la auditoría."), this);
    m_confirm->setObjectName(QStringLiteral("renumberConfirmCheck"));
    layout->addWidget(m_confirm);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Cambiar número"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("renumberOkButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancelar"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_number, &QLineEdit::textChanged, this, &RenumberDialog::updateButtons);
    connect(m_confirm, &QCheckBox::toggled, this, &RenumberDialog::updateButtons);
    updateButtons();
}

QString RenumberDialog::number() const
{
    return m_number->text().trimmed();
}

void RenumberDialog::updateButtons()
{
    const QString next = number();
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!next.isEmpty() && next != m_current && m_number->hasAcceptableInput() && m_confirm->isChecked());
}

} // namespace factora::ui
