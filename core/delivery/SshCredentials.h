// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include <QByteArray>

namespace factora::core {

/**
 * @brief How SftpUploader authenticates: a private key (OpenSSH or PEM text, with an optional passphrase) or,
 * when no key is given, a password. Secrets only: never logged.
 */
struct SshCredentials
{
    QByteArray privateKey;
    QByteArray passphrase;
    QByteArray password;
};

} // namespace factora::core
