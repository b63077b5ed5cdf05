// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

// Private to core/dte (libxml2 types).

#include "common/Result.h"
#include "xml/LibXmlSupport.h"

#include <QStringList>

namespace factora::core {

/**
 * @brief The SII's DTE_v10.xsd (with SiiTypes_v10.xsd and xmldsignature_v10.xsd), compiled once from the program's
 * resources; includes and imports resolve through XmlRuntime's loader, never from disk or the network.
 */
class DteSchema
{
public:
    /** @brief The compiled schema, or why it could not be compiled (a build defect). */
    static Result<const DteSchema*> instance();

    /** @brief Validates the DTE element @p dte (a validation root) in its document; one "línea N: reason" per error. */
    QStringList validate(xmlNode* dte) const;

    /** @brief The resource path of the main schema file. */
    static QString resourcePath();

private:
    explicit DteSchema(libxml::SchemaPtr schema);

    libxml::SchemaPtr m_schema;
};

} // namespace factora::core
