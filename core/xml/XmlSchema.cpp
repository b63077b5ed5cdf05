// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "XmlSchema.h"

#include "XmlRuntime.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QMutex>

#include <memory>
#include <utility>

namespace factora::core {

namespace {
struct Collected
{
    QStringList messages;
};

void collect(void* data, xmlErrorPtr error)
{
    auto* collected = static_cast<Collected*>(data);
    if (error == nullptr || collected->messages.size() >= 50)
        return;
    collected->messages << QCoreApplication::translate("XmlSchema", "línea %1: %2")
                               .arg(error->line)
                               .arg(QString::fromUtf8(error->message != nullptr ? error->message : "").trimmed());
}

struct Compiled
{
    std::unique_ptr<XmlSchema> schema;
    std::optional<Error> failure;
};
} // namespace

XmlSchema::XmlSchema(libxml::SchemaPtr schema, QString fileName)
    : m_schema(std::move(schema))
    , m_fileName(std::move(fileName))
{
}

Result<const XmlSchema*> XmlSchema::shared(const QString& resourcePath)
{
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<Compiled>> cache;
    const QMutexLocker lock(&mutex);
    std::shared_ptr<Compiled>& entry = cache[resourcePath];
    if (!entry) {
        entry = std::make_shared<Compiled>();
        const QString fileName = QFileInfo(resourcePath).fileName();
        if (auto ready = XmlRuntime::initialize(); !ready) {
            entry->failure = ready.error();
        } else {
            const QByteArray url = XmlRuntime::resourceUrl(resourcePath).toUtf8();
            libxml::SchemaParserCtxtPtr parser(xmlSchemaNewParserCtxt(url.constData()));
            Collected errors;
            if (parser)
                xmlSchemaSetParserStructuredErrors(parser.get(), collect, &errors);
            libxml::SchemaPtr compiled(parser ? xmlSchemaParse(parser.get()) : nullptr);
            if (compiled) {
                entry->schema.reset(new XmlSchema(std::move(compiled), fileName));
            } else {
                entry->failure = Error(ErrorCode::Internal,
                                       QCoreApplication::translate("XmlSchema",
                                                                   "No se pudo compilar el esquema %1 de los recursos: %2")
                                           .arg(fileName, errors.messages.join(u"; ")));
            }
        }
    }
    if (entry->failure)
        return *entry->failure;
    return static_cast<const XmlSchema*>(entry->schema.get());
}

QStringList XmlSchema::finish(int outcome, int line, QStringList messages) const
{
    if (outcome != 0 && messages.isEmpty()) {
        messages << QCoreApplication::translate("XmlSchema", "línea %1: el documento no cumple %2 (código %3).")
                        .arg(line)
                        .arg(m_fileName)
                        .arg(outcome);
    }
    return messages;
}

QStringList XmlSchema::validate(xmlDoc* document) const
{
    libxml::SchemaValidCtxtPtr context(xmlSchemaNewValidCtxt(m_schema.get()));
    Collected errors;
    xmlSchemaSetValidStructuredErrors(context.get(), collect, &errors);
    const int outcome = xmlSchemaValidateDoc(context.get(), document);
    xmlNode* root = xmlDocGetRootElement(document);
    return finish(outcome, root != nullptr ? libxml::lineOf(root) : 0, errors.messages);
}

QStringList XmlSchema::validate(xmlNode* element) const
{
    libxml::SchemaValidCtxtPtr context(xmlSchemaNewValidCtxt(m_schema.get()));
    Collected errors;
    xmlSchemaSetValidStructuredErrors(context.get(), collect, &errors);
    const int outcome = xmlSchemaValidateOneElement(context.get(), element);
    return finish(outcome, libxml::lineOf(element), errors.messages);
}

} // namespace factora::core
