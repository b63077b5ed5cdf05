// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "SiiStatusPoller.h"

#include "cession/CessionService.h"
#include "cession/SiiClientCessionGateway.h"
#include "security/Actor.h"
#include "sii/SiiClient.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSiiPoller, "factora.server.sii", QtInfoMsg)

namespace factora::server {

using namespace factora::core;

Result<std::unique_ptr<SiiStatusPoller>> SiiStatusPoller::create(const Configuration& configuration, Database& database,
                                                                 const Pkcs12Bundle& signer, const Clock& clock)
{
    auto environment = SiiEnvironment::fromConfiguration(configuration);
    if (!environment)
        return environment.error();
    auto options = SiiClientOptions::fromConfiguration(configuration);
    if (!options)
        return options.error();
    auto pollSeconds = configuration.intValue(QStringLiteral("cession/poll_seconds"));
    if (!pollSeconds)
        return pollSeconds.error();
    auto graceSeconds = configuration.intValue(QStringLiteral("cession/recovery_grace_seconds"));
    if (!graceSeconds)
        return graceSeconds.error();
    return std::unique_ptr<SiiStatusPoller>(new SiiStatusPoller(database, environment.value(), signer, options.value(),
                                                                pollSeconds.value(), graceSeconds.value(), clock));
}

SiiStatusPoller::SiiStatusPoller(Database& database, SiiEnvironment environment, const Pkcs12Bundle& signer,
                                 SiiClientOptions options, int pollSeconds, int graceSeconds, const Clock& clock)
    : m_database(database)
    , m_environment(std::move(environment))
    , m_signer(signer)
    , m_options(std::move(options))
    , m_pollSeconds(pollSeconds)
    , m_graceSeconds(graceSeconds)
    , m_clock(clock)
{
}

SiiStatusPoller::~SiiStatusPoller()
{
    stop();
}

void SiiStatusPoller::start()
{
    if (m_thread)
        return;
    m_thread.reset(QThread::create([this] { run(); }));
    m_thread->setObjectName(QStringLiteral("sii-poller"));
    m_thread->start();
    qCInfo(lcSiiPoller) << "SII status poller started for" << m_environment.name() << "every" << m_pollSeconds << "s";
}

void SiiStatusPoller::stop()
{
    if (!m_thread)
        return;
    {
        QMutexLocker lock(&m_mutex);
        m_stopping = true;
        m_wake.wakeAll();
    }
    m_thread->wait();
    m_thread.reset();
    qCInfo(lcSiiPoller) << "SII status poller stopped";
}

bool SiiStatusPoller::stopping() const
{
    QMutexLocker lock(&m_mutex);
    return m_stopping;
}

void SiiStatusPoller::run()
{
    while (!stopping()) {
        const Round round = runRound();
        if (round.recovered + round.polled + round.skipped > 0)
            qCInfo(lcSiiPoller) << "round: interrupted" << round.recovered << "polled" << round.polled << "finished"
                                << round.finished << "failures" << round.failures << "already claimed" << round.skipped;
        QMutexLocker lock(&m_mutex);
        if (!m_stopping)
            m_wake.wait(&m_mutex, QDeadlineTimer(qint64(m_pollSeconds) * 1000));
    }
    m_database.releaseThreadConnection();
}

SiiStatusPoller::Round SiiStatusPoller::runRound()
{
    Round round;
    const Actor actor = Actor::system(QStringLiteral("server"));
    CessionService service(m_database, m_clock);
    service.setRecoveryGraceSeconds(m_graceSeconds);
    SiiClient client(m_environment, m_signer, m_options, m_clock);
    SiiClientCessionGateway gateway(client);

    auto interrupted = service.interrupted(m_environment.name());
    if (!interrupted) {
        qCWarning(lcSiiPoller) << "cannot list interrupted cessions:" << interrupted.error().message();
        ++round.failures;
        return round;
    }
    // Each cession is claimed in the database before the SII is asked about it: with several servers on one
    // database, whoever claims it first this interval asks; the others skip it until the next interval.
    const auto claim = [&](const Cession& cession) {
        auto claimed = service.claimSiiPoll(cession.id, m_pollSeconds);
        if (!claimed) {
            ++round.failures;
            qCWarning(lcSiiPoller) << "cannot claim cession" << cession.id << ":" << claimed.error().message();
            return false;
        }
        if (!claimed.value()) {
            ++round.skipped;
            qCDebug(lcSiiPoller) << "cession" << cession.id << "already claimed this interval (another server, or "
                                 << "recovered earlier in this round)";
        }
        return claimed.value();
    };
    for (const Cession& cession : std::as_const(interrupted.value())) {
        if (stopping())
            return round;
        if (!claim(cession))
            continue;
        ++round.recovered;
        auto recovered = service.recover(actor, cession.id, gateway);
        if (!recovered && recovered.error().code() == ErrorCode::Conflict) {
            qCInfo(lcSiiPoller) << "interrupted cession" << cession.id
                                << "handled by another process:" << recovered.error().message();
        } else if (!recovered) {
            ++round.failures;
            qCWarning(lcSiiPoller) << "recovery of cession" << cession.id << "failed:" << recovered.error().message();
        } else if (recovered->state != CessionState::Submitting) {
            qCInfo(lcSiiPoller) << "interrupted cession" << cession.id << cession.documentKey() << "resolved as"
                                << CessionStates::name(recovered->state);
        }
    }

    auto pending = service.awaitingSii(m_environment.name());
    if (!pending) {
        qCWarning(lcSiiPoller) << "cannot list pending cessions:" << pending.error().message();
        ++round.failures;
        return round;
    }
    for (const Cession& cession : std::as_const(pending.value())) {
        if (stopping())
            return round;
        if (!claim(cession))
            continue;
        ++round.polled;
        auto refreshed = service.refresh(actor, cession.id, gateway);
        if (!refreshed) {
            ++round.failures;
            qCWarning(lcSiiPoller) << "TRACKID" << cession.trackId << "of cession" << cession.id
                                   << "could not be asked about:" << refreshed.error().message();
            continue;
        }
        if (refreshed->state == cession.state)
            continue;
        switch (refreshed->state) {
        case CessionState::Annotated:
            ++round.finished;
            qCInfo(lcSiiPoller) << "cession" << cession.id << cession.documentKey() << "TRACKID" << cession.trackId
                                << "annotated";
            break;
        case CessionState::Rejected:
            ++round.finished;
            qCWarning(lcSiiPoller) << "cession" << cession.id << cession.documentKey() << "TRACKID" << cession.trackId
                                   << "rejected:" << refreshed->siiCode << refreshed->siiMessage;
            break;
        case CessionState::Annulled:
            ++round.finished;
            qCWarning(lcSiiPoller) << "cession" << cession.id << cession.documentKey() << "TRACKID" << cession.trackId
                                   << "annulled";
            break;
        default:
            qCInfo(lcSiiPoller) << "cession" << cession.id << "TRACKID" << cession.trackId << "now"
                                << refreshed->siiCode;
            break;
        }
    }
    return round;
}

} // namespace factora::server
