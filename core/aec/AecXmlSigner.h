// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

// Private to core/aec.

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

#include <libxml/tree.h>

namespace factora::core {

class Pkcs12Bundle;

/**
 * @brief Makes one XML-DSig signature per the SII's profile with libxmlsec1, as text to splice into an AEC.
 *
 * The profile: inclusive C14N 1.0 without comments, RSA-SHA1, SHA-1 digest, exactly one Reference to "#ID" with no
 * Transforms, KeyInfo with KeyValue/RSAKeyValue and X509Data with exactly one X509Certificate (the signer's). The
 * SignedInfo declares xmlns="…xmldsig#" and xmlns:xsi itself (§3.5 of the SII reference), so its canonical form is
 * the same in the AEC and in a fragment cut out of it.
 */
class AecXmlSigner
{
    Q_DECLARE_TR_FUNCTIONS(AecXmlSigner)

public:
    /** @brief The unsigned Signature element (template) referencing "#" + @p id. */
    static QByteArray signatureTemplate(const QByteArray& id);

    /**
     * @brief Parses @p document (a whole XML document, as it will stand around the signed element), signs its one
     * unsigned signature template, which must reference the element whose ID is @p id, with @p bundle's key and
     * certificate, and returns that Signature element's bytes (ASCII). Nothing else in @p document changes, so the
     * caller keeps its own bytes and splices the returned text where the template was.
     */
    static Result<QByteArray> sign(const QByteArray& document, const QByteArray& id, const Pkcs12Bundle& bundle);

    /** @brief One signature of signInPlace(): the ID its template references and whose key signs it. */
    struct Job
    {
        QByteArray id;
        const Pkcs12Bundle* signer = nullptr;
    };

    /**
     * @brief Signs, in the already parsed @p document, its unsigned signature templates in document order: the
     * i-th template with @p jobs[i], whose ID it must reference. Each signer's key is loaded once for all its
     * signatures. A template is signed after every template before it, so a signature over an element that holds
     * earlier ones (DocumentoAEC) digests them signed. Returns each Signature element's bytes (ASCII), in order;
     * the tree keeps the signed values. Nothing outside the templates changes.
     */
    static Result<QList<QByteArray>> signInPlace(xmlDoc* document, const QList<Job>& jobs);
};

} // namespace factora::core
