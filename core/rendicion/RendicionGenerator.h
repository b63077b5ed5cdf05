// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "RendicionLayout.h"
#include "RendicionSettings.h"
#include "RendicionSummary.h"
#include "audit/AuditLog.h"
#include "common/Clock.h"
#include "common/Configuration.h"
#include "common/Result.h"
#include "security/Actor.h"
#include "storage/Database.h"

#include <QDate>
#include <QString>

#include <optional>

namespace factora::core {

/**
 * @brief Writes the daily rendición file of one accounting date and channel (docs/rendicion.md).
 *
 * One detail record per paid invoice (receivable_payments of that accounting date), a header with the
 * detail count and total, and a control record when the layout asks for it; values are formatted with the
 * layout's notation and encoding, and a value that does not fit its field is an error naming the record,
 * the field and the value's source (never truncated). Rows are streamed from the database to the file, so
 * memory does not grow with the number of payments. The file is written atomically (QSaveFile): either the
 * complete file is at the output path or nothing changed there. Each generation is recorded in
 * rendiciones_generated and in the audit log (rendicion.generate). There is one rendición per accounting date and
 * channel (a unique key): whoever records it first generated it, for every process on the database.
 *
 * Payment notifications carry no channel: they all belong to RendicionSettings::notificationChannel
 * (rendicion/notification_channel, default CV); the other channel's file has a header and no details.
 * Safe to use from any thread with its own connection of the Database.
 */
class RendicionGenerator
{
public:
    RendicionGenerator(Database& database, const Clock& clock, RendicionLayout layout, RendicionSettings settings);

    /**
     * @brief A generator with the layout and settings of @p configuration (rendicion/... keys).
     * @return a Configuration error naming the key or the layout file's line when they are wrong
     */
    static Result<RendicionGenerator> fromConfiguration(Database& database, const Clock& clock,
                                                        const Configuration& configuration);

    /**
     * @brief Generates the rendición of @p accountingDate for @p channel ("CV" or "IN").
     *
     * @param outputPath the file to write, or an existing folder: then the file is written there under the
     *        layout's file-name pattern (RendicionLayout::fileName())
     * @param actor needs collections.manage; recorded as generated_by and in the audit log
     * @return the summary; InvalidInput for an unknown channel or a value that does not fit its field,
     *         Configuration for a missing company RUT or convenio the layout needs, Io when the file cannot
     *         be written, Storage when the database fails, Conflict when the date and channel were already
     *         generated (by anyone: recorded()) or were recorded by another process while this one generated them.
     *         On error no file is left at the output path.
     */
    Result<RendicionSummary> generate(const QDate& accountingDate, const QString& channel, const QString& outputPath,
                                      const Actor& actor);

    /**
     * @brief The rendición recorded for @p accountingDate and @p channel, if any (filePath empty: the row does not
     * say where the file was written).
     */
    Result<std::optional<RendicionSummary>> recorded(const QDate& accountingDate, const QString& channel);

    /** @brief The file name the layout's pattern gives for @p accountingDate and @p channel. */
    Result<QString> fileName(const QDate& accountingDate, const QString& channel) const;

    const RendicionLayout& layout() const { return m_layout; }
    const RendicionSettings& settings() const { return m_settings; }

private:
    Database& m_database;
    const Clock& m_clock;
    RendicionLayout m_layout;
    RendicionSettings m_settings;
    AuditLog m_audit;
};

} // namespace factora::core
