// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "SettingsStore.h"
#include "common/Configuration.h"

#include <QList>
#include <QMap>

namespace factora::core {

/**
 * @brief Configuration keys (Configuration::keys()) that an administrator may set for every program from the
 * desktop program's Administration page, kept in the shared settings table as "config.<section>.<key>".
 *
 * Only the keys of editableKeys() that are registered in this build are offered. A value is checked against
 * the key registry (integers and their range) and the key's own rules (an SII environment name, a path, HH:MM...)
 * before it is stored through SettingsStore (needs "settings.manage", audited with the old and new value).
 * Programs read the configuration when they start: a stored value takes effect when a program applies
 * overrides() at its start (docs/desktop-administration.md), so the server must be restarted after a change.
 * Secrets and machine-local paths (certificates, key files, the database URL) are never offered.
 */
class SharedConfiguration
{
public:
    /** @brief One editable key and whether changing it needs the server to restart. */
    struct Entry
    {
        QString name;            ///< the registered "section/key"
        bool needsServerRestart; ///< read by factora-server only when it starts
    };

    SharedConfiguration(Database& database, const Clock& clock);

    /** @brief The editable keys registered in this build, in display order. */
    static QList<Entry> editableKeys();

    /** @brief Whether @p name is one of editableKeys(). */
    static bool isEditable(const QString& name);

    /** @brief The settings key that stores @p name: "sii/environment" → "config.sii.environment". */
    static QString settingKey(const QString& name);

    /**
     * @brief Checks @p value for the registered key @p name (an empty value always passes: it removes the
     * shared value). Returns an InvalidInput error naming the key, the value and what is expected.
     */
    static Status validate(const QString& name, const QString& value);

    /**
     * @brief Applies the shared values stored in @p database to @p configuration (Configuration::applyShared:
     * they replace file and default values, not the environment or the command line). The programs call it
     * once their database is open and migrated.
     */
    static Status applyTo(Configuration& configuration, Database& database);

    /** @brief The stored shared values, "section/key" → value. */
    Result<QMap<QString, QString>> overrides();

    /** @brief Validates and stores @p value for @p name (empty removes it); permission and audit as SettingsStore. */
    Status setValue(const Actor& actor, const QString& name, const QString& value);

private:
    SettingsStore m_store;
};

} // namespace factora::core
