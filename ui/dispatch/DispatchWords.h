// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "dispatch/DispatchState.h"

#include <QString>

namespace factora::ui {

/**
 * @brief The dispatch log's codes as the Dispatch page shows them: states, channels and attempt outcomes in words
 * (Spanish, translatable).
 */
class DispatchWords
{
public:
    /** @brief The state in words with a capital letter, e.g. "Fallido". */
    static QString state(core::DispatchState state);
    /** @brief "Correo" or "SMS". */
    static QString channel(core::DispatchChannel channel);
    /**
     * @brief An attempt's outcome (dispatch_attempts.outcome: accepted, transient, permanent, ..., receipt_failed) in
     * words; an unknown code is returned as it is.
     */
    static QString outcome(const QString& outcome);
    /** @brief Whether the outcome is a failure the user should notice (shown in red). */
    static bool isFailure(const QString& outcome);
};

} // namespace factora::ui
