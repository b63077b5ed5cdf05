// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include <QString>

namespace factora::core {

/** @brief One SMS for SmsGateway::send(): the debtor's phone, the rendered text and our dispatch id. */
struct SmsMessage
{
    /** @brief E.164 number: '+' then 8 to 15 digits, e.g. "+56912345678". */
    QString phone;
    /** @brief The text, already checked with SmsMessageLength (DispatchTemplates::renderSms() does it). */
    QString text;
    /** @brief Our dispatch id, sent as "reference" so the provider's receipts can name it back. */
    QString reference;
};

} // namespace factora::core
