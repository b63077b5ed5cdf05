// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace factora::ui {

class CessionWizard;

/**
 * @brief Third step of CessionWizard: the cesionario (by default the factoring company) and the cession data, with
 * the cedente taken from the DTEs and the SII's declaración jurada shown, since no electronic Recibo is stored.
 */
class CessionPartiesPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit CessionPartiesPage(CessionWizard* wizard);

    void initializePage() override;
    bool validatePage() override;

    /** @brief Why the data cannot be used; empty when it can. */
    QString problem() const;

private:
    void updateDeclaration();

    CessionWizard* m_wizard;
    QLabel* m_cedenteLabel;
    QLineEdit* m_cedenteEmailLineEdit;
    QLineEdit* m_cedenteAddressLineEdit;
    QLineEdit* m_cesionarioRutLineEdit;
    QLineEdit* m_cesionarioNameLineEdit;
    QLineEdit* m_cesionarioAddressLineEdit;
    QLineEdit* m_cesionarioEmailLineEdit;
    QLineEdit* m_emailNotifLineEdit;
    QLabel* m_recibosLabel;
    QPlainTextEdit* m_declarationText;
    QLabel* m_problemLabel;
};

} // namespace factora::ui
