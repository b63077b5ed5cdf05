// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "SeedSigner.h"

#include <QDir>
#include <QFile>
#include <QProcess>

using namespace Qt::StringLiterals;

SeedSigner::SeedSigner(QString directory)
    : m_directory(std::move(directory))
{
}

QByteArray SeedSigner::unsignedDocument(const QString& seed)
{
    return "<?xml version=\"1.0\"?>\n<getToken><item><Semilla>" + seed.toLatin1()
        + "</Semilla></item><Signature xmlns=\"http://www.w3.org/2000/09/xmldsig#\"><SignedInfo>"
          "<CanonicalizationMethod Algorithm=\"http://www.w3.org/TR/2001/REC-xml-c14n-20010315\"/>"
          "<SignatureMethod Algorithm=\"http://www.w3.org/2000/09/xmldsig#rsa-sha1\"/><Reference URI=\"\">"
          "<Transforms><Transform Algorithm=\"http://www.w3.org/2000/09/xmldsig#enveloped-signature\"/></Transforms>"
          "<DigestMethod Algorithm=\"http://www.w3.org/2000/09/xmldsig#sha1\"/><DigestValue/></Reference>"
          "</SignedInfo><SignatureValue/><KeyInfo><KeyValue/><X509Data><X509Certificate/></X509Data></KeyInfo>"
          "</Signature></getToken>\n";
}

QByteArray SeedSigner::sign(const QByteArray& document, const QByteArray& pkcs12, const QByteArray& password,
                            QString* output)
{
    const QDir dir(m_directory);
    const int n = ++m_files;
    const QString templatePath = dir.filePath(u"seed-template-%1.xml"_s.arg(n));
    const QString keyPath = dir.filePath(u"seed-key-%1.p12"_s.arg(n));
    const QString signedPath = dir.filePath(u"seed-signed-%1.xml"_s.arg(n));
    for (const auto& [path, bytes] : { std::pair(templatePath, document), std::pair(keyPath, pkcs12) }) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
    }
    QProcess xmlsec;
    xmlsec.start(u"xmlsec1"_s,
                 { u"--sign"_s, u"--pkcs12"_s, keyPath, u"--pwd"_s, QString::fromLatin1(password), u"--output"_s,
                   signedPath, templatePath });
    if (!xmlsec.waitForFinished(20000) || xmlsec.exitStatus() != QProcess::NormalExit || xmlsec.exitCode() != 0) {
        if (output != nullptr)
            *output = QString::fromUtf8(xmlsec.readAllStandardError());
        return {};
    }
    QFile file(signedPath);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
