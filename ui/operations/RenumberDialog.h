// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLineEdit;

namespace factora::ui {

/**
 * @brief Asks the new number of an operation ("actualizar número") and its confirmation: "Cambiar número" is enabled
 * only with a number different from the current one and the confirmation box ticked.
 */
class RenumberDialog : public QDialog
{
    Q_OBJECT

public:
    RenumberDialog(const QString& currentNumber, QWidget* parent = nullptr);

    /** @brief The new number, trimmed. */
    QString number() const;

private:
    void updateButtons();

    QString m_current;
    QLineEdit* m_number = nullptr;
    QCheckBox* m_confirm = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace factora::ui
