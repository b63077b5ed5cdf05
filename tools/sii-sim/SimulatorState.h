// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "AecStageValidator.h"
#include "CessionRegistry.h"
#include "FaultInjector.h"
#include "SimOptions.h"
#include "TokenAuthority.h"
#include "common/Clock.h"

#include <QCoreApplication>
#include <QHash>

#include <map>
#include <memory>
#include <mutex>

namespace factora::siisim {

/**
 * @brief Everything the simulator knows (options, seeds and tokens, the registry, the faults left) and the one lock
 * every request takes while it reads or changes it. With --state, each change is saved atomically.
 */
class SimulatorState
{
public:
    /** @brief Builds the state for @p options; loads the state file when it exists. */
    static core::Result<std::unique_ptr<SimulatorState>> create(const SimOptions& options, const core::Clock& clock);

    const SimOptions& options() const { return m_options; }
    const core::Clock& clock() const { return m_clock; }
    FaultInjector& faults() { return m_faults; }

    /** @brief The lock to hold while using authority() and registry(), and while calling pollUpload() and save(). */
    std::mutex& mutex() { return m_mutex; }
    TokenAuthority& authority() { return m_authority; }
    CessionRegistry& registry() { return m_registry; }

    /**
     * @brief Answers one getEstEnvio poll of @p upload: returns its current state, and once a stage has been
     * answered pollsPerStage times, moves it on, running the check that decides the next stage (and annotating the
     * cession on EOK). Saves the state.
     */
    UploadRecord pollUpload(UploadRecord& upload);

    /** @brief Writes the state file atomically (nothing without --state); failures are logged, not fatal. */
    void save();

private:
    SimulatorState(const SimOptions& options, const core::Clock& clock, TrustedIssuers issuers);
    void advance(UploadRecord& upload);
    core::Status load();

    SimOptions m_options;
    const core::Clock& m_clock;
    FaultInjector m_faults;
    std::mutex m_mutex;
    TokenAuthority m_authority;
    CessionRegistry m_registry;
    std::map<QString, std::unique_ptr<AecStageValidator>> m_validators; ///< by TRACKID, while in the pipeline
};

} // namespace factora::siisim
