// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "DteTestData.h"

#include <QDir>
#include <QFile>
#include <QProcess>

namespace {
QByteArray readFrom(const QString& folder, const QString& name)
{
    QFile file(QDir(qEnvironmentVariable("FACTORA_TEST_DATA_DIR")).filePath(folder + QLatin1Char('/') + name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read test data %s", qPrintable(file.fileName()));
    return file.readAll();
}
} // namespace

QByteArray DteTestData::sii(const QString& name)
{
    return readFrom(QStringLiteral("sii"), name);
}

QByteArray DteTestData::fixture(const QString& name)
{
    return readFrom(QStringLiteral("dte"), name);
}

QByteArray DteTestData::dteElement(const QByteArray& file)
{
    const qsizetype start = file.indexOf("<DTE ");
    const qsizetype end = file.indexOf("</DTE>", start);
    return start < 0 || end < 0 ? QByteArray() : file.mid(start, end + 6 - start);
}

QByteArray DteTestData::envelope(const QList<QByteArray>& dteElements, const QByteArray& encoding, bool withXsi)
{
    QByteArray xml
        = "<?xml version=\"1.0\" encoding=\"" + encoding + "\"?>\n<EnvioDTE xmlns=\"http://www.sii.cl/SiiDte\"";
    if (withXsi) {
        xml += " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
               " xsi:schemaLocation=\"http://www.sii.cl/SiiDte EnvioDTE_v10.xsd\"";
    }
    xml += " version=\"1.0\">\n<SetDTE ID=\"SetDoc\">\n<Caratula version=\"1.0\"><RutEmisor>76555835-2</RutEmisor>"
           "<RutEnvia>12345678-5</RutEnvia><RutReceptor>76177907-9</RutReceptor><FchResol>2014-08-22</FchResol>"
           "<NroResol>80</NroResol><TmstFirmaEnv>2026-03-02T10:05:00</TmstFirmaEnv></Caratula>\n";
    for (const QByteArray& dte : dteElements)
        xml += dte + "\n";
    xml += "</SetDTE>\n</EnvioDTE>\n";
    return xml;
}

QByteArray DteTestData::replacedOnce(const QByteArray& bytes, const QByteArray& from, const QByteArray& to)
{
    const qsizetype at = bytes.indexOf(from);
    if (at < 0 || bytes.indexOf(from, at + 1) >= 0)
        return {};
    QByteArray edited = bytes;
    edited.replace(at, from.size(), to);
    return edited;
}

QByteArray DteTestData::certificateText(const QByteArray& bytes)
{
    return elementText(bytes, "X509Certificate");
}

QByteArray DteTestData::elementText(const QByteArray& bytes, const QByteArray& element)
{
    const QByteArray open = '<' + element + '>';
    const qsizetype start = bytes.indexOf(open);
    const qsizetype end = bytes.indexOf("</" + element + '>', start);
    return start < 0 || end < 0 ? QByteArray() : bytes.mid(start + open.size(), end - start - open.size());
}

bool DteTestData::write(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

int DteTestData::run(const QString& program, const QStringList& arguments, QString* output)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForStarted() || !process.waitForFinished(60000))
        return -1;
    if (output != nullptr)
        *output = QString::fromLocal8Bit(process.readAll());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

bool DteTestData::extractSchemas(const QString& directory)
{
    const QDir resources(QStringLiteral(":/factora/dte/schemas"));
    const QStringList names = resources.entryList(QDir::Files);
    if (names.isEmpty())
        return false;
    for (const QString& name : names) {
        QFile file(resources.filePath(name));
        if (!file.open(QIODevice::ReadOnly) || !write(QDir(directory).filePath(name), file.readAll()))
            return false;
    }
    return true;
}
