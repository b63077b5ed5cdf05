// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "SmtpSettings.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace factora::core {

Result<SmtpTlsMode> SmtpSettings::parseTlsMode(const QString& text)
{
    const QString mode = text.trimmed().toLower();
    if (mode == u"starttls"_s) {
        return SmtpTlsMode::StartTls;
    }
    if (mode == u"implicit"_s) {
        return SmtpTlsMode::Implicit;
    }
    if (mode == u"none"_s) {
        return SmtpTlsMode::None;
    }
    return Error(
        ErrorCode::InvalidInput,
        QCoreApplication::translate("SmtpSettings", "Modo TLS de SMTP «%1» no válido: use starttls, implicit o none")
            .arg(text));
}

} // namespace factora::core
