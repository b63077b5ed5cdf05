// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "CessionRegistry.h"

#include <QJsonArray>

namespace factora::siisim {

QString CessionRegistry::addUpload(UploadRecord upload)
{
    const qint64 number = m_nextTrackId++;
    upload.trackId = QStringLiteral("%1").arg(number, 10, 10, QLatin1Char('0'));
    const QString trackId = upload.trackId;
    m_uploads.insert(number, std::move(upload));
    return trackId;
}

UploadRecord* CessionRegistry::upload(const QString& trackId)
{
    bool ok = false;
    const qint64 number = trackId.trimmed().toLongLong(&ok);
    auto found = ok ? m_uploads.find(number) : m_uploads.end();
    return found == m_uploads.end() ? nullptr : &found.value();
}

QList<AnnotatedCession> CessionRegistry::cessionsOf(const QString& dteKey) const
{
    return m_cessions.value(dteKey);
}

void CessionRegistry::annotate(const AnnotatedCession& cession)
{
    m_cessions[cession.dteKey].append(cession);
}

QJsonObject CessionRegistry::toJson() const
{
    QJsonArray uploads;
    for (const UploadRecord& upload : m_uploads)
        uploads.append(upload.toJson());
    QJsonArray cessions;
    for (const QList<AnnotatedCession>& chain : m_cessions) {
        for (const AnnotatedCession& cession : chain)
            cessions.append(cession.toJson());
    }
    return QJsonObject { { QStringLiteral("nextTrackId"), QString::number(m_nextTrackId) },
                         { QStringLiteral("uploads"), uploads },
                         { QStringLiteral("cessions"), cessions } };
}

void CessionRegistry::fromJson(const QJsonObject& json)
{
    m_uploads.clear();
    m_cessions.clear();
    m_nextTrackId = qMax(Q_INT64_C(1), json.value(QStringLiteral("nextTrackId")).toString().toLongLong());
    for (const QJsonValue& value : json.value(QStringLiteral("uploads")).toArray()) {
        UploadRecord upload = UploadRecord::fromJson(value.toObject());
        const qint64 number = upload.trackId.toLongLong();
        if (number > 0) {
            m_nextTrackId = qMax(m_nextTrackId, number + 1);
            m_uploads.insert(number, std::move(upload));
        }
    }
    for (const QJsonValue& value : json.value(QStringLiteral("cessions")).toArray()) {
        const AnnotatedCession cession = AnnotatedCession::fromJson(value.toObject());
        if (!cession.dteKey.isEmpty())
            m_cessions[cession.dteKey].append(cession);
    }
    for (QList<AnnotatedCession>& chain : m_cessions)
        std::sort(chain.begin(), chain.end(),
                  [](const AnnotatedCession& a, const AnnotatedCession& b) { return a.seq < b.seq; });
}

} // namespace factora::siisim
