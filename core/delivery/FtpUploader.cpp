// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "FtpUploader.h"

#include "DeliveryLogging.h"

#include <Poco/Exception.h>
#include <Poco/Net/FTPClientSession.h>
#include <Poco/Net/NetException.h>
#include <Poco/Net/SocketAddress.h>
#include <Poco/Net/StreamSocket.h>
#include <Poco/Timespan.h>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <memory>

using namespace Qt::StringLiterals;

namespace factora::core {

namespace {

    /** What the uploader was doing when it failed, in words for the error message. */
    QString stepName(int step)
    {
        switch (step) {
        case 0:
            return QCoreApplication::translate("FtpUploader", "conexión");
        case 1:
            return QCoreApplication::translate("FtpUploader", "inicio de sesión");
        case 2:
            return QCoreApplication::translate("FtpUploader", "envío del archivo");
        case 3:
            return QCoreApplication::translate("FtpUploader", "cambio de nombre");
        default:
            return QCoreApplication::translate("FtpUploader", "cierre");
        }
    }

} // namespace

FtpUploader::FtpUploader(DeliveryDestination destination, QByteArray password, TransferOptions options)
    : m_destination(std::move(destination))
    , m_password(std::move(password))
    , m_options(std::move(options))
{
}

Status FtpUploader::upload(const QString& localPath, const QString& remoteName) const
{
    if (remoteName.isEmpty() || remoteName.contains(u'/')) {
        return Error(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("FtpUploader", "Nombre de archivo remoto no válido: «%1»").arg(remoteName));
    }
    if (!QFileInfo(localPath).isFile()) {
        return Error(ErrorCode::Io,
                     QCoreApplication::translate("FtpUploader", "No existe el archivo a enviar «%1»").arg(localPath));
    }
    return m_options.retry.run([&](int number) {
        qCInfo(lcDelivery).noquote() << "FTP upload of" << localPath << "to" << m_destination.toString() << "attempt"
                                     << number;
        return attempt(localPath, remoteName);
    });
}

RetryPolicy::Outcome FtpUploader::attempt(const QString& localPath, const QString& remoteName) const
{
    const QString host = m_destination.host();
    const std::string finalPath = m_destination.remotePath(remoteName).toStdString();
    const std::string partPath = m_destination.remotePath(u"."_s + remoteName + u".part"_s).toStdString();
    const Poco::Timespan timeout(static_cast<long>(m_options.timeoutSeconds), 0);
    auto failure = [&](int step, ErrorCode code, const QString& reason, bool transient) {
        return RetryPolicy::Outcome { Error(code,
                                            QCoreApplication::translate("FtpUploader", "FTP %1:%2, %3: %4")
                                                .arg(host)
                                                .arg(m_destination.port())
                                                .arg(stepName(step), reason)),
                                      transient };
    };

    QFile file(localPath);
    if (!file.open(QIODevice::ReadOnly)) {
        return failure(
            2, ErrorCode::Io,
            QCoreApplication::translate("FtpUploader", "no se puede leer «%1»: %2").arg(localPath, file.errorString()),
            false);
    }

    int step = 0;
    std::unique_ptr<Poco::Net::FTPClientSession> session;
    try {
        Poco::Net::StreamSocket socket;
        socket.connect(Poco::Net::SocketAddress(host.toStdString(), static_cast<Poco::UInt16>(m_destination.port())),
                       timeout);
        socket.setReceiveTimeout(timeout);
        socket.setSendTimeout(timeout);
        session = std::make_unique<Poco::Net::FTPClientSession>(socket, true);
        session->setTimeout(timeout);
        step = 1;
        session->login(m_destination.user().toStdString(), m_password.toStdString());
        step = 2;
        session->setFileType(Poco::Net::FTPClientSession::TYPE_BINARY);
        session->setPassive(true);
        std::ostream& out = session->beginUpload(partPath);
        QByteArray chunk;
        while (!(chunk = file.read(64 * 1024)).isEmpty()) {
            out.write(chunk.constData(), chunk.size());
            if (!out) {
                throw Poco::IOException("write to the data connection failed");
            }
        }
        if (file.error() != QFileDevice::NoError) {
            throw Poco::IOException(file.errorString().toStdString());
        }
        session->endUpload();
        step = 3;
        try {
            session->rename(partPath, finalPath);
        } catch (const Poco::Net::FTPException& e) {
            // Some servers refuse to rename over an existing file: when the file is there (SIZE answers 213),
            // remove the old one and rename again; otherwise the refusal stands.
            std::string reply;
            if (e.code() < 500 || session->sendCommand("SIZE", finalPath, reply) != 213) {
                throw;
            }
            session->remove(finalPath);
            session->rename(partPath, finalPath);
        }
        step = 4;
        session->close();
    } catch (const Poco::Net::FTPException& e) {
        const int code = e.code();
        if (session && step >= 2) {
            try {
                session->remove(partPath);
            } catch (const Poco::Exception&) {
                // best effort: the partial file keeps its ".part" name, which readers ignore
            }
        }
        const bool transient = code >= 400 && code < 500;
        const ErrorCode errorCode = step == 1 && !transient ? ErrorCode::Unauthenticated
            : transient                                     ? ErrorCode::Unavailable
                                                            : ErrorCode::Io;
        return failure(step, errorCode, QString::fromStdString(e.message()), transient);
    } catch (const Poco::TimeoutException&) {
        return failure(
            step, ErrorCode::Unavailable,
            QCoreApplication::translate("FtpUploader", "sin respuesta en %1 s").arg(m_options.timeoutSeconds), true);
    } catch (const Poco::Exception& e) {
        return failure(step, ErrorCode::Unavailable, QString::fromStdString(e.displayText()), true);
    } catch (const std::exception& e) {
        return failure(step, ErrorCode::Unavailable, QString::fromLocal8Bit(e.what()), true);
    }
    qCInfo(lcDelivery).noquote() << "FTP upload done:" << QString::fromStdString(finalPath) << "on" << host;
    return {};
}

} // namespace factora::core
