// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "PasswordReader.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>
#include <string>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace factora::cli {

using core::Error;
using core::ErrorCode;

namespace {

QString firstLine(const QByteArray& bytes)
{
    QByteArray line = bytes;
    const qsizetype end = line.indexOf('\n');
    if (end >= 0)
        line.truncate(end);
    if (line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

/** Reads one line from the terminal with echo switched off, and restores the terminal afterwards. */
QString readHiddenLine()
{
#ifdef Q_OS_WIN
    HANDLE input = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    GetConsoleMode(input, &mode);
    SetConsoleMode(input, mode & ~DWORD(ENABLE_ECHO_INPUT));
#else
    termios saved{};
    tcgetattr(STDIN_FILENO, &saved);
    termios hidden = saved;
    hidden.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &hidden);
#endif
    std::string line;
    for (int c = std::getchar(); c != EOF && c != '\n'; c = std::getchar())
        line.push_back(char(c));
#ifdef Q_OS_WIN
    SetConsoleMode(input, mode);
#else
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
#endif
    std::fputc('\n', stderr);
    QString text = QString::fromStdString(line);
    if (text.endsWith(QLatin1Char('\r')))
        text.chop(1);
    return text;
}
} // namespace

core::Result<QString> PasswordReader::read(CliContext& context, const QString& file, const QString& prompt, bool confirm)
{
    if (file == QLatin1String("-"))
        return firstLine(context.in().readAll());
    if (!file.isEmpty()) {
        QFile source(file);
        if (!source.open(QIODevice::ReadOnly))
            return Error(ErrorCode::NotFound, QCoreApplication::translate("PasswordReader", "No se pudo leer el archivo de contraseña %1: %2").arg(file, source.errorString()));
        return firstLine(source.readAll());
    }
    if (!context.inputIsTerminal())
        return Error(ErrorCode::InvalidInput,
                     QCoreApplication::translate("PasswordReader", "No hay terminal para pedir la contraseña: use --password-file ARCHIVO (o - para la entrada estándar)."));
    context.err() << prompt << ": " << Qt::flush;
    const QString first = readHiddenLine();
    if (confirm) {
        context.err() << QCoreApplication::translate("PasswordReader", "Repita la contraseña") << ": " << Qt::flush;
        if (readHiddenLine() != first)
            return Error(ErrorCode::InvalidInput, QCoreApplication::translate("PasswordReader", "Las contraseñas no coinciden."));
    }
    return first;
}

} // namespace factora::cli
