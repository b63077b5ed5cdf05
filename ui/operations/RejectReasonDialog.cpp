// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "RejectReasonDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace factora::ui {

RejectReasonDialog::RejectReasonDialog(int count, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("rejectReasonDialog"));
    setWindowTitle(tr("Rechazar DTE"));
    auto* layout = new QVBoxLayout(this);
    auto* prompt = new QLabel(
        tr("Motivo del rechazo de %n DTE. El cedente lo verá junto a cada documento.", nullptr, count), this);
    prompt->setWordWrap(true);
    layout->addWidget(prompt);
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("rejectReasonEdit"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("Por ejemplo: el deudor tiene facturas impagas"));
    prompt->setBuddy(m_reason);
    layout->addWidget(m_reason);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Rechazar"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("rejectConfirmButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancelar"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &RejectReasonDialog::updateButtons);
    updateButtons();
    m_reason->setFocus();
}

QString RejectReasonDialog::reason() const
{
    return m_reason->toPlainText().simplified();
}

void RejectReasonDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!reason().isEmpty());
}

} // namespace factora::ui
