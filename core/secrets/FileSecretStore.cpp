// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "FileSecretStore.h"

#include "common/Logging.h"

#include <QDir>

#include <utility>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace factora::core {

namespace {

#ifdef Q_OS_UNIX
    /** Closes a POSIX file descriptor when it goes out of scope. */
    class FdCloser
    {
    public:
        explicit FdCloser(int fd)
            : m_fd(fd)
        {
        }
        ~FdCloser()
        {
            if (m_fd >= 0)
                ::close(m_fd);
        }
        FdCloser(const FdCloser&) = delete;
        FdCloser& operator=(const FdCloser&) = delete;

    private:
        int m_fd;
    };

    QString modeString(mode_t mode)
    {
        return QStringLiteral("%1").arg(mode & 07777, 4, 8, QLatin1Char('0'));
    }

    QString errnoString(int error)
    {
        return QString::fromLocal8Bit(std::strerror(error));
    }
#endif

} // namespace

FileSecretStore::FileSecretStore(QString directory)
    : m_directory(std::move(directory))
{
}

QString FileSecretStore::location() const
{
    return tr("directorio de secretos «%1»").arg(QDir::toNativeSeparators(m_directory));
}

Result<QByteArray> FileSecretStore::readProtectedFile(const QString& path, FinalNewline newline)
{
    const QString shown = QDir::toNativeSeparators(path);
#ifdef Q_OS_UNIX
    const QByteArray encoded = QFile::encodeName(path);
    const int fd = ::open(encoded.constData(), O_RDONLY | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
        const int error = errno;
        if (error == ENOENT)
            return Error(ErrorCode::NotFound, tr("No existe el archivo de secreto «%1»").arg(shown));
        return Error(ErrorCode::Io,
                     tr("No se pudo abrir el archivo de secreto «%1»: %2").arg(shown, errnoString(error)));
    }
    const FdCloser closer(fd);
    struct stat info = {};
    if (::fstat(fd, &info) != 0)
        return Error(ErrorCode::Io,
                     tr("No se pudo examinar el archivo de secreto «%1»: %2").arg(shown, errnoString(errno)));
    if (!S_ISREG(info.st_mode))
        return Error(ErrorCode::Configuration,
                     tr("«%1» no es un archivo común; un secreto debe ser un archivo").arg(shown));
    if (info.st_uid != ::geteuid())
        return Error(ErrorCode::Configuration,
                     tr("El archivo de secreto «%1» pertenece al uid %2 y no al usuario actual (uid %3); "
                        "cámbielo con chown")
                         .arg(shown, QString::number(info.st_uid), QString::number(::geteuid())));
    if ((info.st_mode & (S_IRWXG | S_IRWXO)) != 0)
        return Error(ErrorCode::Configuration,
                     tr("El archivo de secreto «%1» tiene modo %2 y otros usuarios pueden usarlo; debe ser "
                        "0600 o 0400 (chmod 600 «%1»)")
                         .arg(shown, modeString(info.st_mode)));
    if (info.st_size > maxFileSize)
        return Error(ErrorCode::Configuration,
                     tr("El archivo de secreto «%1» mide %2 bytes; el máximo es %3")
                         .arg(shown, QString::number(info.st_size), QString::number(maxFileSize)));
    QByteArray content;
    content.reserve(static_cast<qsizetype>(info.st_size));
    char buffer[4096];
    for (;;) {
        const ssize_t got = ::read(fd, buffer, sizeof buffer);
        if (got < 0) {
            if (errno == EINTR)
                continue;
            return Error(ErrorCode::Io,
                         tr("No se pudo leer el archivo de secreto «%1»: %2").arg(shown, errnoString(errno)));
        }
        if (got == 0)
            break;
        content.append(buffer, static_cast<qsizetype>(got));
        if (content.size() > maxFileSize)
            return Error(
                ErrorCode::Configuration,
                tr("El archivo de secreto «%1» supera el máximo de %2 bytes").arg(shown, QString::number(maxFileSize)));
    }
    if (newline == FinalNewline::Strip) {
        if (content.endsWith("\r\n"))
            content.chop(2);
        else if (content.endsWith('\n'))
            content.chop(1);
    }
    qCDebug(lcSecrets) << "read protected secret file" << shown << "of" << content.size() << "bytes";
    return content;
#else
    Q_UNUSED(newline)
    return Error(ErrorCode::Unavailable,
                 tr("Los archivos de secretos protegidos solo se admiten en Linux y otros Unix («%1»)").arg(shown));
#endif
}

Result<QByteArray> FileSecretStore::read(const QString& key) const
{
    if (Status valid = validateKey(key); !valid)
        return valid.error();
    return readProtectedFile(m_directory + QLatin1Char('/') + key, FinalNewline::Strip);
}

Error FileSecretStore::readOnly(const QString& key) const
{
    return Error(
        ErrorCode::Unavailable,
        tr("El %1 es de solo lectura: el secreto «%2» se administra editando su archivo").arg(location(), key));
}

Status FileSecretStore::write(const QString& key, const QByteArray& secret)
{
    Q_UNUSED(secret)
    return readOnly(key);
}

Status FileSecretStore::remove(const QString& key)
{
    return readOnly(key);
}

} // namespace factora::core
