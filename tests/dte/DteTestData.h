// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

/** @brief Test inputs for the DTE tests: the real SII samples, the signed fixtures, and byte-level edits of them. */
class DteTestData
{
public:
    /** @brief A real sample from tests/data/sii (copied byte for byte from shared/sii/samples). */
    static QByteArray sii(const QString& name);
    /** @brief A fixture from tests/data/dte (see make-fixtures.sh there). */
    static QByteArray fixture(const QString& name);

    /** @brief The real DTE sample, 76354771-K / 33 / 170, signed without xmlns (reference §0, SOURCES.md). */
    static QByteArray realDte() { return sii(QStringLiteral("DTE--76354771-K--33--170.xml")); }
    static QByteArray aecSeq1() { return sii(QStringLiteral("AEC--76399752-9--33--25568--SEQ-1.xml")); }
    static QByteArray aecSeq2() { return sii(QStringLiteral("AEC--76354771-K--33--170--SEQ-2.xml")); }

    /** @brief The bytes of the first "<DTE …>…</DTE>" element of @p file, exactly. */
    static QByteArray dteElement(const QByteArray& file);

    /**
     * @brief An EnvioDTE in @p encoding holding @p dteElements as they are, with the SiiDte default namespace
     * and, when @p withXsi, the xmlns:xsi every real envelope declares.
     */
    static QByteArray envelope(const QList<QByteArray>& dteElements, const QByteArray& encoding, bool withXsi);

    /** @brief @p bytes with the single occurrence of @p from replaced by @p to; empty when it is not exactly once. */
    static QByteArray replacedOnce(const QByteArray& bytes, const QByteArray& from, const QByteArray& to);

    /** @brief The text of the first X509Certificate element of @p bytes. */
    static QByteArray certificateText(const QByteArray& bytes);

    /** @brief The text of the first @p element of @p bytes (no attributes on it). */
    static QByteArray elementText(const QByteArray& bytes, const QByteArray& element);

    /** @brief Writes @p bytes to @p path; false on failure. */
    static bool write(const QString& path, const QByteArray& bytes);

    /** @brief Runs @p program with @p arguments; its exit code (-1 when it cannot start) and output in @p output. */
    static int run(const QString& program, const QStringList& arguments, QString* output = nullptr);

    /** @brief Writes the DTE schemas compiled into the program's resources to @p directory. */
    static bool extractSchemas(const QString& directory);
};
