// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

// Private to core (libxml2 types).

#include "common/Result.h"
#include "xml/XmlSchema.h"

namespace factora::core {

/** @brief The SII's DTE_v10.xsd (with SiiTypes_v10.xsd and xmldsignature_v10.xsd), compiled once from the program's resources. */
class DteSchema
{
public:
    /** @brief The compiled schema, or why it could not be compiled (a build defect). */
    static Result<const XmlSchema*> instance() { return XmlSchema::shared(resourcePath()); }

    /** @brief The resource path of the main schema file. */
    static QString resourcePath() { return QStringLiteral(":/factora/dte/schemas/DTE_v10.xsd"); }
};

} // namespace factora::core
