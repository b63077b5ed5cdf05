// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "SmsMessageLength.h"

#include <QList>

namespace factora::core {

namespace {

    // GSM 03.38 default alphabet, in Unicode (0x1B, the escape to the extension table, is left out).
    constexpr char16_t gsmBasic[] = u"@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
                                    u"¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    // The extension table: each costs the escape septet plus its own.
    constexpr char16_t gsmExtension[] = u"\f^{}\\[~]|€";

    bool contains(const char16_t* table, char16_t c)
    {
        for (const char16_t* p = table; *p != 0; ++p) {
            if (*p == c) {
                return true;
            }
        }
        return false;
    }

    /** Packs characters of the given costs into segments of @p perSegment units without splitting one. */
    int countSegments(const QList<int>& costs, int total, int single, int perSegment)
    {
        if (total == 0) {
            return 0;
        }
        if (total <= single) {
            return 1;
        }
        int segments = 1;
        int used = 0;
        for (int cost : costs) {
            if (used + cost > perSegment) {
                ++segments;
                used = 0;
            }
            used += cost;
        }
        return segments;
    }

} // namespace

SmsMessageLength SmsMessageLength::measure(const QString& text)
{
    SmsMessageLength length;
    QList<int> costs;
    bool gsm = true;
    for (QChar c : text) {
        if (contains(gsmBasic, c.unicode())) {
            costs.append(1);
        } else if (contains(gsmExtension, c.unicode())) {
            costs.append(2);
        } else {
            gsm = false;
            break;
        }
    }
    if (gsm) {
        length.m_encoding = Encoding::Gsm7;
        for (int cost : costs) {
            length.m_units += cost;
        }
        length.m_segments = countSegments(costs, length.m_units, 160, 153);
        return length;
    }
    costs.clear();
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            costs.append(2);
            ++i;
        } else {
            costs.append(1);
        }
    }
    length.m_encoding = Encoding::Ucs2;
    length.m_units = static_cast<int>(text.size());
    length.m_segments = countSegments(costs, length.m_units, 70, 67);
    return length;
}

QString SmsMessageLength::encodingName() const
{
    return m_encoding == Encoding::Gsm7 ? QStringLiteral("GSM-7") : QStringLiteral("UCS-2");
}

} // namespace factora::core
