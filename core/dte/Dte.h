// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "DteAmounts.h"
#include "DteParty.h"
#include "DtePayment.h"

#include <QByteArray>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace factora::core {

/**
 * @brief One electronic tax document (DTE) as loaded from a file: its exact bytes and the fields the back office uses.
 *
 * Made by DteReader. xml() is the DTE element exactly as it stands in the file, from "<DTE" to "</DTE>", in the
 * file's encoding (encoding()); it is what gets embedded in an AEC and hashed (sha256Hex()). Fields are read from
 * Documento, Liquidacion or Exportaciones, whichever the DTE holds. A DTE whose fields cannot all be read still
 * loads, with problems() saying what is wrong; isComplete() is false then and it must not be stored.
 */
class Dte
{
public:
    /** @brief The file (or name) it was loaded from. */
    const QString& sourceName() const { return m_sourceName; }
    /** @brief Its position among the DTEs of the file, from 0. */
    int index() const { return m_index; }
    /** @brief "DTE" for a lone DTE file, "EnvioDTE" for an envelope, "AEC" for the DTE inside a cession file. */
    const QString& container() const { return m_container; }
    /** @brief The line of the file where "<DTE" starts. */
    int line() const { return m_line; }
    /** @brief Offset of "<DTE" in the file's bytes. */
    qsizetype byteOffset() const { return m_byteOffset; }
    /** @brief The DTE element's exact bytes, as in the file. */
    const QByteArray& xml() const { return m_xml; }
    /** @brief SHA-256 of xml(), lower-case hexadecimal. */
    const QString& sha256Hex() const { return m_sha256Hex; }
    /** @brief The encoding of xml(): "ISO-8859-1", "windows-1252", "UTF-8" or "US-ASCII". */
    const QString& encoding() const { return m_encoding; }

    /** @brief The ID attribute of Documento (Liquidacion, Exportaciones): what the signature references. */
    const QString& documentId() const { return m_documentId; }
    /** @brief TipoDTE, e.g. 33. */
    int tipo() const { return m_tipo; }
    /** @brief Folio. */
    qint64 folio() const { return m_folio; }
    /** @brief FchEmis. */
    const QDate& fechaEmision() const { return m_fechaEmision; }
    /** @brief FchVenc; invalid when the DTE has none. */
    const QDate& fechaVencimiento() const { return m_fechaVencimiento; }
    /** @brief The payment schedule (MntPagos), in document order; empty when absent. */
    const QList<DtePayment>& pagos() const { return m_pagos; }
    const DteParty& emisor() const { return m_emisor; }
    const DteParty& receptor() const { return m_receptor; }
    const DteAmounts& montos() const { return m_montos; }
    /** @brief The TED element's exact bytes (the "timbre"); empty when the DTE has none. */
    const QByteArray& ted() const { return m_ted; }
    /** @brief The emitter's signing certificate (the signature's X509Certificate), DER; empty when absent. */
    const QByteArray& certificateDer() const { return m_certificateDer; }

    /** @brief Things worth knowing that do not make the DTE unusable (e.g. windows-1252 text declared ISO-8859-1). */
    const QStringList& warnings() const { return m_warnings; }
    /** @brief Why fields could not be read, each naming the file and line; empty when complete. */
    const QStringList& problems() const { return m_problems; }
    /** @brief True when every required field was read (no problems()). */
    bool isComplete() const { return m_problems.isEmpty(); }

    /** @brief "RUTEmisor/TipoDTE/Folio", e.g. "76354771-K/33/170": the DTE's identity at the SII. */
    QString naturalKey() const;

    /** @brief Everything above except the bytes themselves (sizes, offsets and hashes instead; the TED as text). */
    QJsonObject toJson() const;

private:
    friend class DteFieldReader;

    QString m_sourceName;
    int m_index = 0;
    QString m_container;
    int m_line = 0;
    qsizetype m_byteOffset = 0;
    QByteArray m_xml;
    QString m_sha256Hex;
    QString m_encoding;
    QString m_documentId;
    int m_tipo = 0;
    qint64 m_folio = 0;
    QDate m_fechaEmision;
    QDate m_fechaVencimiento;
    QList<DtePayment> m_pagos;
    DteParty m_emisor;
    DteParty m_receptor;
    DteAmounts m_montos;
    QByteArray m_ted;
    QString m_tedText;
    QByteArray m_certificateDer;
    QStringList m_warnings;
    QStringList m_problems;
};

} // namespace factora::core
