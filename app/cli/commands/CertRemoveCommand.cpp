// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "CertRemoveCommand.h"

#include "ExitCode.h"
#include "crypto/CertificateStore.h"

#include <QCoreApplication>

namespace factora::cli {

QString CertRemoveCommand::name() const
{
    return QStringLiteral("cert remove");
}

QString CertRemoveCommand::summary() const
{
    return QCoreApplication::translate("CertRemoveCommand", "Elimina un certificado del llavero.");
}

void CertRemoveCommand::configure(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("ID"),
                                 QCoreApplication::translate("CertRemoveCommand", "ID del certificado (o sus primeros 8 caracteres o más)."));
}

int CertRemoveCommand::execute(CliContext& context, const QCommandLineParser& parser)
{
    if (parser.positionalArguments().size() != 1)
        return usage(context, QCoreApplication::translate("CertRemoveCommand", "falta el ID del certificado (uno solo)."));
    core::CertificateStore store(context.secrets(), context.clock());
    auto info = store.find(parser.positionalArguments().first());
    if (!info)
        return fail(context, info.error());
    if (auto removed = store.remove(info->id); !removed)
        return fail(context, removed.error());
    context.out() << QCoreApplication::translate("CertRemoveCommand", "Certificado %1 (%2) eliminado del llavero.")
                         .arg(info->id.left(16), info->commonName)
                  << '\n';
    return ExitCode::Ok;
}

} // namespace factora::cli
