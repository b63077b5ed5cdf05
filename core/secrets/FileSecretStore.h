// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "SecretStore.h"

#include <QCoreApplication>

namespace factora::core {

/**
 * @brief Read-only SecretStore for a headless server: the secret under key "a/b" is the content of the file
 * "<directory>/a/b", e.g. a PKCS#12 passphrase provisioned for the service account.
 *
 * A file is read only when it is a regular file owned by the effective user and has no permission bits for
 * group or others (mode 600 or 400); otherwise the read fails with Configuration, naming the path and its mode.
 * One final line break ("\n" or "\r\n") is dropped, so `echo secret > file` works. Unix only: elsewhere every
 * read is Unavailable. write() and remove() are always Unavailable.
 */
class FileSecretStore : public SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(FileSecretStore)

public:
    /** @brief Whether readProtectedFile() keeps the content byte for byte or drops one final line break. */
    enum class FinalNewline { Keep, Strip };

    /** @brief Largest file read, in bytes (1 MiB). */
    static constexpr qint64 maxFileSize = 1024 * 1024;

    /** @brief A store reading the files under @p directory. */
    explicit FileSecretStore(QString directory);

    /**
     * @brief The content of @p path after the ownership and mode checks above: NotFound when it does not exist,
     * Configuration when it is not a regular file, belongs to another user, is open to group or others, or is
     * larger than maxFileSize; Io when it cannot be read.
     */
    static Result<QByteArray> readProtectedFile(const QString& path, FinalNewline newline = FinalNewline::Strip);

    Result<QByteArray> read(const QString& key) const override;
    Status write(const QString& key, const QByteArray& secret) override;
    Status remove(const QString& key) override;
    QString location() const override;

private:
    Error readOnly(const QString& key) const;

    QString m_directory;
};

} // namespace factora::core
