// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "DteSchema.h"

#include "xml/XmlRuntime.h"

#include <QCoreApplication>
#include <QFile>

#include <mutex>

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
        collected->messages << QCoreApplication::translate("DteSchema", "línea %1: %2")
                                   .arg(error->line)
                                   .arg(QString::fromUtf8(error->message != nullptr ? error->message : "").trimmed());
    }
} // namespace

DteSchema::DteSchema(libxml::SchemaPtr schema)
    : m_schema(std::move(schema))
{
}

QString DteSchema::resourcePath()
{
    return QStringLiteral(":/factora/dte/schemas/DTE_v10.xsd");
}

Result<const DteSchema*> DteSchema::instance()
{
    static std::once_flag once;
    static std::unique_ptr<DteSchema> schema;
    static std::optional<Error> failure;
    std::call_once(once, [] {
        if (auto ready = XmlRuntime::initialize(); !ready) {
            failure = ready.error();
            return;
        }
        // Loading the main file through its resource URL gives it a base from which the relative
        // include and import resolve, again through the loader.
        const QByteArray url = XmlRuntime::resourceUrl(resourcePath()).toUtf8();
        libxml::SchemaParserCtxtPtr parser(xmlSchemaNewParserCtxt(url.constData()));
        Collected errors;
        xmlSchemaSetParserStructuredErrors(parser.get(), collect, &errors);
        libxml::SchemaPtr compiled(parser ? xmlSchemaParse(parser.get()) : nullptr);
        if (!compiled) {
            failure = Error(
                ErrorCode::Internal,
                QCoreApplication::translate("DteSchema", "No se pudo compilar el esquema DTE_v10.xsd de los recursos: %1").arg(errors.messages.join(u"; ")));
            return;
        }
        schema.reset(new DteSchema(std::move(compiled)));
    });
    if (failure)
        return *failure;
    return static_cast<const DteSchema*>(schema.get());
}

QStringList DteSchema::validate(xmlNode* dte) const
{
    libxml::SchemaValidCtxtPtr context(xmlSchemaNewValidCtxt(m_schema.get()));
    Collected errors;
    xmlSchemaSetValidStructuredErrors(context.get(), collect, &errors);
    const int outcome = xmlSchemaValidateOneElement(context.get(), dte);
    if (outcome != 0 && errors.messages.isEmpty())
        errors.messages
            << QCoreApplication::translate("DteSchema", "línea %1: el DTE no cumple el esquema (código %2).").arg(libxml::lineOf(dte)).arg(outcome);
    return errors.messages;
}

} // namespace factora::core
