// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "AecSchema.h"

#include "xml/XmlRuntime.h"

#include <QCoreApplication>

#include <mutex>
#include <optional>

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
        collected->messages << QCoreApplication::translate("AecSchema", "línea %1: %2")
                                   .arg(error->line)
                                   .arg(QString::fromUtf8(error->message != nullptr ? error->message : "").trimmed());
    }
} // namespace

AecSchema::AecSchema(libxml::SchemaPtr schema)
    : m_schema(std::move(schema))
{
}

QString AecSchema::resourcePath()
{
    return QStringLiteral(":/factora/dte/schemas/AEC_v10.xsd");
}

Result<const AecSchema*> AecSchema::instance()
{
    static std::once_flag once;
    static std::unique_ptr<AecSchema> schema;
    static std::optional<Error> failure;
    std::call_once(once, [] {
        if (auto ready = XmlRuntime::initialize(); !ready) {
            failure = ready.error();
            return;
        }
        // Loaded through its resource URL so the relative includes and imports resolve through the loader.
        const QByteArray url = XmlRuntime::resourceUrl(resourcePath()).toUtf8();
        libxml::SchemaParserCtxtPtr parser(xmlSchemaNewParserCtxt(url.constData()));
        Collected errors;
        xmlSchemaSetParserStructuredErrors(parser.get(), collect, &errors);
        libxml::SchemaPtr compiled(parser ? xmlSchemaParse(parser.get()) : nullptr);
        if (!compiled) {
            failure = Error(ErrorCode::Internal,
                            QCoreApplication::translate(
                                "AecSchema", "No se pudo compilar el esquema AEC_v10.xsd de los recursos: %1")
                                .arg(errors.messages.join(u"; ")));
            return;
        }
        schema.reset(new AecSchema(std::move(compiled)));
    });
    if (failure)
        return *failure;
    return static_cast<const AecSchema*>(schema.get());
}

QStringList AecSchema::validate(xmlDoc* doc) const
{
    libxml::SchemaValidCtxtPtr context(xmlSchemaNewValidCtxt(m_schema.get()));
    Collected errors;
    xmlSchemaSetValidStructuredErrors(context.get(), collect, &errors);
    const int outcome = xmlSchemaValidateDoc(context.get(), doc);
    if (outcome != 0 && errors.messages.isEmpty())
        errors.messages
            << QCoreApplication::translate("AecSchema", "el AEC no cumple el esquema (código %1).").arg(outcome);
    return errors.messages;
}

} // namespace factora::core
