// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace factora::siisim {

/**
 * @brief The ESTADO_ENVIO codes of an AEC upload (§7.1 of the SII reference) in pipeline order, with the SII's
 * meaning of each and the stage that follows.
 */
class EnvioStage
{
public:
    enum class Code { UPL, RCP, RSC, SOK, RFS, FSO, RCR, COK, VDC, RDC, VCS, RCS, EOK, EAN };

    /** @brief The three-letter code, e.g. "SOK". */
    static QString name(Code code);
    /** @brief The code named @p name, or nothing when it is not one. */
    static std::optional<Code> fromName(const QString& name);
    /** @brief What the code means, in Spanish (the DESC_ESTADO the simulator answers). */
    static QString description(Code code);
    /** @brief True for EOK, EAN and the rejections: the upload never leaves it. */
    static bool isFinal(Code code);
    /** @brief True for RSC, RFS, RCR, RDC and RCS. */
    static bool isRejection(Code code);
};

} // namespace factora::siisim
