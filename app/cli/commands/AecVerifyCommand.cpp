// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "AecVerifyCommand.h"

#include "ExitCode.h"
#include "aec/AecVerifier.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace factora::cli {

using namespace factora::core;

namespace {
QString mark(bool held)
{
    return held ? QCoreApplication::translate("AecVerifyCommand", "sí") : QCoreApplication::translate("AecVerifyCommand", "no");
}
} // namespace

QString AecVerifyCommand::name() const
{
    return QStringLiteral("aec verify");
}

QString AecVerifyCommand::summary() const
{
    return QCoreApplication::translate("AecVerifyCommand", "Verifica un AEC: esquema, cada firma, la cadena de cesiones y las reglas.");
}

void AecVerifyCommand::configure(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("ARCHIVO"), QCoreApplication::translate("AecVerifyCommand", "AEC en XML."));
    parser.addOption(jsonOption());
}

int AecVerifyCommand::execute(CliContext& context, const QCommandLineParser& parser)
{
    if (parser.positionalArguments().size() != 1)
        return usage(context, QCoreApplication::translate("AecVerifyCommand", "falta el archivo AEC (uno solo)."));
    auto verification = AecVerifier::verifyFile(parser.positionalArguments().first(), context.clock());
    if (!verification)
        return fail(context, verification.error());
    const AecVerification& v = verification.value();
    if (parser.isSet(jsonOption())) {
        context.out() << QJsonDocument(v.toJson()).toJson(QJsonDocument::Indented);
        return v.ok() ? ExitCode::Ok : ExitCode::Verdict;
    }
    QTextStream& out = context.out();
    out << QCoreApplication::translate("AecVerifyCommand", "%1: DTE %2, cesiones: %3").arg(v.fileName, v.dteKey).arg(v.cesiones.size())
        << '\n';
    out << QCoreApplication::translate("AecVerifyCommand", "Esquema AEC_v10.xsd: %1")
               .arg(v.schemaValid ? QCoreApplication::translate("AecVerifyCommand", "válido")
                                  : QCoreApplication::translate("AecVerifyCommand", "no válido: %1").arg(v.schemaErrors.value(0)))
        << '\n';
    for (const AecSignatureCheck& signature : v.signatures) {
        out << QCoreApplication::translate("AecVerifyCommand", "Firma %1 #%2 (ID %3): estricta %4, al modo del SII %5 — %6 %7")
                   .arg(signature.element)
                   .arg(signature.index)
                   .arg(signature.id, mark(signature.strict.verified), mark(signature.siiWay.verified), signature.signerRut,
                        signature.signerName)
            << '\n';
    }
    for (const QString& problem : v.chainProblems)
        out << "  ! " << problem << '\n';
    for (const QString& problem : v.ruleProblems)
        out << "  ! " << problem << '\n';
    out << (v.ok() ? QCoreApplication::translate("AecVerifyCommand", "Resultado: el esquema y todas las firmas se cumplen.")
                   : QCoreApplication::translate("AecVerifyCommand", "Resultado: NO se cumplen el esquema o alguna firma."))
        << '\n';
    return v.ok() ? ExitCode::Ok : ExitCode::Verdict;
}

} // namespace factora::cli
