// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "SftpUploader.h"

#include "DeliveryLogging.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <libssh/libssh.h>
#include <libssh/sftp.h>

#include <fcntl.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace factora::core {

namespace {

    struct SessionDeleter
    {
        void operator()(ssh_session session) const
        {
            if (ssh_is_connected(session) != 0) {
                ssh_disconnect(session);
            }
            ssh_free(session);
        }
    };
    struct SftpDeleter
    {
        void operator()(sftp_session sftp) const { sftp_free(sftp); }
    };
    struct KeyDeleter
    {
        void operator()(ssh_key key) const { ssh_key_free(key); }
    };
    using SessionPtr = std::unique_ptr<ssh_session_struct, SessionDeleter>;
    using SftpPtr = std::unique_ptr<sftp_session_struct, SftpDeleter>;
    using KeyPtr = std::unique_ptr<ssh_key_struct, KeyDeleter>;

    /** "SHA256:..." of the server's key, as `ssh-keygen -l` prints it; empty when unavailable. */
    QString serverFingerprint(ssh_session session)
    {
        ssh_key raw = nullptr;
        if (ssh_get_server_publickey(session, &raw) != SSH_OK) {
            return {};
        }
        const KeyPtr key(raw);
        unsigned char* hash = nullptr;
        size_t length = 0;
        if (ssh_get_publickey_hash(key.get(), SSH_PUBLICKEY_HASH_SHA256, &hash, &length) != 0) {
            return {};
        }
        char* text = ssh_get_fingerprint_hash(SSH_PUBLICKEY_HASH_SHA256, hash, length);
        ssh_clean_pubkey_hash(&hash);
        const QString fingerprint = text ? QString::fromLatin1(text) : QString();
        ssh_string_free_char(text);
        return fingerprint;
    }

    QString sftpErrorText(int code)
    {
        switch (code) {
        case SSH_FX_NO_SUCH_FILE:
        case SSH_FX_NO_SUCH_PATH:
            return QCoreApplication::translate("SftpUploader", "la carpeta o el archivo no existe");
        case SSH_FX_PERMISSION_DENIED:
            return QCoreApplication::translate("SftpUploader", "permiso denegado");
        case SSH_FX_FILE_ALREADY_EXISTS:
            return QCoreApplication::translate("SftpUploader", "el archivo ya existe");
        case SSH_FX_WRITE_PROTECT:
            return QCoreApplication::translate("SftpUploader", "medio protegido contra escritura");
        case SSH_FX_CONNECTION_LOST:
        case SSH_FX_NO_CONNECTION:
            return QCoreApplication::translate("SftpUploader", "conexión perdida");
        default:
            return QCoreApplication::translate("SftpUploader", "error SFTP %1").arg(code);
        }
    }

} // namespace

SftpUploader::SftpUploader(DeliveryDestination destination, SshCredentials credentials, TransferOptions options)
    : m_destination(std::move(destination))
    , m_credentials(std::move(credentials))
    , m_options(std::move(options))
{
}

QString SftpUploader::libraryVersion()
{
    return QString::fromLatin1(ssh_version(0));
}

Status SftpUploader::upload(const QString& localPath, const QString& remoteName) const
{
    if (remoteName.isEmpty() || remoteName.contains(u'/')) {
        return Error(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("SftpUploader", "Nombre de archivo remoto no válido: «%1»").arg(remoteName));
    }
    if (!QFileInfo(localPath).isFile()) {
        return Error(ErrorCode::Io,
                     QCoreApplication::translate("SftpUploader", "No existe el archivo a enviar «%1»").arg(localPath));
    }
    if (m_options.knownHostsFile.isEmpty()) {
        return Error(ErrorCode::Configuration,
                     QCoreApplication::translate("SftpUploader",
                                                 "SFTP %1: falta el archivo known_hosts con la llave del servidor "
                                                 "(delivery/known_hosts)")
                         .arg(m_destination.host()));
    }
    if (m_credentials.privateKey.isEmpty() && m_credentials.password.isEmpty()) {
        return Error(ErrorCode::Configuration,
                     QCoreApplication::translate("SftpUploader",
                                                 "SFTP %1: no hay llave privada ni contraseña para el usuario %2")
                         .arg(m_destination.host(), m_destination.user()));
    }
    return m_options.retry.run([&](int number) {
        qCInfo(lcDelivery).noquote() << "SFTP upload of" << localPath << "to" << m_destination.toString() << "attempt"
                                     << number;
        return attempt(localPath, remoteName);
    });
}

RetryPolicy::Outcome SftpUploader::attempt(const QString& localPath, const QString& remoteName) const
{
    const QString where = u"%1:%2"_s.arg(m_destination.host()).arg(m_destination.port());
    auto failure = [&](const QString& step, ErrorCode code, const QString& reason, bool transient) {
        return RetryPolicy::Outcome {
            Error(code, QCoreApplication::translate("SftpUploader", "SFTP %1, %2: %3").arg(where, step, reason)),
            transient
        };
    };
    const QString connectStep = QCoreApplication::translate("SftpUploader", "conexión");
    const QString hostKeyStep = QCoreApplication::translate("SftpUploader", "verificación de la llave del servidor");
    const QString authStep = QCoreApplication::translate("SftpUploader", "autenticación");
    const QString uploadStep = QCoreApplication::translate("SftpUploader", "envío del archivo");
    const QString renameStep = QCoreApplication::translate("SftpUploader", "cambio de nombre");

    QFile file(localPath);
    if (!file.open(QIODevice::ReadOnly)) {
        return failure(
            uploadStep, ErrorCode::Io,
            QCoreApplication::translate("SftpUploader", "no se puede leer «%1»: %2").arg(localPath, file.errorString()),
            false);
    }

    SessionPtr session(ssh_new());
    if (!session) {
        return failure(connectStep, ErrorCode::Internal, u"ssh_new"_s, false);
    }
    const QByteArray host = m_destination.host().toUtf8();
    const QByteArray user = m_destination.user().toUtf8();
    const QByteArray knownHosts = QFile::encodeName(m_options.knownHostsFile);
    unsigned int port = static_cast<unsigned int>(m_destination.port());
    long timeout = m_options.timeoutSeconds;
    bool processConfig = false;
    ssh_options_set(session.get(), SSH_OPTIONS_PROCESS_CONFIG, &processConfig);
    ssh_options_set(session.get(), SSH_OPTIONS_HOST, host.constData());
    ssh_options_set(session.get(), SSH_OPTIONS_PORT, &port);
    ssh_options_set(session.get(), SSH_OPTIONS_USER, user.constData());
    ssh_options_set(session.get(), SSH_OPTIONS_TIMEOUT, &timeout);
    ssh_options_set(session.get(), SSH_OPTIONS_KNOWNHOSTS, knownHosts.constData());
    ssh_options_set(session.get(), SSH_OPTIONS_GLOBAL_KNOWNHOSTS, knownHosts.constData());

    if (ssh_connect(session.get()) != SSH_OK) {
        return failure(connectStep, ErrorCode::Unavailable, QString::fromUtf8(ssh_get_error(session.get())), true);
    }

    const QString fingerprint = serverFingerprint(session.get());
    switch (ssh_session_is_known_server(session.get())) {
    case SSH_KNOWN_HOSTS_OK:
        break;
    case SSH_KNOWN_HOSTS_CHANGED:
        return failure(hostKeyStep, ErrorCode::Crypto,
                       QCoreApplication::translate("SftpUploader",
                                                   "la llave del servidor CAMBIÓ respecto de la registrada en «%1» "
                                                   "(ahora %2); no se envía nada. Puede ser un ataque: confirme la "
                                                   "llave nueva con el administrador del servidor antes de "
                                                   "actualizar known_hosts")
                           .arg(m_options.knownHostsFile, fingerprint),
                       false);
    case SSH_KNOWN_HOSTS_OTHER:
        return failure(hostKeyStep, ErrorCode::Crypto,
                       QCoreApplication::translate("SftpUploader",
                                                   "el servidor presenta una llave de otro tipo que la registrada en "
                                                   "«%1» (%2); no se envía nada")
                           .arg(m_options.knownHostsFile, fingerprint),
                       false);
    case SSH_KNOWN_HOSTS_UNKNOWN:
    case SSH_KNOWN_HOSTS_NOT_FOUND:
        return failure(hostKeyStep, ErrorCode::Crypto,
                       QCoreApplication::translate("SftpUploader",
                                                   "servidor desconocido: su llave (%1) no está en «%2»; no se envía "
                                                   "nada. Agregue la llave a ese archivo tras confirmarla con el "
                                                   "administrador del servidor")
                           .arg(fingerprint, m_options.knownHostsFile),
                       false);
    case SSH_KNOWN_HOSTS_ERROR:
        return failure(hostKeyStep, ErrorCode::Configuration,
                       QCoreApplication::translate("SftpUploader", "no se puede leer «%1»: %2")
                           .arg(m_options.knownHostsFile, QString::fromUtf8(ssh_get_error(session.get()))),
                       false);
    }

    int authResult = SSH_AUTH_DENIED;
    if (!m_credentials.privateKey.isEmpty()) {
        ssh_key raw = nullptr;
        const QByteArray keyText = m_credentials.privateKey;
        const QByteArray passphrase = m_credentials.passphrase;
        if (ssh_pki_import_privkey_base64(keyText.constData(), passphrase.isEmpty() ? nullptr : passphrase.constData(),
                                          nullptr, nullptr, &raw)
            != SSH_OK) {
            return failure(authStep, ErrorCode::Configuration,
                           QCoreApplication::translate("SftpUploader",
                                                       "no se puede leer la llave privada del usuario %1 (formato o "
                                                       "contraseña de la llave)")
                               .arg(m_destination.user()),
                           false);
        }
        const KeyPtr key(raw);
        authResult = ssh_userauth_publickey(session.get(), nullptr, key.get());
    } else {
        authResult = ssh_userauth_password(session.get(), nullptr, m_credentials.password.constData());
    }
    if (authResult != SSH_AUTH_SUCCESS) {
        const bool lost = authResult == SSH_AUTH_ERROR && ssh_is_connected(session.get()) == 0;
        return failure(authStep, lost ? ErrorCode::Unavailable : ErrorCode::Unauthenticated,
                       QCoreApplication::translate("SftpUploader", "el servidor rechazó al usuario %1 (%2)")
                           .arg(m_destination.user(), QString::fromUtf8(ssh_get_error(session.get()))),
                       lost);
    }

    SftpPtr sftp(sftp_new(session.get()));
    if (!sftp || sftp_init(sftp.get()) != SSH_OK) {
        return failure(uploadStep, ErrorCode::Unavailable,
                       QCoreApplication::translate("SftpUploader", "el servidor no abrió el subsistema SFTP (%1)")
                           .arg(QString::fromUtf8(ssh_get_error(session.get()))),
                       true);
    }
    auto sftpFailure = [&](const QString& step) {
        const bool lost = ssh_is_connected(session.get()) == 0;
        return failure(step, lost ? ErrorCode::Unavailable : ErrorCode::Io, sftpErrorText(sftp_get_error(sftp.get())),
                       lost);
    };

    const QByteArray partPath = m_destination.remotePath(u"."_s + remoteName + u".part"_s).toUtf8();
    const QByteArray finalPath = m_destination.remotePath(remoteName).toUtf8();
    sftp_file remote = sftp_open(sftp.get(), partPath.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0640);
    if (!remote) {
        return sftpFailure(uploadStep);
    }
    bool written = true;
    QByteArray chunk;
    while (written && !(chunk = file.read(32 * 1024)).isEmpty()) {
        qsizetype offset = 0;
        while (offset < chunk.size()) {
            const ssize_t count
                = sftp_write(remote, chunk.constData() + offset, static_cast<size_t>(chunk.size() - offset));
            if (count <= 0) {
                written = false;
                break;
            }
            offset += count;
        }
    }
    if (!written) {
        RetryPolicy::Outcome outcome = sftpFailure(uploadStep);
        sftp_close(remote);
        sftp_unlink(sftp.get(), partPath.constData());
        return outcome;
    }
    if (file.error() != QFileDevice::NoError) {
        sftp_close(remote);
        sftp_unlink(sftp.get(), partPath.constData());
        return failure(uploadStep, ErrorCode::Io, file.errorString(), false);
    }
    if (sftp_close(remote) != SSH_NO_ERROR) {
        return sftpFailure(uploadStep);
    }
    if (sftp_rename(sftp.get(), partPath.constData(), finalPath.constData()) != 0) {
        // SFTP version 3 without posix-rename refuses to replace a file: remove the old one and rename again.
        sftp_attributes existing = sftp_stat(sftp.get(), finalPath.constData());
        const bool exists = existing != nullptr;
        sftp_attributes_free(existing);
        if (!exists || sftp_unlink(sftp.get(), finalPath.constData()) != 0
            || sftp_rename(sftp.get(), partPath.constData(), finalPath.constData()) != 0) {
            RetryPolicy::Outcome outcome = sftpFailure(renameStep);
            sftp_unlink(sftp.get(), partPath.constData());
            return outcome;
        }
    }
    qCInfo(lcDelivery).noquote() << "SFTP upload done:" << QString::fromUtf8(finalPath) << "on" << where;
    return {};
}

} // namespace factora::core
