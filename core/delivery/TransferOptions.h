// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "RetryPolicy.h"

#include <QString>

namespace factora::core {

/** @brief How FtpUploader and SftpUploader talk to a server: timeouts, retries and, for SFTP, the known hosts. */
struct TransferOptions
{
    /** @brief Seconds to wait for a connection or for any answer of the server. */
    int timeoutSeconds = 30;
    /** @brief Retries of transient failures (connection refused, timeouts, FTP 4xx). */
    RetryPolicy retry;
    /** @brief SFTP: the OpenSSH known_hosts file that must hold the server's key. */
    QString knownHostsFile;
};

} // namespace factora::core
