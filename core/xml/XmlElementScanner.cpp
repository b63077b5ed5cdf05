// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "XmlElementScanner.h"

#include <QCoreApplication>

namespace factora::core {

namespace {
    bool isNameEnd(char c)
    {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '/' || c == '>';
    }

    QByteArray localPart(const QByteArray& qualifiedName)
    {
        const qsizetype colon = qualifiedName.indexOf(':');
        return colon < 0 ? qualifiedName : qualifiedName.mid(colon + 1);
    }

    class Cursor
    {
    public:
        explicit Cursor(const QByteArray& bytes)
            : m_bytes(bytes)
        {
        }

        qsizetype position() const { return m_pos; }
        int line() const { return m_line; }
        bool atEnd() const { return m_pos >= m_bytes.size(); }
        char current() const { return m_bytes.at(m_pos); }
        bool startsWith(const char* text) const
        {
            const qsizetype length = static_cast<qsizetype>(qstrlen(text));
            return m_pos + length <= m_bytes.size()
                && qstrncmp(m_bytes.constData() + m_pos, text, static_cast<size_t>(length)) == 0;
        }

        // Moves to @p target, counting the line ends passed.
        void advanceTo(qsizetype target)
        {
            target = qMin(target, m_bytes.size());
            for (; m_pos < target; ++m_pos) {
                const char c = m_bytes.at(m_pos);
                if (c == '\n' || (c == '\r' && (m_pos + 1 >= m_bytes.size() || m_bytes.at(m_pos + 1) != '\n')))
                    ++m_line;
            }
        }

        // Moves just past the next @p terminator; false when there is none.
        bool skipPast(const char* terminator)
        {
            const qsizetype found = m_bytes.indexOf(terminator, m_pos);
            if (found < 0)
                return false;
            advanceTo(found + qstrlen(terminator));
            return true;
        }

    private:
        const QByteArray& m_bytes;
        qsizetype m_pos = 0;
        int m_line = 1;
    };
} // namespace

Result<QList<XmlElementSpan>> XmlElementScanner::scan(const QByteArray& bytes, const QSet<QByteArray>& localNames)
{
    const auto malformed = [](qsizetype offset) {
        return Error(ErrorCode::Internal,
                     QStringLiteral("XmlElementScanner: unexpected markup at byte %1").arg(offset));
    };
    QList<XmlElementSpan> found;
    struct Open
    {
        QByteArray name;
        qsizetype index; // into found, or -1 when not wanted
    };
    QList<Open> stack;
    Cursor cursor(bytes);
    while (!cursor.atEnd()) {
        const qsizetype next = bytes.indexOf('<', cursor.position());
        if (next < 0) {
            cursor.advanceTo(bytes.size());
            break;
        }
        cursor.advanceTo(next);
        const qsizetype tagStart = cursor.position();
        const int tagLine = cursor.line();
        bool closed = true;
        if (cursor.startsWith("<?")) {
            closed = cursor.skipPast("?>");
        } else if (cursor.startsWith("<!--")) {
            closed = cursor.skipPast("-->");
        } else if (cursor.startsWith("<![CDATA[")) {
            closed = cursor.skipPast("]]>");
        } else if (cursor.startsWith("<!")) {
            return malformed(tagStart); // DOCTYPE: the safe parser refuses it before the scanner runs
        } else if (cursor.startsWith("</")) {
            qsizetype nameEnd = tagStart + 2;
            while (nameEnd < bytes.size() && !isNameEnd(bytes.at(nameEnd)))
                ++nameEnd;
            const QByteArray name = bytes.mid(tagStart + 2, nameEnd - tagStart - 2);
            if (stack.isEmpty() || stack.last().name != name)
                return malformed(tagStart);
            closed = cursor.skipPast(">");
            const Open open = stack.takeLast();
            if (open.index >= 0)
                found[open.index].end = cursor.position();
        } else {
            qsizetype nameEnd = tagStart + 1;
            while (nameEnd < bytes.size() && !isNameEnd(bytes.at(nameEnd)))
                ++nameEnd;
            const QByteArray name = bytes.mid(tagStart + 1, nameEnd - tagStart - 1);
            if (name.isEmpty())
                return malformed(tagStart);
            // Walk to the '>' that ends the start tag, stepping over quoted attribute values.
            qsizetype pos = nameEnd;
            while (pos < bytes.size() && bytes.at(pos) != '>') {
                const char c = bytes.at(pos);
                if (c == '"' || c == '\'') {
                    const qsizetype quoteEnd = bytes.indexOf(c, pos + 1);
                    if (quoteEnd < 0)
                        return malformed(pos);
                    pos = quoteEnd;
                }
                ++pos;
            }
            if (pos >= bytes.size())
                return malformed(tagStart);
            const bool empty = bytes.at(pos - 1) == '/';
            cursor.advanceTo(pos + 1);
            qsizetype index = -1;
            if (localNames.contains(localPart(name))) {
                XmlElementSpan span;
                span.qualifiedName = name;
                span.start = tagStart;
                span.startTagEnd = pos + 1;
                span.end = empty ? pos + 1 : -1;
                span.line = tagLine;
                span.startTagEndLine = cursor.line();
                span.depth = static_cast<int>(stack.size());
                found << span;
                index = found.size() - 1;
            }
            if (!empty)
                stack << Open { name, index };
        }
        if (!closed)
            return malformed(tagStart);
    }
    if (!stack.isEmpty())
        return malformed(bytes.size());
    return found;
}

} // namespace factora::core
