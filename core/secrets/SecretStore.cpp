// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "SecretStore.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace factora::core {

namespace {
    constexpr int maxKeyLength = 200;
}

Status SecretStore::validateKey(const QString& key)
{
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9_./-]+$"));
    static const QRegularExpression chunkSuffix(QStringLiteral("\\.[0-9]+$"));
    const auto invalid = [&key](const char* reason) {
        return Error(ErrorCode::InvalidInput,
                     QCoreApplication::translate("SecretStore", "Clave de secreto «%1» no válida: %2")
                         .arg(key, QCoreApplication::translate("SecretStore", reason)));
    };
    if (key.isEmpty())
        return Error(ErrorCode::InvalidInput,
                     QCoreApplication::translate("SecretStore", "La clave del secreto está vacía"));
    if (key.size() > maxKeyLength)
        return invalid(QT_TRANSLATE_NOOP("SecretStore", "tiene más de 200 caracteres"));
    if (!allowed.match(key).hasMatch())
        return invalid(QT_TRANSLATE_NOOP("SecretStore", "solo se admiten letras ASCII, dígitos y los signos _ - . /"));
    for (const QString& segment : key.split(QLatin1Char('/'))) {
        if (segment.isEmpty() || segment == QLatin1StringView(".") || segment == QLatin1StringView(".."))
            return invalid(QT_TRANSLATE_NOOP("SecretStore", "tiene un tramo vacío, «.» o «..» entre barras"));
    }
    if (chunkSuffix.match(key).hasMatch())
        return invalid(
            QT_TRANSLATE_NOOP("SecretStore", "no puede terminar en punto y dígitos (reservado para los trozos)"));
    return {};
}

} // namespace factora::core
