// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "RendicionEncoding.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <array>

namespace factora::core {

namespace {

    // windows-1252 bytes 0x80..0x9F; 0 marks the five bytes the code page leaves undefined.
    constexpr std::array<char16_t, 32> cp1252High { 0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                                    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
                                                    0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                                    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178 };

    int cp1252Byte(char16_t unicode)
    {
        if (unicode < 0x80 || (unicode >= 0xA0 && unicode <= 0xFF))
            return unicode;
        for (std::size_t i = 0; i < cp1252High.size(); ++i) {
            if (cp1252High[i] != 0 && cp1252High[i] == unicode)
                return static_cast<int>(0x80 + i);
        }
        return -1;
    }

} // namespace

Result<RendicionEncoding> RendicionEncoding::fromName(const QString& name)
{
    const QString n = name.trimmed().toLower();
    if (n == u"latin1" || n == u"latin-1" || n == u"iso-8859-1" || n == u"iso8859-1")
        return RendicionEncoding(Kind::Latin1);
    if (n == u"windows-1252" || n == u"cp1252")
        return RendicionEncoding(Kind::Windows1252);
    if (n == u"utf-8" || n == u"utf8")
        return RendicionEncoding(Kind::Utf8);
    return Error(ErrorCode::InvalidInput,
                 QCoreApplication::translate("RendicionEncoding",
                                             "codificación desconocida «%1» (use latin1, windows-1252 o utf-8)")
                     .arg(name));
}

QString RendicionEncoding::name() const
{
    switch (m_kind) {
    case Kind::Latin1:
        return QStringLiteral("latin1");
    case Kind::Windows1252:
        return QStringLiteral("windows-1252");
    case Kind::Utf8:
        return QStringLiteral("utf-8");
    }
    return {};
}

bool RendicionEncoding::canEncode(QChar c) const
{
    if (c.isSurrogate())
        return false; // field widths count UTF-16 units: characters outside the BMP are refused
    switch (m_kind) {
    case Kind::Latin1:
        return c.unicode() <= 0xFF;
    case Kind::Windows1252:
        return cp1252Byte(c.unicode()) >= 0;
    case Kind::Utf8:
        return true;
    }
    return false;
}

QByteArray RendicionEncoding::encode(QStringView text) const
{
    switch (m_kind) {
    case Kind::Latin1:
        return text.toLatin1();
    case Kind::Windows1252: {
        QByteArray out(text.size(), '\0');
        for (qsizetype i = 0; i < text.size(); ++i)
            out[i] = static_cast<char>(cp1252Byte(text[i].unicode()));
        return out;
    }
    case Kind::Utf8:
        return text.toUtf8();
    }
    return {};
}

void RendicionEncoding::appendEncoded(QByteArray& out, QStringView text) const
{
    if (m_kind == Kind::Utf8) {
        out.append(text.toUtf8());
        return;
    }
    const qsizetype start = out.size();
    out.resize(start + text.size());
    char* bytes = out.data() + start;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = text[i].unicode();
        bytes[i] = static_cast<char>(m_kind == Kind::Latin1 || u < 0x80 ? u : cp1252Byte(u));
    }
}

Result<QString> RendicionEncoding::decode(const QByteArray& bytes) const
{
    switch (m_kind) {
    case Kind::Latin1:
        return QString::fromLatin1(bytes);
    case Kind::Windows1252: {
        QString out(bytes.size(), Qt::Uninitialized);
        for (qsizetype i = 0; i < bytes.size(); ++i) {
            const auto b = static_cast<unsigned char>(bytes[i]);
            char16_t u = b;
            if (b >= 0x80 && b <= 0x9F) {
                u = cp1252High[b - 0x80];
                if (u == 0)
                    return Error(
                        ErrorCode::InvalidInput,
                        QCoreApplication::translate("RendicionEncoding", "byte %1 (0x%2) no existe en windows-1252")
                            .arg(i + 1)
                            .arg(b, 2, 16, QLatin1Char('0')));
            }
            out[i] = QChar(u);
        }
        return out;
    }
    case Kind::Utf8: {
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString out = decoder.decode(bytes);
        if (decoder.hasError())
            return Error(ErrorCode::InvalidInput,
                         QCoreApplication::translate("RendicionEncoding", "el archivo no es UTF-8 válido"));
        return out;
    }
    }
    return QString();
}

} // namespace factora::core
