// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "AecTestSupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>

using namespace Qt::StringLiterals;

QByteArray AecTestSupport::sii(const QString& name)
{
    QFile file(qEnvironmentVariable("FACTORA_TEST_DATA_DIR") + u"/sii/"_s + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

int AecTestSupport::run(const QString& program, const QStringList& arguments, QString* output)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForStarted(10000))
        return -1;
    process.waitForFinished(60000);
    if (output != nullptr)
        *output = QString::fromLocal8Bit(process.readAll());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

bool AecTestSupport::write(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

bool AecTestSupport::extractSchemas(const QString& directory)
{
    const QDir resources(u":/factora/dte/schemas"_s);
    const QStringList names = resources.entryList(QDir::Files);
    if (!names.contains(u"AEC_v10.xsd"_s))
        return false;
    for (const QString& name : names) {
        QFile in(resources.filePath(name));
        if (!in.open(QIODevice::ReadOnly) || !write(QDir(directory).filePath(name), in.readAll()))
            return false;
    }
    return true;
}

int AecTestSupport::xmllint(const QString& schemaDirectory, const QString& path, QString* output)
{
    return run(u"xmllint"_s, { u"--noout"_s, u"--schema"_s, QDir(schemaDirectory).filePath(u"AEC_v10.xsd"_s), path },
               output);
}

int AecTestSupport::xmlsecVerify(const QString& path, const QString& nodeXPath, QString* output)
{
    QStringList arguments { u"--verify"_s };
    for (const QString& element : { u"DocumentoAEC"_s, u"DocumentoDTECedido"_s, u"DocumentoCesion"_s, u"Documento"_s,
                                    u"DocumentoRecibo"_s, u"SetRecibos"_s })
        arguments << u"--id-attr:ID"_s << element;
    arguments << u"--node-xpath"_s << nodeXPath << path;
    return run(u"xmlsec1"_s, arguments, output);
}

QList<QByteArray> AecTestSupport::elements(const QByteArray& bytes, const QByteArray& name)
{
    QList<QByteArray> found;
    const QByteArray open = '<' + name;
    const QByteArray close = "</" + name + '>';
    qsizetype from = 0;
    while (true) {
        qsizetype start = bytes.indexOf(open, from);
        while (start >= 0) {
            const char next = bytes.at(start + open.size());
            if (next == ' ' || next == '>' || next == '\n' || next == '\t' || next == '\r')
                break;
            start = bytes.indexOf(open, start + 1);
        }
        if (start < 0)
            return found;
        const qsizetype end = bytes.indexOf(close, start);
        if (end < 0)
            return found;
        found << bytes.mid(start, end + close.size() - start);
        from = end + close.size();
    }
}

QByteArray AecTestSupport::elementText(const QByteArray& bytes, const QByteArray& element)
{
    const QByteArray open = '<' + element + '>';
    const qsizetype start = bytes.indexOf(open);
    if (start < 0)
        return {};
    const qsizetype end = bytes.indexOf("</" + element + '>', start);
    return end < 0 ? QByteArray() : bytes.mid(start + open.size(), end - start - open.size());
}

QByteArray AecTestSupport::signedRecibo(const QString& directory, const QByteArray& pkcs12, const QByteArray& password,
                                        int folio, QString* output)
{
    const QByteArray id = "Recibo" + QByteArray::number(folio);
    const QByteArray xml
        = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n"
          "<Recibo xmlns=\"http://www.sii.cl/SiiDte\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
          "version=\"1.0\">\n<DocumentoRecibo ID=\""
        + id + "\">\n<TipoDoc>33</TipoDoc>\n<Folio>" + QByteArray::number(folio)
        + "</Folio>\n<FchEmis>2019-04-01</FchEmis>\n<RUTEmisor>76354771-K</RUTEmisor>\n"
          "<RUTRecep>96790240-3</RUTRecep>\n<MntTotal>2996301</MntTotal>\n<Recinto>Bodega central</Recinto>\n"
          "<RutFirma>11111111-1</RutFirma>\n<Declaracion>El acuse de recibo que se declara en este acto, de acuerdo a "
          "lo dispuesto en la letra b) del Art. 4, y la letra c) del Art. 5 de la Ley 19.983, acredita que la entrega "
          "de mercaderias o servicio(s) prestado(s) ha(n) sido recibido(s).</Declaracion>\n"
          "<TmstFirmaRecibo>2019-04-02T10:00:00</TmstFirmaRecibo>\n</DocumentoRecibo>\n"
          "<Signature xmlns=\"http://www.w3.org/2000/09/xmldsig#\">\n<SignedInfo>\n"
          "<CanonicalizationMethod Algorithm=\"http://www.w3.org/TR/2001/REC-xml-c14n-20010315\"/>\n"
          "<SignatureMethod Algorithm=\"http://www.w3.org/2000/09/xmldsig#rsa-sha1\"/>\n<Reference URI=\"#"
        + id
        + "\">\n<DigestMethod Algorithm=\"http://www.w3.org/2000/09/xmldsig#sha1\"/>\n<DigestValue/>\n</Reference>\n"
          "</SignedInfo>\n<SignatureValue/>\n<KeyInfo>\n<KeyValue/>\n<X509Data>\n<X509Certificate/>\n</X509Data>\n"
          "</KeyInfo>\n</Signature>\n</Recibo>\n";
    const QDir dir(directory);
    const QString templatePath = dir.filePath(u"recibo-template-%1.xml"_s.arg(folio));
    const QString keyPath = dir.filePath(u"recibo-%1.p12"_s.arg(folio));
    const QString signedPath = dir.filePath(u"recibo-%1.xml"_s.arg(folio));
    if (!write(templatePath, xml) || !write(keyPath, pkcs12))
        return {};
    if (run(u"xmlsec1"_s,
            { u"--sign"_s, u"--pkcs12"_s, keyPath, u"--pwd"_s, QString::fromLatin1(password), u"--id-attr:ID"_s,
              u"DocumentoRecibo"_s, u"--output"_s, signedPath, templatePath },
            output)
        != 0)
        return {};
    QFile file(signedPath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return elements(file.readAll(), "Recibo").value(0);
}
