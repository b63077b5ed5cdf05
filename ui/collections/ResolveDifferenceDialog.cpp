// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "ResolveDifferenceDialog.h"

#include "rendicion/ReconciliationResolutionService.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace factora::ui {

ResolveDifferenceDialog::ResolveDifferenceDialog(const QString& description, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("resolveDifferenceDialog"));
    setWindowTitle(tr("Resolver diferencia"));
    auto* text = new QLabel(description, this);
    text->setWordWrap(true);
    auto* prompt = new QLabel(tr("&Motivo (obligatorio; queda registrado en la auditoría):"), this);
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("resolveReason"));
    m_reason->setTabChangesFocus(true);
    prompt->setBuddy(m_reason);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_resolve = buttons->addButton(tr("&Resolver"), QDialogButtonBox::AcceptRole);
    m_resolve->setObjectName(QStringLiteral("resolveConfirm"));
    m_resolve->setEnabled(false);
    connect(m_reason, &QPlainTextEdit::textChanged, this, [this]() {
        const QString reason = m_reason->toPlainText().trimmed();
        m_resolve->setEnabled(!reason.isEmpty()
                              && reason.size() <= core::ReconciliationResolutionService::maximumReasonLength);
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(prompt);
    layout->addWidget(m_reason);
    layout->addWidget(buttons);
    m_reason->setFocus();
}

QString ResolveDifferenceDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

} // namespace factora::ui
