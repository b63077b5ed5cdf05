// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "DteInspectCommand.h"

#include "ExitCode.h"
#include "dte/DteReader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace factora::cli {

using namespace factora::core;

namespace {
QString amount(const std::optional<Money>& money)
{
    return money ? money->toDisplayString() : QStringLiteral("—");
}

QString signatureText(DteCheck::SignatureStatus status)
{
    switch (status) {
    case DteCheck::SignatureStatus::Valid:
        return QCoreApplication::translate("DteInspectCommand", "válida (estricta y como la verifica el SII)");
    case DteCheck::SignatureStatus::ValidSiiOnly:
        return QCoreApplication::translate("DteInspectCommand", "válida como la verifica el SII (no en forma estricta)");
    case DteCheck::SignatureStatus::Tampered:
        return QCoreApplication::translate("DteInspectCommand", "ALTERADA: el documento cambió después de firmarse");
    case DteCheck::SignatureStatus::Missing:
        return QCoreApplication::translate("DteInspectCommand", "ausente");
    }
    return {};
}

void printInspection(QTextStream& out, const DteInspection& inspection, int count)
{
    const Dte& dte = inspection.dte;
    const DteCheck& check = inspection.check;
    out << QCoreApplication::translate("DteInspectCommand", "%1 — DTE %2 de %3 (línea %4)")
               .arg(dte.sourceName())
               .arg(dte.index() + 1)
               .arg(count)
               .arg(dte.line())
        << '\n';
    out << "  " << QCoreApplication::translate("DteInspectCommand", "Tipo %1, folio %2, emitido %3, vence %4")
                       .arg(dte.tipo())
                       .arg(dte.folio())
                       .arg(dte.fechaEmision().toString(Qt::ISODate),
                            dte.fechaVencimiento().isValid() ? dte.fechaVencimiento().toString(Qt::ISODate)
                                                             : QStringLiteral("—"))
        << '\n';
    out << "  " << QCoreApplication::translate("DteInspectCommand", "Emisor:   %1 %2").arg(dte.emisor().rut, dte.emisor().razonSocial)
        << '\n';
    out << "  " << QCoreApplication::translate("DteInspectCommand", "Receptor: %1 %2").arg(dte.receptor().rut, dte.receptor().razonSocial)
        << '\n';
    out << "  " << QCoreApplication::translate("DteInspectCommand", "Montos:   neto %1, exento %2, IVA %3, total %4")
                       .arg(amount(dte.montos().neto), amount(dte.montos().exento), amount(dte.montos().iva),
                            dte.montos().total.toDisplayString())
        << '\n';
    out << "  " << QCoreApplication::translate("DteInspectCommand", "Esquema:  %1")
                       .arg(check.schemaValid ? QCoreApplication::translate("DteInspectCommand", "válido")
                                              : QCoreApplication::translate("DteInspectCommand", "no válido: %1")
                                                    .arg(check.schemaErrors.value(0)))
        << '\n';
    out << "  " << QCoreApplication::translate("DteInspectCommand", "Firma:    %1").arg(signatureText(check.signatureStatus()))
        << '\n';
    if (check.certificatePresent) {
        out << "  " << QCoreApplication::translate("DteInspectCommand", "Firmante: %1%2")
                           .arg(check.certificateSubject,
                                check.certificateHolderRut.isEmpty() ? QString()
                                                                     : QStringLiteral(" (RUT %1)").arg(check.certificateHolderRut))
            << '\n';
    }
    out << "  " << QCoreApplication::translate("DteInspectCommand", "Timbre:   %1")
                       .arg(check.tedPresent ? QCoreApplication::translate("DteInspectCommand", "presente")
                                             : QCoreApplication::translate("DteInspectCommand", "ausente"))
        << '\n';
    for (const QString& reason : inspection.reasons())
        out << "  ! " << reason << '\n';
    for (const QString& note : check.notes)
        out << "  · " << note << '\n';
}
} // namespace

QString DteInspectCommand::name() const
{
    return QStringLiteral("dte inspect");
}

QString DteInspectCommand::summary() const
{
    return QCoreApplication::translate("DteInspectCommand", "Muestra los datos, el esquema y las firmas de los DTE de cada archivo.");
}

void DteInspectCommand::configure(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("ARCHIVO..."),
                                 QCoreApplication::translate("DteInspectCommand", "DTE, EnvioDTE o AEC en XML."));
    parser.addOption(jsonOption());
}

int DteInspectCommand::execute(CliContext& context, const QCommandLineParser& parser)
{
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return usage(context, QCoreApplication::translate("DteInspectCommand", "falta al menos un archivo."));
    int exitCode = ExitCode::Ok;
    QJsonArray json;
    for (const QString& file : files) {
        auto inspections = DteReader::inspectFile(file);
        if (!inspections) {
            const int code = fail(context, inspections.error());
            exitCode = exitCode == ExitCode::Ok || exitCode == ExitCode::Verdict ? code : exitCode;
            json.append(QJsonObject{{QStringLiteral("file"), file}, {QStringLiteral("error"), inspections.error().message()}});
            continue;
        }
        for (const DteInspection& inspection : std::as_const(inspections.value())) {
            if (!inspection.acceptable() && exitCode == ExitCode::Ok)
                exitCode = ExitCode::Verdict;
            if (parser.isSet(jsonOption()))
                json.append(inspection.toJson());
            else
                printInspection(context.out(), inspection, int(inspections->size()));
        }
    }
    if (parser.isSet(jsonOption()))
        context.out() << QJsonDocument(json).toJson(QJsonDocument::Indented);
    return exitCode;
}

} // namespace factora::cli
