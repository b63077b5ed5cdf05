// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "UnavailableSecretStore.h"

#include <utility>

namespace factora::core {

UnavailableSecretStore::UnavailableSecretStore(QString reason)
    : m_reason(std::move(reason))
{
}

QString UnavailableSecretStore::location() const
{
    return tr("ningún almacén de secretos");
}

Error UnavailableSecretStore::unavailable(const QString& key) const
{
    QString message = tr("No hay un llavero del sistema en esta máquina para el secreto «%1»").arg(key);
    if (!m_reason.isEmpty())
        message += QStringLiteral(" (") + m_reason + QLatin1Char(')');
    message += tr(". Configure un archivo de secretos protegido (modo 600) o ejecute en una sesión con llavero");
    return Error(ErrorCode::Unavailable, message);
}

Result<QByteArray> UnavailableSecretStore::read(const QString& key) const
{
    return unavailable(key);
}

Status UnavailableSecretStore::write(const QString& key, const QByteArray& secret)
{
    Q_UNUSED(secret)
    return unavailable(key);
}

Status UnavailableSecretStore::remove(const QString& key)
{
    return unavailable(key);
}

} // namespace factora::core
