// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "AnnotatedCession.h"
#include "UploadRecord.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace factora::siisim {

/**
 * @brief The simulated registry: every upload with its stage, and the cessions annotated per DTE. Not thread-safe:
 * SimulatorState serialises every use.
 */
class CessionRegistry
{
public:
    /** @brief Stores @p upload under the next TRACKID (ten digits, zero-padded) and returns that TRACKID. */
    QString addUpload(UploadRecord upload);

    /** @brief The upload @p trackId (compared as a number, so "38936" finds "0000038936"), or nullptr. */
    UploadRecord* upload(const QString& trackId);

    /** @brief The cessions annotated for the DTE @p dteKey ("RUTEmisor/TipoDTE/Folio"), in SeqCesion order. */
    QList<AnnotatedCession> cessionsOf(const QString& dteKey) const;

    /** @brief Annotates @p cession (it must be the next SeqCesion of its DTE). */
    void annotate(const AnnotatedCession& cession);

    QJsonObject toJson() const;
    /** @brief Replaces everything with toJson()'s output. */
    void fromJson(const QJsonObject& json);

private:
    QMap<qint64, UploadRecord> m_uploads;
    QHash<QString, QList<AnnotatedCession>> m_cessions;
    qint64 m_nextTrackId = 1;
};

} // namespace factora::siisim
