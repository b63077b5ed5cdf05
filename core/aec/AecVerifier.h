// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "AecVerification.h"
#include "common/Clock.h"
#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace factora::core {

/**
 * @brief Reads and checks any AEC, ours or a third party's, as leniently as real SII-accepted files need.
 *
 * The file is untrusted (SafeXmlParser: no DOCTYPE, entities, network or disk; ISO-8859-1, windows-1252 or UTF-8).
 * It reports the AEC_v10.xsd verdict; every signature (the emitter's DTE, DTECedido, each signature of each Cesion,
 * DocumentoAEC), each strictly in the file and the SII's way (inner documents cut out byte for byte with only the
 * SiiDte default namespace; DocumentoAEC in context); the chain of cessions (SeqCesion 1..N, the first cedente is
 * the DTE's emitter, each cedente is the previous cesionario); and the SII's rules (§4 of the reference). File-level
 * failures (not XML, not an AEC) are InvalidInput errors; everything else is in the AecVerification.
 */
class AecVerifier
{
    Q_DECLARE_TR_FUNCTIONS(AecVerifier)

public:
    /** @brief Checks @p bytes; @p fileName names the file in messages; @p clock dates "in the future". */
    static Result<AecVerification> verify(const QByteArray& bytes, const QString& fileName,
                                          const Clock& clock = Clock::system());

    /** @brief Reads the file at @p path (at most 20 MiB) and checks it. */
    static Result<AecVerification> verifyFile(const QString& path, const Clock& clock = Clock::system());
};

} // namespace factora::core
