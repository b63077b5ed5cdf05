// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "common/Clock.h"
#include "common/Configuration.h"
#include "common/Result.h"
#include "crypto/Pkcs12Bundle.h"
#include "sii/SiiClientOptions.h"
#include "sii/SiiEnvironment.h"
#include "storage/Database.h"

#include <QMutex>
#include <QThread>
#include <QWaitCondition>

#include <memory>

namespace factora::server {

/**
 * @brief factora-server's SII job (docs/cessions.md): every cession/poll_seconds it resolves the cessions left in
 * submitting (CessionService::recover, without a double upload) and asks the SII about every pending TRACKID
 * (CessionService::refresh), recording each answer. Annotations and rejections are logged and leave a
 * cession_notifications row.
 *
 * It runs on its own thread, with its own database connection and its own SiiClient, and talks to the SII chosen
 * by sii/url or sii/environment with the service's signing certificate. The first round starts at once, so every
 * server run begins with the recovery.
 *
 * Several servers on one database: each cession is claimed in the database (CessionService::claimSiiPoll) for
 * poll_seconds before the SII is asked about it, so between them the servers ask about each TRACKID once per
 * interval, and only the claimant recovers an interrupted upload (recover() itself is exclusive as well).
 */
class SiiStatusPoller
{
public:
    /** @brief What one round did. */
    struct Round
    {
        int recovered = 0; ///< interrupted uploads looked at
        int polled = 0; ///< TRACKIDs asked about
        int finished = 0; ///< cessions that reached annotated, rejected or annulled
        int failures = 0; ///< calls that failed (logged)
        /// cessions already claimed this interval (CessionService::claimSiiPoll): by another server, or recovered
        /// earlier in this round
        int skipped = 0;
    };

    /**
     * @brief A poller configured from @p configuration (cession/poll_seconds, cession/recovery_grace_seconds and
     * the SII client's keys sii/url, sii/environment, sii/timeout_ms, sii/max_attempts, sii/ca_file); Configuration
     * or InvalidInput errors name the key. @p database, @p signer and @p clock must outlive it.
     */
    static core::Result<std::unique_ptr<SiiStatusPoller>> create(const core::Configuration& configuration,
                                                                 core::Database& database,
                                                                 const core::Pkcs12Bundle& signer,
                                                                 const core::Clock& clock = core::Clock::system());

    ~SiiStatusPoller();
    SiiStatusPoller(const SiiStatusPoller&) = delete;
    SiiStatusPoller& operator=(const SiiStatusPoller&) = delete;

    /** @brief Starts the thread; the first round runs at once. */
    void start();

    /** @brief Asks the thread to stop after the call in progress, and waits for it. */
    void stop();

    const core::SiiEnvironment& environment() const { return m_environment; }
    int pollSeconds() const { return m_pollSeconds; }

private:
    SiiStatusPoller(core::Database& database, core::SiiEnvironment environment, const core::Pkcs12Bundle& signer,
                    core::SiiClientOptions options, int pollSeconds, int graceSeconds, const core::Clock& clock);

    void run();
    Round runRound();
    bool stopping() const;

    core::Database& m_database;
    core::SiiEnvironment m_environment;
    const core::Pkcs12Bundle& m_signer;
    core::SiiClientOptions m_options;
    int m_pollSeconds;
    int m_graceSeconds;
    const core::Clock& m_clock;
    std::unique_ptr<QThread> m_thread;
    mutable QMutex m_mutex;
    QWaitCondition m_wake;
    bool m_stopping = false;
};

} // namespace factora::server
