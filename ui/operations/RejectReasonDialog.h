// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QPlainTextEdit;

namespace factora::ui {

/** @brief Asks the reason for rejecting @p count DTEs; "Rechazar" stays disabled until a reason is written. */
class RejectReasonDialog : public QDialog
{
    Q_OBJECT

public:
    RejectReasonDialog(int count, QWidget* parent = nullptr);

    /** @brief The reason as written, trimmed. */
    QString reason() const;

private:
    void updateButtons();

    QPlainTextEdit* m_reason = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace factora::ui
