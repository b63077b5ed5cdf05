// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include <QString>

namespace factora::core {

/**
 * @brief How long an SMS text is on the air: GSM 03.38 7-bit (160 septets, 153 per segment when concatenated,
 * characters of the extension table such as € [ ] { } count two) when every character fits, else UCS-2
 * (70 code units, 67 per segment; characters outside the BMP count two).
 */
class SmsMessageLength
{
public:
    enum class Encoding { Gsm7, Ucs2 };

    /** @brief Measures @p text. */
    static SmsMessageLength measure(const QString& text);

    Encoding encoding() const { return m_encoding; }
    /** @brief Septets (GSM-7) or UTF-16 code units (UCS-2). */
    int units() const { return m_units; }
    /** @brief Segments the text takes: 1 up to 160/70 units, else ceil(units / 153 or 67); 0 for an empty text. */
    int segments() const { return m_segments; }
    /** @brief "GSM-7" or "UCS-2". */
    QString encodingName() const;

private:
    Encoding m_encoding = Encoding::Gsm7;
    int m_units = 0;
    int m_segments = 0;
};

} // namespace factora::core
