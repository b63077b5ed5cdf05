// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "Cession.h"
#include "CessionEvent.h"
#include "CessionNotification.h"
#include "CessionSiiAnswer.h"
#include "CessionSiiGateway.h"
#include "audit/AuditLog.h"
#include "common/Clock.h"
#include "security/Actor.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace factora::core {

/**
 * @brief Cessions on their way to the SII's registry (docs/cessions.md): recording an AEC, submitting it, following
 * its TRACKID, explicit resubmission and the recovery of an upload cut off mid-way.
 *
 * Every transition (CessionStates decides which are allowed) is written in one transaction with its cession_events
 * row and an audit_log entry; annotation, rejection and annulment also leave a cession_notifications row. Every
 * answer of the SII is stored byte for byte in sii_answers before the state it causes. Calls to the SII happen
 * outside any transaction. Recording, submitting and following need cession.sign; resubmitting cession.resubmit.
 * Safe from several threads and processes: each change reads the cession under a row lock (PostgreSQL SELECT … FOR
 * UPDATE; SQLite's write lock) and applies only if the stored state is still the one read.
 */
class CessionService
{
public:
    CessionService(Database& database, const Clock& clock);

    /**
     * @brief Seconds an interrupted upload (state submitting) is given before recover() uploads it again when the
     * SII's registry does not show it (default 300; 0 re-uploads at once).
     */
    void setRecoveryGraceSeconds(int seconds) { m_recoveryGraceSeconds = seconds; }
    int recoveryGraceSeconds() const { return m_recoveryGraceSeconds; }

    /**
     * @brief Records the AEC @p aec for @p environment (SiiEnvironment::name()) in state signed, after checking it
     * with AecVerifier (schema and every signature; InvalidInput listing what fails). Idempotent: the same bytes
     * already recorded for the environment give the existing cession, whatever its state, and nothing is written.
     */
    Result<Cession> record(const Actor& actor, const QByteArray& aec, const QString& fileName,
                           const QString& environment, const QString& emailNotif);

    /**
     * @brief Uploads a signed cession through @p sii. The state becomes submitting (committed) before the upload;
     * the receipt is stored, then STATUS 0 makes it submitted with its TRACKID and any other STATUS rejected with
     * the SII's meaning. An Unavailable upload (outcome unknown) leaves it submitting and fails with Unavailable;
     * any other failure returns it to signed. A cession already submitting is recovered (recover()); any other
     * state is a Conflict: a cession is never uploaded twice except by resubmit() or a recovery.
     */
    Result<Cession> submit(const Actor& actor, qint64 id, CessionSiiGateway& sii);

    /**
     * @brief Asks the SII (getEstEnvio) about the cession's TRACKID once and applies the answer (applyEnvioStatus()).
     * The cession must have a TRACKID.
     */
    Result<Cession> refresh(const Actor& actor, qint64 id, CessionSiiGateway& sii);

    /**
     * @brief Stores @p status (an answer of getEstEnvio about cession @p id) and moves the cession: UPL submitted;
     * RCP … VCS received; EOK annotated; RSC, RFS, RCR, RDC, RCS rejected with the SII's description; EAN annulled.
     * An answer that cannot move it (same state, unknown code, an old answer) is stored and changes nothing else.
     * An RCS for a re-uploaded cession is first checked against the registry through @p sii (when given): if the
     * registry already shows the cesionario as holder, the first upload got through and the cession is annotated.
     */
    Result<Cession> applyEnvioStatus(const Actor& actor, qint64 id, const SiiEnvioStatus& status,
                                     CessionSiiGateway* sii = nullptr);

    /**
     * @brief Uploads a rejected cession again, at a person's explicit request: needs cession.resubmit and a
     * @p reason, both recorded in cession_events and the audit log.
     */
    Result<Cession> resubmit(const Actor& actor, qint64 id, const QString& reason, CessionSiiGateway& sii);

    /**
     * @brief Resolves a cession left in submitting (the upload was cut off: crash, lost connection) without a
     * double submission: asks the registry (getEstCesion, then getEstCesionRelac for the cesionario) whether the
     * cession is already annotated, and if so marks it annotated without uploading. If not, and the upload began
     * more than recoveryGraceSeconds() ago, uploads it again (as submit() does); within the grace period it leaves
     * it submitting. A registry that cannot be asked fails and uploads nothing. Other states are returned as they
     * are. Exclusive across processes: when another process uploaded it again while the registry was being asked,
     * this one fails with Conflict and uploads nothing.
     */
    Result<Cession> recover(const Actor& actor, qint64 id, CessionSiiGateway& sii);

    /**
     * @brief Claims cession @p id for one call to the SII by this process: true when nobody (no thread, no other
     * factora-server on the same database) claimed it in the last @p intervalSeconds, and records the claim; false
     * when someone did. The SII status poller claims each cession before recover() or refresh(), so several servers
     * ask the SII about each TRACKID once per interval between them (docs/cessions.md).
     */
    Result<bool> claimSiiPoll(qint64 id, int intervalSeconds);

    /** @brief The cession @p id (with its AEC). */
    Result<Cession> find(qint64 id);

    /** @brief The cession of @p environment whose last upload got @p trackId, if any. */
    Result<std::optional<Cession>> findByTrackId(const QString& environment, const QString& trackId);

    /** @brief Cessions with a TRACKID the SII has not finished (submitted, received), oldest first. */
    Result<QList<Cession>> awaitingSii(const QString& environment = {});

    /** @brief Cessions left in submitting, oldest first. */
    Result<QList<Cession>> interrupted(const QString& environment = {});

    /** @brief Every cession of a document, by sequence. */
    Result<QList<Cession>> forDocument(const QString& emitterRut, int tipo, qint64 folio);

    /** @brief The transitions of cession @p id. */
    Result<QList<CessionEvent>> events(qint64 id);

    /** @brief The SII's answers about cession @p id. */
    Result<QList<CessionSiiAnswer>> answers(qint64 id);

    /** @brief The notifications for the desktop; only unread ones when @p unreadOnly. */
    Result<QList<CessionNotification>> notifications(bool unreadOnly);

private:
    /** @brief A cession read again inside a transaction just begun on the calling thread's connection. */
    struct CessionChange
    {
        QSqlDatabase db;
        Transaction tx;
        Cession cession;
    };
    Result<CessionChange> beginChange(qint64 id);
    Result<Cession> upload(const Actor& actor, Cession cession, CessionSiiGateway& sii);
    Status transition(const QSqlDatabase& db, const Actor& actor, Cession& cession, CessionState to,
                      const QString& reason);
    Status audit(const QSqlDatabase& db, const Actor& actor, const Cession& cession, const QString& action,
                 const QString& reason);
    Status storeAnswer(const Cession& cession, CessionSiiAnswer::Kind kind, const QByteArray& raw, const QString& code,
                       const QString& description);
    /** @brief Whether the registry shows @p cession's cesionario as the document's holder; stores both answers. */
    Result<bool> registryHolds(const Cession& cession, CessionSiiGateway& sii, QString* holder);
    Status checkEnvironment(const Cession& cession, const CessionSiiGateway& sii) const;

    Database& m_database;
    const Clock& m_clock;
    AuditLog m_audit;
    int m_recoveryGraceSeconds = 300;
};

} // namespace factora::core
