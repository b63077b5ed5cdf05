// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "DeliveryDestination.h"
#include "SshCredentials.h"
#include "TransferOptions.h"
#include "common/Result.h"

namespace factora::core {

/**
 * @brief Uploads a file to an SFTP folder with libssh (Poco has no SSH).
 *
 * The server's host key must be in the known_hosts file of the TransferOptions: an unknown or changed key is
 * refused before any credential is sent. Authentication by private key or password (SshCredentials). The file
 * is written as ".<name>.part" and renamed once complete. ~/.ssh/config and the system's known hosts are never
 * read. Connection failures and timeouts are retried; host key, authentication and permission failures are not.
 */
class SftpUploader
{
public:
    SftpUploader(DeliveryDestination destination, SshCredentials credentials, TransferOptions options);

    /**
     * @brief Uploads the local file @p localPath as @p remoteName into the destination folder.
     * @return Crypto (host key refused), Unauthenticated, Unavailable (network, timeouts) or Io errors naming
     *         the host, the step and the reason
     */
    Status upload(const QString& localPath, const QString& remoteName) const;

    /** @brief libssh's version, for logs and `--version`. */
    static QString libraryVersion();

private:
    RetryPolicy::Outcome attempt(const QString& localPath, const QString& remoteName) const;

    DeliveryDestination m_destination;
    SshCredentials m_credentials;
    TransferOptions m_options;
};

} // namespace factora::core
