// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "crypto/CertificateInfo.h"

#include <QList>
#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;

namespace factora::ui {

class CessionWizard;

/**
 * @brief Second step of CessionWizard: the signing certificate from the keychain and its password. An expired (or
 * not yet valid) certificate is refused with the reason; the password opens the key only in memory.
 */
class CessionCertificatePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit CessionCertificatePage(CessionWizard* wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    /** @brief Why the chosen certificate cannot sign now; empty when it can (as far as its dates and RUT say). */
    QString problem() const;

private:
    void onCertificateChosen();

    CessionWizard* m_wizard;
    QList<core::CertificateInfo> m_certificates;
    QComboBox* m_certificateCombo;
    QLineEdit* m_passwordLineEdit;
    QLabel* m_detailsLabel;
    QLabel* m_problemLabel;
};

} // namespace factora::ui
