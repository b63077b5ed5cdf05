// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "PasswordHasher.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

namespace factora::core {

namespace {
constexpr int SaltBytes = 16;
constexpr int HashBytes = 32;
const QLatin1StringView Scheme{"pbkdf2-sha256"};

QByteArray pbkdf2(const QString& password, const QByteArray& salt, int iterations)
{
    const QByteArray utf8 = password.toUtf8();
    QByteArray out(HashBytes, Qt::Uninitialized);
    const int ok = PKCS5_PBKDF2_HMAC(utf8.constData(), static_cast<int>(utf8.size()),
                                     reinterpret_cast<const unsigned char*>(salt.constData()),
                                     static_cast<int>(salt.size()), iterations, EVP_sha256(), HashBytes,
                                     reinterpret_cast<unsigned char*>(out.data()));
    return ok == 1 ? out : QByteArray();
}

struct Parsed
{
    int iterations = 0;
    QByteArray salt;
    QByteArray hash;
};

bool parse(const QString& stored, Parsed& parsed)
{
    const QStringList parts = stored.split(QLatin1Char('$'));
    if (parts.size() != 4 || parts[0] != Scheme)
        return false;
    bool ok = false;
    parsed.iterations = parts[1].toInt(&ok);
    parsed.salt = QByteArray::fromBase64(parts[2].toLatin1());
    parsed.hash = QByteArray::fromBase64(parts[3].toLatin1());
    return ok && parsed.iterations > 0 && !parsed.salt.isEmpty() && parsed.hash.size() == HashBytes;
}
} // namespace

Result<QString> PasswordHasher::hash(const QString& password)
{
    QByteArray salt(SaltBytes, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char*>(salt.data()), SaltBytes) != 1)
        return Error(ErrorCode::Crypto, QCoreApplication::translate("PasswordHasher", "No se pudo generar sal aleatoria."));
    const QByteArray derived = pbkdf2(password, salt, Iterations);
    if (derived.isEmpty())
        return Error(ErrorCode::Crypto, QCoreApplication::translate("PasswordHasher", "No se pudo derivar la clave."));
    return QStringLiteral("%1$%2$%3$%4")
        .arg(Scheme)
        .arg(Iterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(derived.toBase64()));
}

bool PasswordHasher::verify(const QString& password, const QString& stored)
{
    Parsed parsed;
    if (!parse(stored, parsed))
        return false;
    const QByteArray derived = pbkdf2(password, parsed.salt, parsed.iterations);
    return derived.size() == HashBytes && CRYPTO_memcmp(derived.constData(), parsed.hash.constData(), HashBytes) == 0;
}

bool PasswordHasher::needsRehash(const QString& stored)
{
    Parsed parsed;
    return !parse(stored, parsed) || parsed.iterations < Iterations;
}

void PasswordHasher::burnVerificationTime(const QString& password)
{
    static const QByteArray salt(SaltBytes, '\x5a');
    (void)pbkdf2(password, salt, Iterations);
}

Status PasswordHasher::checkStrength(const QString& password, const QString& username)
{
    if (password.size() < 10)
        return Error(ErrorCode::InvalidInput,
                     QCoreApplication::translate("PasswordHasher", "La contraseña debe tener al menos 10 caracteres."));
    if (password.trimmed().isEmpty())
        return Error(ErrorCode::InvalidInput,
                     QCoreApplication::translate("PasswordHasher", "La contraseña no puede ser solo espacios."));
    if (!username.isEmpty() && password.compare(username, Qt::CaseInsensitive) == 0)
        return Error(ErrorCode::InvalidInput,
                     QCoreApplication::translate("PasswordHasher", "La contraseña no puede ser igual al nombre de usuario."));
    return {};
}

} // namespace factora::core
