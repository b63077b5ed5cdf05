// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "dte/DteSignatureVerdict.h"

#include <QJsonObject>
#include <QString>

namespace factora::core {

/**
 * @brief One signature of an AEC, verified strictly (in the whole file) and the SII's way (inner documents cut out
 * with only the SiiDte default namespace, §3.4 of the SII reference; for DocumentoAEC the SII's way is in context).
 */
struct AecSignatureCheck
{
    QString element; ///< what is signed: "DTE/Documento", "DocumentoRecibo 1", "DocumentoDTECedido",
                     ///< "DocumentoCesion 2", "DocumentoAEC"
    int index = 1; ///< which signature of that element (1..3 for a DocumentoCesion)
    QString id; ///< the signed element's ID
    QString signerRut; ///< the RUT in the signing certificate; empty when it has none or it cannot be read
    QString signerName; ///< the certificate's CN; empty when unreadable
    QString computedDigest; ///< base64 SHA-1 of the inclusive C14N of the element in the file (strict context)
    DteSignatureVerdict strict;
    DteSignatureVerdict siiWay;

    /** @brief True when the signature verifies strictly or the SII's way. */
    bool holds() const { return strict.verified || siiWay.verified; }

    QJsonObject toJson() const;
};

} // namespace factora::core
