// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "common/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace factora::core {

/**
 * @brief Where a file is delivered: an SFTP or FTP folder, or e-mail recipients.
 *
 * Written as `sftp://user@host[:port]/folder`, `ftp://user@host[:port]/folder` or `mailto:a@b.cl,c@d.cl`.
 * The folder is the URL's path as written (absolute on the server; "/" when omitted). A URL never carries
 * a password: parse() refuses one; secrets come from the SecretStore under secretKey().
 */
class DeliveryDestination
{
public:
    /** @brief The transport. */
    enum class Kind { Sftp, Ftp, Mail };

    /**
     * @brief Parses one destination.
     * @return InvalidInput naming the text (never a password it carried) and what is wrong
     */
    static Result<DeliveryDestination> parse(const QString& text);

    /** @brief Parses destinations separated by spaces or ';' (an empty text is an empty list). */
    static Result<QList<DeliveryDestination>> parseList(const QString& text);

    Kind kind() const { return m_kind; }
    /** @brief The login name (SFTP, FTP). */
    const QString& user() const { return m_user; }
    /** @brief The server's name or address (SFTP, FTP). */
    const QString& host() const { return m_host; }
    /** @brief The TCP port: the URL's, else 22 (SFTP) or 21 (FTP). */
    int port() const { return m_port; }
    /** @brief The remote folder, always starting with '/' (SFTP, FTP). */
    const QString& directory() const { return m_directory; }
    /** @brief The e-mail addresses (mailto). */
    const QStringList& recipients() const { return m_recipients; }

    /** @brief The remote path of @p fileName inside directory(). */
    QString remotePath(const QString& fileName) const;

    /** @brief The canonical text of the destination, safe to log (it never contains a secret). */
    QString toString() const;

    /**
     * @brief The SecretStore key of a secret of this SFTP/FTP destination: "delivery/<scheme>/<host>/<user>/<item>",
     * where @p item is "password", "private_key" or "passphrase".
     */
    QString secretKey(const QString& item) const;

private:
    DeliveryDestination() = default;

    Kind m_kind = Kind::Mail;
    QString m_user;
    QString m_host;
    int m_port = 0;
    QString m_directory;
    QStringList m_recipients;
};

} // namespace factora::core
