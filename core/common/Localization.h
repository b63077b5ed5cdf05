// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "Result.h"

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace factora::core {

/**
 * @brief Installs the translations of the user interface and the messages of every Factora program.
 *
 * Source strings are Spanish (es_CL). Factora's other catalogues are embedded in factora_core as
 * ":/i18n/factora_<lang>.qm"; Qt's own "qtbase_<lang>.qm" is loaded from the program's "translations"
 * folder or from QLibraryInfo's TranslationsPath when one is there.
 */
class Localization
{
public:
    /** @brief The language the source strings are written in: "es_CL". */
    static QString sourceLanguage();

    /** @brief The languages Factora can show: the source language first, then one per embedded catalogue. */
    static QStringList availableLanguages();

    /**
     * @brief Installs on @p app the translators for @p language, replacing those an earlier call installed.
     *
     * @p language is a locale name such as "en", "en_US", "es_CL" or "es"; empty means the system's locale,
     * and then a language without a catalogue silently falls back to Spanish. Any Spanish locale installs no
     * Factora catalogue (only Qt's qtbase_es when present).
     * @return an InvalidInput error naming the available languages when Factora has no catalogue for an
     *         explicitly requested @p language; @p app is then left in Spanish.
     */
    static Status install(QCoreApplication& app, const QString& language);
};

} // namespace factora::core
