// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include <QDialog>

class QPlainTextEdit;
class QPushButton;

namespace factora::ui {

/** @brief Asks for the reason a reconciliation difference is resolved; "Resolver" stays off until one is written. */
class ResolveDifferenceDialog : public QDialog
{
    Q_OBJECT

public:
    /** @brief @p description says which difference (transaction, invoice, what differs). */
    explicit ResolveDifferenceDialog(const QString& description, QWidget* parent = nullptr);

    QString reason() const;

private:
    QPlainTextEdit* m_reason = nullptr;
    QPushButton* m_resolve = nullptr;
};

} // namespace factora::ui
