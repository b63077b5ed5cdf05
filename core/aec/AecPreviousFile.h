// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

// Private to core/aec.

#include "AecParty.h"
#include "common/Result.h"
#include "dte/Dte.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace factora::core {

/**
 * @brief What a re-cession takes from the previous AEC: its DTECedido and Cesion elements as exact bytes, the DTE,
 * and the facts about the last cession that the next one must follow.
 */
struct AecPreviousFile
{
    Q_DECLARE_TR_FUNCTIONS(AecPreviousFile)

public:
    /** @brief Reads @p bytes (untrusted, parsed with SafeXmlParser). InvalidInput naming what is missing. */
    static Result<AecPreviousFile> read(const QByteArray& bytes);

    /**
     * @brief True when @p bytes, read in @p encoding, mean the same read as ISO-8859-1: always for ISO-8859-1 and
     * US-ASCII; for UTF-8 only when all ASCII; for windows-1252 only without bytes 0x80–0x9F.
     */
    static bool sameInLatin1(const QByteArray& bytes, const QString& encoding);

    Dte dte; ///< the ceded DTE
    QByteArray dteCedido; ///< the DTECedido element's exact bytes
    QString dteCedidoId; ///< its DocumentoDTECedido/@ID
    QList<QByteArray> cesiones; ///< every Cesion element's exact bytes, in file order
    int lastSeq = 0; ///< SeqCesion of the last Cesion
    AecParty lastCesionario; ///< the last Cesion's Cesionario as written (RUT, RazonSocial, Direccion, eMail)
    bool lastHadDeclaracion = false; ///< the last Cesion's Cedente has a DeclaracionJurada
    QSet<QString> ids; ///< every ID attribute value in the file
    QStringList warnings; ///< in Spanish: things that may make earlier signatures verify differently
};

} // namespace factora::core
