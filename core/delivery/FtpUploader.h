// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "DeliveryDestination.h"
#include "TransferOptions.h"
#include "common/Result.h"

#include <QByteArray>

namespace factora::core {

/**
 * @brief Uploads a file to an FTP folder with Poco's FTPClientSession: passive mode, binary type.
 *
 * The file is written as ".<name>.part" in the destination folder and renamed to its name once complete, so
 * the reader never sees half a file. Connection failures, timeouts and 4xx replies are retried as the
 * TransferOptions say; 5xx replies (wrong password, missing folder) are not. Plain FTP sends the password in
 * clear: use it only on a private network, prefer SFTP.
 */
class FtpUploader
{
public:
    FtpUploader(DeliveryDestination destination, QByteArray password, TransferOptions options);

    /**
     * @brief Uploads the local file @p localPath as @p remoteName (a bare file name) into the destination folder.
     * @return Unavailable (network, timeouts, 4xx), Unauthenticated (login refused), Io (local file, 5xx) errors
     *         naming the host, the step and the server's reply
     */
    Status upload(const QString& localPath, const QString& remoteName) const;

private:
    RetryPolicy::Outcome attempt(const QString& localPath, const QString& remoteName) const;

    DeliveryDestination m_destination;
    QByteArray m_password;
    TransferOptions m_options;
};

} // namespace factora::core
