// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "CartaGuiaRow.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "security/Actor.h"

#include <QList>
#include <QStringList>

namespace factora::core {

class Database;

/**
 * @brief The integration file for the bank's factoring system ("Carta Guía", docs/carta-guia.md): one row per
 * invoice ceded to the factoring (its latest cession), with its operation, cession and collection state, written
 * as XLSX (libxlsxwriter) or CSV (RFC 4180, UTF-8 with BOM).
 *
 * Reading needs collections.read; exportTo() appends the audit row `carta_guia.export`. Files are written under a
 * temporary name and renamed into place, so a failed export leaves any earlier file untouched.
 */
class CartaGuiaExporter
{
public:
    enum class Format { Xlsx, Csv };

    /** @brief Which cessions: recorded on a date of [from, to] (Santiago), and/or of operation number. */
    struct Filter
    {
        QDate from;
        QDate to;
        QString operationNumber; ///< empty: every operation (and DTEs in none)
    };

    /** @brief What exportTo() wrote. */
    struct Summary
    {
        QString filePath;
        Format format = Format::Xlsx;
        int rowCount = 0;
        qint64 cededTotal = 0;
        qint64 paidTotal = 0;
    };

    CartaGuiaExporter(Database& database, const Clock& clock);

    /** @brief The rows of @p filter, by cession date, cedente, tipo and folio. */
    Result<QList<CartaGuiaRow>> rows(const Actor& actor, const Filter& filter);

    /** @brief Reads the rows and writes them to @p path in the format its extension names; audited. */
    Result<Summary> exportTo(const Actor& actor, const Filter& filter, const QString& path);

    /** @brief Xlsx for ".xlsx", Csv for ".csv" (any case); InvalidInput naming the file otherwise. */
    static Result<Format> formatForPath(const QString& path);

    /** @brief The header row, in column order (fixed Spanish names: they are the layout, not interface text). */
    static QStringList columnNames();

    /** @brief The Spanish word of a stored cession state ("annotated" → "anotada"). */
    static QString cessionStateName(const QString& state);

    static Status writeXlsx(const QList<CartaGuiaRow>& rows, const QString& path);
    static Status writeCsv(const QList<CartaGuiaRow>& rows, const QString& path);

private:
    Database& m_database;
    const Clock& m_clock;
};

} // namespace factora::core
