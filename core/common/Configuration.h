// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "ConfigurationKey.h"
#include "Result.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace factora::core {

/**
 * @brief The settings shared by the desktop program, the service and the command-line tool.
 *
 * Each registered key (keys()) takes its value from, in order of precedence: the command line, the
 * environment, the values an administrator shared through the database (applyShared()), the INI file, the built-in
 * default. Secrets are never settings: the database password comes
 * from FACTORA_DATABASE_PASSWORD or the OS keychain, and load() refuses a database/url that carries one.
 * docs/configuration.md is the user-facing description.
 */
class Configuration
{
public:
    /** @brief Name of the environment variable that names the file when --config is not given. */
    static constexpr const char* fileEnvironmentVariable = "FACTORA_CONFIG";

    /**
     * @brief Reads the configuration.
     *
     * The file is @p explicitFile if not empty (from --config), else the one named by FACTORA_CONFIG in
     * @p environment, else the first existing of defaultFileLocations(); with none of them, only defaults,
     * environment and overrides apply. A file named explicitly (argument or FACTORA_CONFIG) must exist.
     * Call after QCoreApplication's organization and application names are set: defaults use them.
     *
     * @param environment where FACTORA_* variables are read; pass QProcessEnvironment::systemEnvironment()
     * @param overrides "section/key" → value from the command line
     * @return a Configuration error naming the file for a missing, unreadable or malformed file, naming the
     *         key and the file (or the command line) for an unknown key, and for a database URL with a password
     */
    static Result<Configuration> load(const QString& explicitFile, const QProcessEnvironment& environment,
                                      const QMap<QString, QString>& overrides);

    /** @brief Where load() looks for a file when none is named: the user's file, then (Unix) the system one. */
    static QStringList defaultFileLocations();

    /** @brief The registry of every key, in documentation order. */
    static const QList<ConfigurationKey>& keys();

    /** @brief The registered key called @p name, or nullptr. */
    static const ConfigurationKey* findKey(const QString& name);

    /** @brief The value of @p key. Asking for an unregistered key is a bug: asserts, and returns "" in release. */
    QString value(const QString& key) const;

    /**
     * @brief The value of the Integer key @p key.
     * @return a Configuration error naming the key, where its value came from and the text, if the value is
     *         not a whole number or is outside the key's range
     */
    Result<int> intValue(const QString& key) const;

    /**
     * @brief Applies the values an administrator stored for every program (SharedConfiguration::overrides(),
     * "section/key" → value): each replaces a value from the file or the default, never one set by the
     * environment or the command line, which stay the machine's last word. Call once the database is open.
     * @return a Configuration error naming an unregistered key; nothing is applied then
     */
    Status applyShared(const QMap<QString, QString>& values);

    /**
     * @brief Where @p key's value came from: "default", "file", "shared settings", "environment" or
     * "command line".
     */
    QString sourceOf(const QString& key) const;

    /** @brief The file that was read, or empty if none. */
    QString filePath() const { return m_filePath; }

private:
    enum class Source {
        Default,
        File,
        Shared,
        Environment,
        CommandLine,
    };

    struct Entry
    {
        QString value;
        Source source = Source::Default;
    };

    Configuration() = default;

    const Entry* entry(const QString& key) const;
    QString describeSource(const QString& key, const Entry& entry) const;

    QHash<QString, Entry> m_entries;
    QString m_filePath;
};

} // namespace factora::core
