// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "common/Result.h"

#include <QList>
#include <QString>

#include <optional>

namespace factora::core {

/**
 * @brief Where a cession stands on its way to the SII's registry (docs/cessions.md).
 *
 * built → signed → submitting → submitted (the SII received it, TRACKID known) → received (the SII's intermediate
 * codes RCP … VCS) → annotated (EOK) | rejected (upload refused or RSC, RFS, RCR, RDC, RCS) | annulled (EAN).
 * A rejected cession goes back to submitting only by an explicit resubmission.
 */
enum class CessionState {
    Built, ///< the AEC exists, not signed yet
    Signed, ///< signed and recorded, not sent
    Submitting, ///< an upload began (recorded before the network call); its outcome is not known yet
    Submitted, ///< the SII answered STATUS 0 with a TRACKID (or ESTADO_ENVIO UPL)
    Received, ///< the SII is processing it (RCP, SOK, FSO, COK, VDC, VCS)
    Annotated, ///< EOK: the cession is in the registry (final)
    Rejected, ///< the upload was refused or the SII rejected the AEC; may be resubmitted explicitly
    Annulled, ///< EAN (final)
};

/** @brief Names, meanings and the allowed transitions of CessionState: the one place that decides them. */
namespace CessionStates {

    /** @brief Every state, in lifecycle order. */
    const QList<CessionState>& all();

    /** @brief The stable English name stored in the database and printed in JSON: "built" … "annulled". */
    QString name(CessionState state);

    /** @brief The state named @p name (as name() writes it), or nothing. */
    std::optional<CessionState> fromName(const QString& name);

    /** @brief A short Spanish description for people, e.g. "anotada en el registro del SII". */
    QString description(CessionState state);

    /** @brief Whether a cession may go from @p from to @p to (never to itself). */
    bool canTransition(CessionState from, CessionState to);

    /** @brief Ok when canTransition(); Conflict naming both states otherwise. */
    Status checkTransition(CessionState from, CessionState to);

    /** @brief The states a cession may go to from @p from. */
    QList<CessionState> successors(CessionState from);

    /** @brief True for submitted and received: the SII has a TRACKID to poll. */
    bool isAwaitingSii(CessionState state);

    /**
     * @brief The state an ESTADO_ENVIO code of getEstEnvio leads to: UPL submitted; RCP, SOK, FSO, COK, VDC, VCS
     * received; EOK annotated; RSC, RFS, RCR, RDC, RCS rejected; EAN annulled; nothing for an unknown code.
     */
    std::optional<CessionState> forEnvioCode(const QString& code);

} // namespace CessionStates

} // namespace factora::core
