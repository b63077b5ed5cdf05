// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

// Private to core/dte (libxml2 types).

#include "DteLocator.h"

#include <QByteArray>
#include <QStringList>

namespace factora::core {

/**
 * @brief A DTE cut out of its file as a standalone document, the way the SII checks documents nested in an envelope.
 *
 * The bytes are the XML declaration (the file's encoding) followed at once by the DTE's exact bytes, so line N of the
 * fragment is line (DTE line + N - 1) of the file. The DTE start tag gains only the namespace declarations that
 * the DTE's own elements and attributes use and that an ancestor declared (typically xmlns="…SiiDte"); unused
 * ones, such as an envelope's xmlns:xsi, are left out. A DTE in no namespace at all gets the SiiDte one, and
 * notes() says so.
 */
class DteFragment
{
public:
    static constexpr const char* siiNamespace = "http://www.sii.cl/SiiDte";

    static DteFragment build(const LocatedDte& dte, const QByteArray& fileBytes, const QString& encoding);

    const QByteArray& bytes() const { return m_bytes; }
    const QStringList& notes() const { return m_notes; }

private:
    QByteArray m_bytes;
    QStringList m_notes;
};

} // namespace factora::core
