// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

// Private to core/aec (libxml2 types).

#include "common/Result.h"
#include "xml/LibXmlSupport.h"

#include <QStringList>

namespace factora::core {

/**
 * @brief The SII's AEC_v10.xsd (with Cesion, DTECedido, Recibos, DTE, SiiTypes and xmldsignature), compiled once
 * from the program's resources; includes and imports resolve through XmlRuntime's loader.
 */
class AecSchema
{
public:
    /** @brief The compiled schema, or why it could not be compiled (a build defect). */
    static Result<const AecSchema*> instance();

    /** @brief Validates the whole document @p doc; one "línea N: reason" per error, empty when valid. */
    QStringList validate(xmlDoc* doc) const;

    /** @brief The resource path of the main schema file. */
    static QString resourcePath();

private:
    explicit AecSchema(libxml::SchemaPtr schema);

    libxml::SchemaPtr m_schema;
};

} // namespace factora::core
