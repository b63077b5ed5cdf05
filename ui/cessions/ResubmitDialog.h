// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "common/Clock.h"
#include "crypto/CertificateInfo.h"
#include "crypto/Pkcs12Bundle.h"

#include <QDialog>
#include <QList>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace factora::core {
class SecretStore;
}

namespace factora::ui {

/**
 * @brief Asks for what "Reenviar" needs: the reason (recorded in the cession's history and the audit log) and the
 * certificate, with its password, that authenticates the upload to the SII.
 */
class ResubmitDialog : public QDialog
{
    Q_OBJECT

public:
    ResubmitDialog(const QString& documentText, core::SecretStore& secrets, const core::Clock& clock,
                   QWidget* parent = nullptr);

    QString reason() const;
    /** @brief The opened certificate, after the dialog was accepted. */
    std::shared_ptr<const core::Pkcs12Bundle> signer() const { return m_signer; }

    void accept() override;

private:
    core::SecretStore& m_secrets;
    const core::Clock& m_clock;
    QList<core::CertificateInfo> m_certificates;
    QPlainTextEdit* m_reasonText;
    QComboBox* m_certificateCombo;
    QLineEdit* m_passwordLineEdit;
    QLabel* m_problemLabel;
    std::shared_ptr<const core::Pkcs12Bundle> m_signer;
};

} // namespace factora::ui
