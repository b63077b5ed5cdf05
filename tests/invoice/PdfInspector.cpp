// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "PdfInspector.h"

#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace factora::test {

namespace {
QString g_lastError;

/** Runs @p program with @p arguments, at most 60 s; its stdout, or a null array on failure. */
QByteArray run(const QString& program, const QStringList& arguments)
{
    const QString path = QFileInfo(program).isAbsolute() ? program : QStandardPaths::findExecutable(program);
    if (path.isEmpty()) {
        g_lastError = QStringLiteral("%1 is not installed").arg(program);
        return {};
    }
    QProcess process;
    process.start(path, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        process.kill();
        process.waitForFinished(5000);
        g_lastError = QStringLiteral("%1 failed: %2").arg(program, QString::fromUtf8(process.readAllStandardError()));
        return {};
    }
    QByteArray out = process.readAllStandardOutput();
    return out.isNull() ? QByteArray("") : out;
}
} // namespace

QString PdfInspector::text(const QString& pdfPath, int page)
{
    QStringList arguments{QStringLiteral("-enc"), QStringLiteral("UTF-8")};
    if (page > 0)
        arguments << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l") << QString::number(page);
    const QByteArray out = run(QStringLiteral("pdftotext"), arguments << pdfPath << QStringLiteral("-"));
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    return QString::fromUtf8(out).replace(spaces, QStringLiteral(" "));
}

int PdfInspector::pages(const QString& pdfPath)
{
    const QString info = QString::fromUtf8(run(QStringLiteral("pdfinfo"), {pdfPath}));
    static const QRegularExpression pattern(QStringLiteral("^Pages:\\s+(\\d+)"), QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = pattern.match(info);
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

QByteArray PdfInspector::pdf417(const QString& pdfPath, int page)
{
    QTemporaryDir dir;
    const QString prefix = dir.filePath(QStringLiteral("page"));
    if (run(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("300"), QStringLiteral("-gray"),
                                         QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                                         QString::number(page), QStringLiteral("-singlefile"), pdfPath, prefix})
            .isNull())
        return {};
    const QByteArray hex = run(QStringLiteral(FACTORA_SYSTEM_PYTHON3),
                               {QStringLiteral(FACTORA_PDF417_DECODER), prefix + QStringLiteral(".pgm")});
    return QByteArray::fromHex(hex.trimmed());
}

QString PdfInspector::lastError()
{
    return g_lastError;
}

} // namespace factora::test
