// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "SqlScript.h"

namespace factora::core {

namespace {
bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}
} // namespace

QStringList SqlScript::split(const QString& script)
{
    QStringList statements;
    QString current;
    int blockDepth = 0; // open BEGIN/CASE words not yet closed by END
    const qsizetype n = script.size();
    qsizetype i = 0;

    const auto finishStatement = [&]() {
        const QString statement = current.trimmed();
        if (!statement.isEmpty())
            statements << statement;
        current.clear();
        blockDepth = 0;
    };

    while (i < n) {
        const QChar c = script.at(i);
        const QChar next = i + 1 < n ? script.at(i + 1) : QChar();
        if (c == QLatin1Char('-') && next == QLatin1Char('-')) { // line comment
            while (i < n && script.at(i) != QLatin1Char('\n'))
                ++i;
            continue;
        }
        if (c == QLatin1Char('/') && next == QLatin1Char('*')) { // block comment
            const qsizetype end = script.indexOf(QStringLiteral("*/"), i + 2);
            i = end < 0 ? n : end + 2;
            current += QLatin1Char(' ');
            continue;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) { // string or quoted identifier; doubled quote escapes
            qsizetype j = i + 1;
            while (j < n) {
                if (script.at(j) == c) {
                    if (j + 1 < n && script.at(j + 1) == c) {
                        j += 2;
                        continue;
                    }
                    break;
                }
                ++j;
            }
            current += script.mid(i, j - i + 1);
            i = j + 1;
            continue;
        }
        if (c == QLatin1Char('$')) { // dollar quoting: $tag$ ... $tag$
            qsizetype j = i + 1;
            while (j < n && isWordChar(script.at(j)))
                ++j;
            if (j < n && script.at(j) == QLatin1Char('$')) {
                const QString tag = script.mid(i, j - i + 1);
                const qsizetype end = script.indexOf(tag, j + 1);
                const qsizetype stop = end < 0 ? n : end + tag.size();
                current += script.mid(i, stop - i);
                i = stop;
                continue;
            }
        }
        if (isWordChar(c) && (i == 0 || !isWordChar(script.at(i - 1)))) {
            qsizetype j = i;
            while (j < n && isWordChar(script.at(j)))
                ++j;
            const QString word = script.mid(i, j - i);
            if (word.compare(QLatin1String("BEGIN"), Qt::CaseInsensitive) == 0
                || word.compare(QLatin1String("CASE"), Qt::CaseInsensitive) == 0) {
                // A bare BEGIN statement (transaction) is not a block: only count it inside a statement.
                if (!current.trimmed().isEmpty())
                    ++blockDepth;
            } else if (word.compare(QLatin1String("END"), Qt::CaseInsensitive) == 0 && blockDepth > 0) {
                --blockDepth;
            }
            current += word;
            i = j;
            continue;
        }
        if (c == QLatin1Char(';') && blockDepth == 0) {
            finishStatement();
            ++i;
            continue;
        }
        current += c;
        ++i;
    }
    finishStatement();
    return statements;
}

} // namespace factora::core
