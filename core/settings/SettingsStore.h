// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "security/Actor.h"
#include "storage/Database.h"

#include <QMap>

namespace factora::core {

/**
 * @brief The settings shared through the central database (branding, templates, retention, endpoints...),
 * as opposed to a machine's own configuration file.
 *
 * Keys are dotted lower-case names ("branding.primary_color"). Anyone signed in may read them; changing one
 * needs "settings.manage" and is audited with the old and the new value, so settings never hold secrets.
 */
class SettingsStore
{
public:
    SettingsStore(Database& database, const Clock& clock);

    /** @brief The value of @p key, or @p fallback when it was never set. */
    Result<QString> value(const QString& key, const QString& fallback = {});
    /** @brief Every stored setting. */
    Result<QMap<QString, QString>> all();
    /** @brief Sets @p key to @p value (an empty value removes it). */
    Status setValue(const Actor& actor, const QString& key, const QString& value);

private:
    Database& m_database;
    const Clock& m_clock;
};

} // namespace factora::core
