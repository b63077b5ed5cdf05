// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "DeliveryTestServer.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace factora::test {

DeliveryTestServer::~DeliveryTestServer()
{
    stop();
}

QString DeliveryTestServer::supportDirectory()
{
    return QFileInfo(QStringLiteral(FACTORA_TEST_SUPPORT_DIR)).absoluteFilePath();
}

bool DeliveryTestServer::start(const QString& script, const QStringList& arguments)
{
    m_process.setProgram(supportDirectory() + u'/' + script);
    m_process.setArguments(arguments);
    m_process.start();
    if (!m_process.waitForStarted(10000)) {
        qWarning() << script << "did not start:" << m_process.errorString();
        return false;
    }
    QDeadlineTimer deadline(15000);
    QByteArray output;
    while (!deadline.hasExpired()) {
        if (m_process.canReadLine() || m_process.waitForReadyRead(static_cast<int>(deadline.remainingTime()))) {
            while (m_process.canReadLine()) {
                const QByteArray line = m_process.readLine().trimmed();
                if (line.startsWith("PORT ")) {
                    m_port = line.mid(5).toInt();
                    return m_port > 0;
                }
            }
        }
        if (m_process.state() != QProcess::Running) {
            break;
        }
    }
    qWarning() << script << "printed no port:" << errorOutput();
    return false;
}

void DeliveryTestServer::stop()
{
    if (m_process.state() == QProcess::NotRunning) {
        return;
    }
    m_process.terminate();
    m_process.closeWriteChannel();
    if (!m_process.waitForFinished(10000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QString DeliveryTestServer::errorOutput()
{
    return QString::fromUtf8(m_process.readAllStandardError());
}

bool TestTlsFiles::create(const QString& directory, const QString& name, TestTlsFiles* files)
{
    const QString prefix = directory + u'/' + name;
    files->caCertificate = prefix + u"-ca.pem"_s;
    files->serverCertificate = prefix + u"-server.pem"_s;
    files->serverKey = prefix + u"-server.key"_s;
    const QString caKey = prefix + u"-ca.key"_s;
    const QString request = prefix + u"-server.csr"_s;
    const QString extensions = prefix + u"-server.ext"_s;
    QFile ext(extensions);
    if (!ext.open(QIODevice::WriteOnly)
        || ext.write("basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature,keyEncipherment\n"
                     "extendedKeyUsage=serverAuth\nsubjectAltName=IP:127.0.0.1,DNS:localhost\n")
            < 0) {
        return false;
    }
    ext.close();
    const QList<QStringList> commands {
        { u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-keyout"_s, caKey, u"-out"_s,
          files->caCertificate, u"-days"_s, u"2"_s, u"-subj"_s, u"/CN=Factora test CA "_s + name },
        { u"req"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-keyout"_s, files->serverKey, u"-out"_s, request,
          u"-subj"_s, u"/CN=localhost"_s },
        { u"x509"_s, u"-req"_s, u"-in"_s, request, u"-CA"_s, files->caCertificate, u"-CAkey"_s, caKey,
          u"-CAcreateserial"_s, u"-out"_s, files->serverCertificate, u"-days"_s, u"2"_s, u"-extfile"_s, extensions },
    };
    for (const QStringList& arguments : commands) {
        QProcess openssl;
        openssl.start(u"openssl"_s, arguments);
        if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0) {
            qWarning() << "openssl" << arguments << "failed:" << openssl.readAllStandardError();
            return false;
        }
    }
    return true;
}

} // namespace factora::test
