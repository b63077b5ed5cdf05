// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

// Private to core (libxml2 types).

#include "common/Result.h"
#include "xml/XmlSchema.h"

namespace factora::core {

/** @brief The SII's AEC_v10.xsd (with the Cesion, DTECedido, Recibos, DTE and signature schemas it includes), compiled once from the program's resources. */
class AecSchema
{
public:
    /** @brief The compiled schema, or why it could not be compiled (a build defect). */
    static Result<const XmlSchema*> instance()
    {
        // Looked up once: XmlSchema::shared() locks and hashes the path on every call.
        static const Result<const XmlSchema*> schema = XmlSchema::shared(resourcePath());
        return schema;
    }

    /** @brief The resource path of the main schema file. */
    static QString resourcePath() { return QStringLiteral(":/factora/dte/schemas/AEC_v10.xsd"); }
};

} // namespace factora::core
