// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "DeliveryDestination.h"
#include "DeliveryRecord.h"
#include "DeliverySettings.h"
#include "common/Clock.h"
#include "secrets/SecretStore.h"

namespace factora::core {

/**
 * @brief Delivers a file to a DeliveryDestination with the right transport: SftpUploader, FtpUploader, or
 * MailSender with the file attached.
 *
 * Secrets come from @p secrets: "delivery/<scheme>/<host>/<user>/password", ".../private_key" and
 * ".../passphrase" (DeliveryDestination::secretKey()) and "smtp/password". Never throws; every outcome is a
 * DeliveryRecord, also logged.
 */
class FileDeliverer
{
public:
    FileDeliverer(DeliverySettings settings, const SecretStore& secrets, const Clock& clock = Clock::system());

    /**
     * @brief Delivers @p filePath to @p destination; for e-mail, with @p subject and @p body (plain text).
     * An e-mail counts as delivered when the relay accepted every recipient.
     */
    DeliveryRecord deliver(const QString& filePath, const DeliveryDestination& destination, const QString& subject,
                           const QString& body) const;

private:
    Status deliverByFileTransfer(const QString& filePath, const DeliveryDestination& destination) const;
    DeliveryRecord deliverByMail(const QString& filePath, const DeliveryDestination& destination,
                                 const QString& subject, const QString& body) const;
    Result<QByteArray> optionalSecret(const QString& key) const;

    DeliverySettings m_settings;
    const SecretStore& m_secrets;
    const Clock& m_clock;
};

} // namespace factora::core
