// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "FaultSpec.h"
#include "common/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace factora::siisim {

/** @brief The command line of factora-sii-sim (docs/sii-sim.md lists every flag). */
struct SimOptions
{
    QString host = QStringLiteral("127.0.0.1"); ///< --listen HOST
    quint16 port = 0; ///< --listen PORT; 0 picks a free one
    QString tlsCertificate; ///< --tls-cert PEM; with tlsKey, serve HTTPS
    QString tlsKey; ///< --tls-key PEM
    QString stateFile; ///< --state FILE; empty keeps everything in memory
    int seedTtlSeconds = 120; ///< --seed-ttl-seconds
    int tokenTtlSeconds = 3600; ///< --token-ttl-seconds
    int pollsPerStage = 1; ///< --polls-per-stage: answers per intermediate stage
    qint64 maxUploadBytes = 20 * 1024 * 1024; ///< --max-upload-bytes: larger files get STATUS 2
    QList<FaultSpec> faults; ///< --fault, in order
    QStringList trustedCas; ///< --trusted-ca PEM files; empty accepts any issuer

    /** @brief Parses @p arguments (without the program name); InvalidInput naming the flag at fault. */
    static core::Result<SimOptions> parse(const QStringList& arguments);

    /** @brief The usage text, in Spanish. */
    static QString usage();
};

} // namespace factora::siisim
