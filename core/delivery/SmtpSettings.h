// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>

namespace factora::core {

/** @brief How MailSender protects the SMTP connection. */
enum class SmtpTlsMode {
    StartTls, ///< plain connection upgraded with STARTTLS; refused when the server does not offer it (port 587)
    Implicit, ///< TLS from the first byte (SMTPS, port 465)
    None, ///< no TLS at all: only for a relay on the same machine; never with a password
};

/** @brief The SMTP relay MailSender talks to. The password is a secret: never logged. */
struct SmtpSettings
{
    QString host;
    int port = 587;
    SmtpTlsMode tls = SmtpTlsMode::StartTls;
    /** @brief Login for AUTH PLAIN/LOGIN; empty: no authentication. */
    QString user;
    QByteArray password;
    /** @brief PEM file of the CAs that may sign the server's certificate; empty: the system's CAs. */
    QString caFile;
    int timeoutSeconds = 30;
    /** @brief The name given in EHLO; empty: the machine's host name. */
    QString heloName;

    /** @brief "starttls", "implicit" or "none"; InvalidInput otherwise. */
    static Result<SmtpTlsMode> parseTlsMode(const QString& text);
};

} // namespace factora::core
