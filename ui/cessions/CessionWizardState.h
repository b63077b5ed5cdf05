// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "aec/AecParty.h"
#include "crypto/CertificateInfo.h"
#include "crypto/Pkcs12Bundle.h"
#include "dte/DteRecord.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace factora::ui {

/** @brief One document's outcome of the signing step: its AEC, or why it could not be built. */
struct SignedCession
{
    qint64 dteId = 0;
    QString label; ///< the document for people
    QByteArray aec; ///< empty when it failed
    QString fileName; ///< the name it is uploaded under
    qint64 amount = 0;
    QString error; ///< why it failed; empty when signed
    QStringList warnings;
};

/** @brief What the pages of CessionWizard choose, step by step, for the ones after them. */
struct CessionWizardState
{
    QList<core::DteRecord> dtes; ///< the approved DTEs chosen
    std::shared_ptr<const core::Pkcs12Bundle> signer; ///< opened with the user's password; only in memory
    core::CertificateInfo certificate;
    core::AecParty cedente; ///< only what the user gave (e-mail, address); the rest comes from each DTE
    core::AecParty cesionario;
    QString emailNotif; ///< where the SII sends its answers
    bool declaracionJurada = true; ///< no electronic Recibo is stored, so the SII's declaration goes in
    QList<SignedCession> signedCessions;
};

} // namespace factora::ui
