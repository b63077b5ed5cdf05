// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "Command.h"

#include "ExitCode.h"

#include <QCoreApplication>

namespace factora::cli {

void Command::configure(QCommandLineParser&) const
{
}

int Command::run(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("Command", "Muestra esta ayuda."));
    parser.addOption(help);
    configure(parser);
    if (!parser.parse(QStringList{QStringLiteral("factora-cli")} + arguments))
        return usage(context, parser.errorText());
    if (parser.isSet(help)) {
        // Qt's first line names the program's path ("Usage: /path/factora-cli [options] ..."): name the command.
        QStringList lines = parser.helpText().split(QLatin1Char('\n'));
        QStringList words = lines.first().split(QLatin1Char(' '));
        if (words.size() >= 2)
            words[1] = QStringLiteral("factora-cli ") + name();
        lines.first() = words.join(QLatin1Char(' '));
        context.out() << lines.join(QLatin1Char('\n'));
        return ExitCode::Ok;
    }
    return execute(context, parser);
}

int Command::fail(CliContext& context, const core::Error& error)
{
    context.err() << "factora-cli: " << error.message() << Qt::endl;
    return ExitCode::forError(error);
}

int Command::usage(CliContext& context, const QString& message) const
{
    context.err() << "factora-cli: " << message << ' '
                  << QCoreApplication::translate("Command", "(vea «factora-cli %1 --help»)").arg(name()) << Qt::endl;
    return ExitCode::Usage;
}

QCommandLineOption Command::jsonOption()
{
    return QCommandLineOption(QStringLiteral("json"),
                              QCoreApplication::translate("Command", "Escribe el resultado en JSON."));
}

QCommandLineOption Command::described(QCommandLineOption option, const QString& description)
{
    option.setDescription(description);
    return option;
}

} // namespace factora::cli
