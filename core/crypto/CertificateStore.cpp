// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "CertificateStore.h"

#include "CryptoLogging.h"
#include "secrets/SecretStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace factora::core {

namespace {
    constexpr int indexVersion = 1;
}

CertificateStore::CertificateStore(SecretStore& secrets, const Clock& clock)
    : m_secrets(secrets)
    , m_clock(clock)
{
}

QString CertificateStore::indexKey()
{
    return QStringLiteral("certificates/index");
}

QString CertificateStore::bundleKey(const QString& id)
{
    return QStringLiteral("certificates/") + id;
}

Result<QList<CertificateInfo>> CertificateStore::list() const
{
    const Result<QByteArray> stored = m_secrets.read(indexKey());
    if (!stored) {
        if (stored.error().code() == ErrorCode::NotFound)
            return QList<CertificateInfo>();
        return stored.error();
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(stored.value(), &parseError);
    const QJsonObject root = document.object();
    if (parseError.error != QJsonParseError::NoError || !document.isObject()
        || root.value(QStringLiteral("version")).toInt() != indexVersion
        || !root.value(QStringLiteral("certificates")).isArray())
        return Error(ErrorCode::Integrity,
                     tr("El índice de certificados «%1» del %2 está dañado").arg(indexKey(), m_secrets.location()));
    QList<CertificateInfo> entries;
    for (const QJsonValue& value : root.value(QStringLiteral("certificates")).toArray()) {
        Result<CertificateInfo> entry = CertificateInfo::fromJson(value.toObject());
        if (!entry)
            return entry.error();
        entries.append(std::move(entry).value());
    }
    return entries;
}

Status CertificateStore::writeIndex(const QList<CertificateInfo>& entries)
{
    QJsonArray array;
    for (const CertificateInfo& entry : entries)
        array.append(entry.toJson());
    const QJsonObject root { { QStringLiteral("version"), indexVersion }, { QStringLiteral("certificates"), array } };
    return m_secrets.write(indexKey(), QJsonDocument(root).toJson(QJsonDocument::Compact));
}

Result<CertificateInfo> CertificateStore::find(const QString& idOrPrefix) const
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]+$"));
    const QString wanted = idOrPrefix.trimmed().toLower();
    if (wanted.size() < minimumIdPrefix || wanted.size() > 64 || !hex.match(wanted).hasMatch())
        return Error(ErrorCode::InvalidInput,
                     tr("«%1» no es un identificador de certificado: se esperan de %2 a 64 dígitos hexadecimales")
                         .arg(idOrPrefix, QString::number(minimumIdPrefix)));
    const Result<QList<CertificateInfo>> entries = list();
    if (!entries)
        return entries.error();
    QList<CertificateInfo> matches;
    for (const CertificateInfo& entry : entries.value()) {
        if (entry.id.startsWith(wanted))
            matches.append(entry);
    }
    if (matches.isEmpty())
        return Error(ErrorCode::NotFound,
                     tr("No hay ningún certificado importado con identificador «%1»").arg(idOrPrefix));
    if (matches.size() > 1)
        return Error(ErrorCode::Conflict,
                     tr("El identificador «%1» corresponde a %2 certificados; escriba más dígitos")
                         .arg(idOrPrefix, QString::number(matches.size())));
    return matches.first();
}

Result<CertificateInfo> CertificateStore::import(const QByteArray& pkcs12, const QByteArray& password)
{
    if (password.isEmpty())
        return Error(ErrorCode::InvalidInput,
                     tr("El certificado debe estar protegido con una contraseña para importarlo"));
    Result<Pkcs12Bundle> bundle = Pkcs12Bundle::fromPkcs12(pkcs12, password);
    if (!bundle)
        return bundle.error();
    const Certificate& certificate = bundle.value().certificate();
    const CertificateInfo info = CertificateInfo::fromCertificate(certificate, m_clock.nowUtc());

    Result<QByteArray> encrypted = bundle.value().toPkcs12(password);
    if (!encrypted)
        return encrypted.error();
    // Check the re-encrypted file before it replaces anything.
    const Result<Pkcs12Bundle> reopened = Pkcs12Bundle::fromPkcs12(encrypted.value(), password);
    if (!reopened || reopened.value().certificate() != certificate)
        return Error(ErrorCode::Internal,
                     tr("El certificado «%1» re-cifrado no se pudo volver a abrir").arg(certificate.commonName()));

    Result<QList<CertificateInfo>> entries = list();
    if (!entries)
        return entries.error();
    if (Status written = m_secrets.write(bundleKey(info.id), encrypted.value()); !written)
        return written.error();
    QList<CertificateInfo> updated = std::move(entries).value();
    const auto existing
        = std::find_if(updated.begin(), updated.end(), [&info](const CertificateInfo& e) { return e.id == info.id; });
    if (existing != updated.end())
        *existing = info;
    else
        updated.append(info);
    if (Status written = writeIndex(updated); !written)
        return written.error();
    qCInfo(lcCrypto) << "imported certificate" << info.id << "of" << info.subject << "valid until"
                     << info.notAfter.toString(Qt::ISODate);
    return info;
}

Status CertificateStore::remove(const QString& idOrPrefix)
{
    const Result<CertificateInfo> found = find(idOrPrefix);
    if (!found)
        return found.error();
    const QString id = found.value().id;
    if (Status removed = m_secrets.remove(bundleKey(id)); !removed && removed.error().code() != ErrorCode::NotFound)
        return removed;
    Result<QList<CertificateInfo>> entries = list();
    if (!entries)
        return entries.error();
    QList<CertificateInfo> updated = std::move(entries).value();
    updated.removeIf([&id](const CertificateInfo& entry) { return entry.id == id; });
    if (Status written = writeIndex(updated); !written)
        return written;
    qCInfo(lcCrypto) << "removed certificate" << id;
    return {};
}

Result<Pkcs12Bundle> CertificateStore::open(const QString& idOrPrefix, const QByteArray& password) const
{
    const Result<CertificateInfo> found = find(idOrPrefix);
    if (!found)
        return found.error();
    const CertificateInfo& info = found.value();
    const Result<QByteArray> stored = m_secrets.read(bundleKey(info.id));
    if (!stored) {
        if (stored.error().code() == ErrorCode::NotFound)
            return Error(ErrorCode::Integrity,
                         tr("El certificado «%1» (%2) figura en el índice pero su archivo falta en el %3; "
                            "vuelva a importarlo")
                             .arg(info.commonName, info.id, m_secrets.location()));
        return stored.error();
    }
    Result<Pkcs12Bundle> bundle = Pkcs12Bundle::fromPkcs12(stored.value(), password);
    if (!bundle) {
        if (bundle.error().code() == ErrorCode::Unauthenticated)
            return Error(ErrorCode::Unauthenticated,
                         tr("La contraseña del certificado «%1» es incorrecta").arg(info.commonName));
        return bundle.error();
    }
    if (bundle.value().certificate().sha256FingerprintHex() != info.id)
        return Error(ErrorCode::Integrity,
                     tr("El archivo guardado como «%1» contiene otro certificado («%2»)")
                         .arg(info.id, bundle.value().certificate().commonName()));
    return bundle;
}

} // namespace factora::core
