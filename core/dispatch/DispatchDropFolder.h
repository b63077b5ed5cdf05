// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "DispatchCampaign.h"
#include "DispatchRequest.h"
#include "DispatchService.h"

#include "common/Clock.h"
#include "common/Result.h"
#include "security/Actor.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace factora::core {

/** @brief What became of one file of the drop folder in one DispatchDropFolder::poll(). */
struct DispatchDropOutcome
{
    enum class Kind {
        Enqueued,        ///< written to the outbox now; the file is in done/
        AlreadyEnqueued, ///< the same file (name and bytes) was enqueued before; moved to done/, nothing new
        Rejected,        ///< moved to rejected/ with <name>.error.txt; nothing enqueued
        Deferred,        ///< the database failed: left in processing/ for the next poll
    };

    /** @brief The name the file was uploaded with. */
    QString fileName;
    Kind kind = Kind::Deferred;
    /** @brief The dispatches of the file (one per DTE in it): new or found. */
    QList<qint64> dispatchIds;
    /** @brief Why it was rejected or deferred, in Spanish. */
    QString reason;
};

/**
 * @brief The SFTP drop folder of invoices to send (docs/dispatch.md, "Drop folder (SFTP)"): the factoring's systems
 * upload `<name>.xml` (a DTE, EnvioDTE or AEC) with an optional sidecar `<name>.json` {"email","phone","attach"};
 * each poll() takes the complete ones and writes one dispatch per DTE to the outbox.
 *
 * A file is complete when its name does not start with '.' nor end in .part or .tmp, and its size and modification
 * time did not change since the previous poll() (uploaders write under a temporary name and rename). A taken file
 * moves (rename, atomic within the folder's file system) to processing/, then to done/ with a `.result.json` naming
 * its dispatches, or to rejected/ with a `.error.txt` saying why in Spanish; both keep the file's name plus a tag
 * of its contents (`<stem>.<tag>.xml`). Without a sidecar (or with neither e-mail nor phone in it) the debtor's
 * company record gives the contact.
 *
 * Nothing is lost or sent twice across crashes: every poll() first finishes what is in processing/, and the
 * enqueue of a file is recorded in the audit log ("dispatch.drop_folder", object "dispatch_drop_file" keyed by a
 * SHA-256 of the name and bytes) in the same transaction as its dispatches, so a file found again is moved to done/
 * without a second dispatch. Uploading the very same file (name and bytes) again therefore sends nothing new.
 *
 * One instance per folder, used from one thread; only one server may watch a folder.
 */
class DispatchDropFolder
{
public:
    static constexpr QLatin1StringView processingFolder{"processing"};
    static constexpr QLatin1StringView doneFolder{"done"};
    static constexpr QLatin1StringView rejectedFolder{"rejected"};

    /**
     * @param folder the drop folder (where files are uploaded)
     * @param defaultAttachment "pdf" or "zip" when the sidecar does not say (dispatch/attachment)
     */
    DispatchDropFolder(QString folder, Database& database, DispatchService& service, const Actor& actor,
                       QString defaultAttachment = QStringLiteral("pdf"), const Clock& clock = Clock::system());

    /**
     * @brief Checks that the folder exists and creates processing/, done/ and rejected/ in it.
     * @return Configuration naming the folder when it is missing or they cannot be created
     */
    Status prepare();

    /**
     * @brief Finishes every file left in processing/, then takes the files of the folder that are complete.
     * @return one outcome per file handled (none for files still being written); Io when a folder cannot be read
     */
    Result<QList<DispatchDropOutcome>> poll();

    const QString& folder() const { return m_folder; }

private:
    struct Seen
    {
        qint64 size = -1;
        QDateTime modified;
        friend bool operator==(const Seen&, const Seen&) = default;
    };
    struct Decision
    {
        QList<qint64> dispatchIds;
        QList<DispatchRequest> requests;
    };

    /** @brief Handles processing/@p fileName (and its sidecar there). */
    DispatchDropOutcome handle(const QString& fileName);
    /** @brief Moves @p fileName from the folder into processing/ (its sidecar first); false and @p why on failure. */
    bool take(const QString& fileName, const QString& sidecarName, QString* why);
    /** @brief The dispatches of @p xml, enqueued with its audit record in one transaction. */
    Result<Decision> enqueue(const QString& fileName, const QString& key, const QByteArray& xml,
                             const std::optional<QByteArray>& sidecar);
    Result<std::optional<QList<qint64>>> enqueuedBefore(const QString& key);
    DispatchDropOutcome finishDone(const QString& fileName, const QString& key, DispatchDropOutcome::Kind kind,
                                   const QList<qint64>& ids, const QList<DispatchRequest>& requests);
    DispatchDropOutcome finishRejected(const QString& fileName, const QString& key, const QString& reason);
    /** @brief Rejects a file of the folder that is not an invoice (wrong extension, unreadable). */
    DispatchDropOutcome rejectForeign(const QString& fileName, const QString& reason);

    QString path(QLatin1StringView subfolder, const QString& name) const;
    static QString sidecarName(const QString& xmlName);
    /** @brief "<stem>.<first 12 hex of key>.<suffix>" */
    static QString taggedName(const QString& xmlName, const QString& key, const QString& suffix);
    static QString fileKey(const QString& fileName, const QByteArray& xml);

    QString m_folder;
    Database& m_database;
    DispatchService& m_service;
    Actor m_actor;
    QString m_defaultAttachment;
    const Clock& m_clock;
    /** @brief Size and mtime of each candidate at the previous poll(). */
    QHash<QString, Seen> m_seen;
};

} // namespace factora::core
