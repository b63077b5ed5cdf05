// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "dispatch/DispatchCampaign.h"
#include "dispatch/DispatchRecord.h"
#include "dispatch/DispatchRepository.h"

#include <QDialog>
#include <QList>

class QLabel;
class QLineEdit;
class QPushButton;

namespace factora::ui {

/**
 * @brief Confirms resending a finished dispatch, optionally to a new e-mail address and/or phone.
 *
 * Says what will happen (a new dispatch with the same stored document; the original and its attempts stay as they
 * are) and warns when the address or phone is on the suppression list. Accepted only with a plausible e-mail
 * (something@domain) and a phone in +<country><number> form when given; core checks them again.
 */
class DispatchResendDialog : public QDialog
{
    Q_OBJECT

public:
    DispatchResendDialog(const core::DispatchRecord& dispatch, const QList<core::DispatchSuppression>& suppressions,
                         QWidget* parent = nullptr);

    /** @brief The new e-mail and phone typed (empty: keep the original's). */
    core::DispatchContact contact() const;

    qint64 dispatchId() const { return m_dispatchId; }

private:
    void validate();

    qint64 m_dispatchId = 0;
    QLineEdit* m_email = nullptr;
    QLineEdit* m_phone = nullptr;
    QLabel* m_problem = nullptr;
    QPushButton* m_confirm = nullptr;
};

} // namespace factora::ui
