// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

// Private to core/sii.

#include "types/Rut.h"

#include <QByteArray>
#include <QString>

namespace factora::core {

/**
 * @brief The RFC 1867 multipart/form-data body of an AEC upload to RTCAnotEnvio.cgi.
 *
 * Fields in the order the SII's manual gives: emailNotif, rutCompany (RUT body, no DV, no dots), dvCompany, archivo
 * (filename, Content-Type: text/xml, the bytes untouched); CRLF line ends; each part opens with "--" + boundary and
 * the body closes with "--" + boundary + "--" CRLF.
 */
class SiiMultipart
{
public:
    /** @brief The body for the given fields with @p boundary (which must not occur in @p file). */
    static QByteArray body(const QByteArray& boundary, const QString& emailNotif, const Rut& company,
                           const QString& fileName, const QByteArray& file);

    /** @brief The Content-Type header value for @p boundary. */
    static QByteArray contentType(const QByteArray& boundary);

    /** @brief A fresh random boundary that does not occur in @p file. */
    static QByteArray boundaryFor(const QByteArray& file);
};

} // namespace factora::core
