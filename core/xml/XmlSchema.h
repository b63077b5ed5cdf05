// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

// Private to core (libxml2 types).

#include "common/Result.h"
#include "xml/LibXmlSupport.h"

#include <QString>
#include <QStringList>

namespace factora::core {

/**
 * @brief A W3C XML schema compiled once per process from the program's resources.
 *
 * The main file is loaded through its resource URL, so its relative includes and imports resolve through
 * XmlRuntime's loader, never from disk or the network. Validation reports at most 50 errors, one
 * "línea N: reason" each (libxml2's own English reason).
 */
class XmlSchema
{
public:
    /** @brief The schema whose main file is the resource @p resourcePath, compiled on first use. */
    static Result<const XmlSchema*> shared(const QString& resourcePath);

    /** @brief Validates the whole @p document. */
    QStringList validate(xmlDoc* document) const;
    /** @brief Validates @p element as a validation root in its document. */
    QStringList validate(xmlNode* element) const;

private:
    XmlSchema(libxml::SchemaPtr schema, QString fileName);
    /** @brief The errors collected, or a generic one naming @p outcome when libxml2 failed without saying why. */
    QStringList finish(int outcome, int line, QStringList messages) const;

    libxml::SchemaPtr m_schema;
    QString m_fileName;
};

} // namespace factora::core
