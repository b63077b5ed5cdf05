// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "DeliveryDestination.h"
#include "SmtpSettings.h"
#include "TransferOptions.h"
#include "common/Configuration.h"
#include "common/Result.h"

#include <QMap>
#include <QStringList>
#include <QTime>

namespace factora::core {

/**
 * @brief The delivery/... and smtp/... settings (docs/delivery.md): the daily rendición job, its destinations and
 * the transports. Holds no secret: passwords and keys are read from the SecretStore when a file is delivered.
 */
struct DeliverySettings
{
    /** @brief America/Santiago time of the daily run (delivery/rendicion_time, default 18:30). */
    QTime rendicionTime;
    /** @brief Channels generated each banking day (delivery/channels, default "CV IN"). */
    QStringList channels;
    /** @brief Folder the rendición files are written to; empty: the daily job is off. */
    QString outputDirectory;
    /** @brief Destinations per channel (delivery/cv_destinations, delivery/in_destinations). */
    QMap<QString, QList<DeliveryDestination>> destinations;
    /** @brief Folder of the secret files (FileSecretStore); empty: no secrets. */
    QString secretsDirectory;
    /** @brief Timeouts, retries and known_hosts for SFTP and FTP; the retries also apply to e-mail. */
    TransferOptions transfer;
    /** @brief The SMTP relay, without its password (SecretStore key "smtp/password"). */
    SmtpSettings smtp;
    /** @brief Sender address of delivery e-mails (smtp/from). */
    QString mailFrom;

    /** @brief True when the daily job should run (an output folder is configured). */
    bool schedulerEnabled() const { return !outputDirectory.isEmpty(); }

    /**
     * @brief Reads every delivery/... and smtp/... key.
     * @return a Configuration error naming the key and its value when one is malformed
     */
    static Result<DeliverySettings> fromConfiguration(const Configuration& configuration);
};

} // namespace factora::core
