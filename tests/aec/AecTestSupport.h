// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

/** @brief Helpers for the AEC tests: the real SII samples and the external judges xmllint and xmlsec1. */
class AecTestSupport
{
public:
    /** @brief A real sample from tests/data/sii (copied byte for byte from shared/sii/samples). */
    static QByteArray sii(const QString& name);
    /** @brief Runs @p program with @p arguments; its exit code (-1 when it cannot start) and output in @p output. */
    static int run(const QString& program, const QStringList& arguments, QString* output = nullptr);
    /** @brief Writes @p bytes to @p path; false on failure. */
    static bool write(const QString& path, const QByteArray& bytes);
    /** @brief Copies every schema compiled into the program's resources (:/factora/dte/schemas) to @p directory. */
    static bool extractSchemas(const QString& directory);
    /** @brief `xmllint --noout --schema AEC_v10.xsd` on the file @p path, schemas from @p schemaDirectory. */
    static int xmllint(const QString& schemaDirectory, const QString& path, QString* output);
    /**
     * @brief `xmlsec1 --verify` of the signature picked by @p nodeXPath in the file @p path, with the SII's ID
     * attributes registered (--id-attr:ID for DocumentoAEC, DocumentoDTECedido, DocumentoCesion, Documento,
     * DocumentoRecibo, SetRecibos).
     */
    static int xmlsecVerify(const QString& path, const QString& nodeXPath, QString* output);
    /**
     * @brief A Recibo for DTE 76354771-K / 33 / @p folio signed by xmlsec1 --sign with the key and certificate in
     * @p pkcs12 (no CA in it, so X509Data holds one certificate); its exact bytes. Files go to @p directory.
     */
    static QByteArray signedRecibo(const QString& directory, const QByteArray& pkcs12, const QByteArray& password,
                                   int folio, QString* output);
    /** @brief The exact bytes of every element named @p name (no prefix) in @p bytes, outermost occurrences only. */
    static QList<QByteArray> elements(const QByteArray& bytes, const QByteArray& name);
    /** @brief The text of the first @p element of @p bytes. */
    static QByteArray elementText(const QByteArray& bytes, const QByteArray& element);
};
