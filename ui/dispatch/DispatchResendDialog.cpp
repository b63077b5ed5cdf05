// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "DispatchResendDialog.h"

#include "DispatchWords.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace factora::ui {

DispatchResendDialog::DispatchResendDialog(const core::DispatchRecord& dispatch,
                                           const QList<core::DispatchSuppression>& suppressions, QWidget* parent)
    : QDialog(parent)
    , m_dispatchId(dispatch.id)
{
    setObjectName(QStringLiteral("dispatchResendDialog"));
    setWindowTitle(tr("Reenviar factura"));
    auto* layout = new QVBoxLayout(this);

    auto* what = new QLabel(
        tr("Se creará un envío nuevo de la factura tipo %1, folio %2, a %3 (%4), con el mismo documento guardado. "
           "El envío %5 y su registro de intentos no cambian. Estado actual: %6.")
            .arg(dispatch.tipo)
            .arg(dispatch.folio)
            .arg(dispatch.debtorName, dispatch.debtorRut)
            .arg(dispatch.id)
            .arg(DispatchWords::state(dispatch.state).toLower()),
        this);
    what->setObjectName(QStringLiteral("resendSummaryLabel"));
    what->setWordWrap(true);
    layout->addWidget(what);

    for (const core::DispatchSuppression& suppression : suppressions) {
        auto* warning = new QLabel(tr("%1 está en la lista de supresión desde el %2: %3. Indique otro correo o un "
                                      "teléfono; si no, el reenvío quedará suprimido de nuevo.")
                                       .arg(suppression.address,
                                            suppression.firstFailedAt.toLocalTime().toString(u"dd-MM-yyyy HH:mm"),
                                            suppression.reason),
                                   this);
        warning->setObjectName(QStringLiteral("resendSuppressionWarning"));
        warning->setWordWrap(true);
        warning->setStyleSheet(QStringLiteral("color:#b00020"));
        layout->addWidget(warning);
    }

    auto* form = new QFormLayout;
    m_email = new QLineEdit(this);
    m_email->setObjectName(QStringLiteral("resendEmailEdit"));
    m_email->setPlaceholderText(dispatch.email.isEmpty() ? tr("(sin correo)") : tr("igual: %1").arg(dispatch.email));
    m_email->setClearButtonEnabled(true);
    form->addRow(tr("&Correo nuevo:"), m_email);
    m_phone = new QLineEdit(this);
    m_phone->setObjectName(QStringLiteral("resendPhoneEdit"));
    m_phone->setPlaceholderText(dispatch.phone.isEmpty() ? tr("(sin teléfono; p. ej. +56912345678)")
                                                         : tr("igual: %1").arg(dispatch.phone));
    m_phone->setClearButtonEnabled(true);
    form->addRow(tr("&Teléfono nuevo:"), m_phone);
    layout->addLayout(form);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("resendProblemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color:#b00020"));
    m_problem->hide();
    layout->addWidget(m_problem);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_confirm = buttons->button(QDialogButtonBox::Ok);
    m_confirm->setText(tr("&Reenviar"));
    m_confirm->setObjectName(QStringLiteral("resendConfirmButton"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancelar"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_email, &QLineEdit::textChanged, this, &DispatchResendDialog::validate);
    connect(m_phone, &QLineEdit::textChanged, this, &DispatchResendDialog::validate);
    validate();
}

core::DispatchContact DispatchResendDialog::contact() const
{
    return core::DispatchContact { m_email->text().trimmed(), m_phone->text().trimmed() };
}

void DispatchResendDialog::validate()
{
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    static const QRegularExpression phone(QStringLiteral("^\\+[1-9][0-9]{7,14}$"));
    const core::DispatchContact typed = contact();
    QString problem;
    if (!typed.email.isEmpty() && !email.match(typed.email).hasMatch())
        problem = tr("«%1» no parece un correo (nombre@dominio.cl).").arg(typed.email);
    else if (!typed.phone.isEmpty() && !phone.match(typed.phone).hasMatch())
        problem = tr("«%1» no es un teléfono válido: + y código de país, sin espacios (p. ej. +56912345678).")
                      .arg(typed.phone);
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_confirm->setEnabled(problem.isEmpty());
}

} // namespace factora::ui
