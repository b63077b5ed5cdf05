// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace factora::core {

/**
 * @brief The SII's answer to an AEC upload (RECEPCIONAEC of RTCAnotEnvio.cgi).
 *
 * STATUS 0 means only that the file was received; the validation result comes later through getEstEnvio with the
 * TRACKID. Any other STATUS is a refusal of the upload, kept here with its meaning so the caller can store it.
 */
struct SiiUploadReceipt
{
    Q_DECLARE_TR_FUNCTIONS(SiiUploadReceipt)

public:
    int status = -1; ///< STATUS as the SII wrote it (0 received, 1, 2, 4, 5, 6, 9, 10 refusals)
    QString trackId; ///< TRACKID exactly as written, zero padding included ("0000038936"); empty unless 0
    QString timestamp; ///< TIMESTAMP text as written, e.g. "29-11-2006 14:50:13" (SII local time)
    QString rutSender; ///< RUTSENDER: the authenticated person
    QString rutCompany; ///< RUTCOMPANY: the cedente
    QString file; ///< FILE: the file name the SII read
    QString meaning; ///< Spanish meaning of STATUS (statusMeaning())
    QByteArray rawAnswer; ///< the answer's bytes exactly as received

    /** @brief True when STATUS is 0 and a TRACKID came with it. */
    bool received() const { return status == 0 && !trackId.isEmpty(); }

    /** @brief The Spanish meaning of an upload STATUS value, naming the value when it is not documented. */
    static QString statusMeaning(int status);

    /**
     * @brief Parses a RECEPCIONAEC answer (elements in any order, with or without namespace). InvalidInput naming
     * what is missing or wrong: not XML, another root, no numeric STATUS, STATUS 0 without TRACKID.
     */
    static Result<SiiUploadReceipt> parse(const QByteArray& answer);
};

} // namespace factora::core
