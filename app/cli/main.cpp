// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "CliApplication.h"
#include "common/ApplicationIdentity.h"

#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>

#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#define isatty _isatty
#define fileno _fileno
#else
#include <unistd.h>
#endif

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    factora::core::ApplicationIdentity::apply();
    // A command's output is its result: informational logs stay off unless log/rules or QT_LOGGING_RULES ask.
    QLoggingCategory::setFilterRules(QStringLiteral("factora.*.info=false"));

    QFile in, out, err;
    in.open(stdin, QIODevice::ReadOnly);
    out.open(stdout, QIODevice::WriteOnly);
    err.open(stderr, QIODevice::WriteOnly);
    factora::cli::CliContext context(in, out, err, QProcessEnvironment::systemEnvironment(), isatty(fileno(stdin)) != 0);
    factora::cli::CliApplication cli;
    return cli.run(context, app.arguments().mid(1));
}
