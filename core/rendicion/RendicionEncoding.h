// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>

namespace factora::core {

/** @brief The character encodings a rendición file may use: ISO-8859-1, windows-1252 or UTF-8. */
class RendicionEncoding
{
public:
    enum class Kind {
        Latin1,
        Windows1252,
        Utf8,
    };

    RendicionEncoding() = default;
    explicit RendicionEncoding(Kind kind)
        : m_kind(kind)
    {
    }

    /** @brief The encoding called @p name ("latin1", "iso-8859-1", "windows-1252", "cp1252", "utf-8"), any case. */
    static Result<RendicionEncoding> fromName(const QString& name);

    Kind kind() const { return m_kind; }
    /** @brief "latin1", "windows-1252" or "utf-8". */
    QString name() const;

    /** @brief Whether @p c can be written in this encoding. */
    bool canEncode(QChar c) const;
    /** @brief @p text in this encoding; the caller checked canEncode() for each character. */
    QByteArray encode(QStringView text) const;
    /** @brief Appends @p text in this encoding to @p out; the caller checked canEncode() for each character. */
    void appendEncoded(QByteArray& out, QStringView text) const;
    /** @brief @p bytes decoded; InvalidInput naming the first byte offset that is not valid. */
    Result<QString> decode(const QByteArray& bytes) const;

private:
    Kind m_kind = Kind::Latin1;
};

} // namespace factora::core
