// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include <QString>

namespace factora::core {

/**
 * @brief One registered setting: its name ("section/key"), environment variable, default and meaning.
 *
 * The registry is Configuration::keys(); docs/configuration.md documents every entry (a test checks it).
 */
class ConfigurationKey
{
public:
    /** @brief What the value must look like; Integer values are read with Configuration::intValue(). */
    enum class Type {
        Text,
        Integer,
    };

    /** @brief Computes a default that depends on the machine, e.g. a path under the user's data folder. */
    using DefaultFunction = QString (*)();

    /**
     * @brief A text key with a fixed default.
     * @param description untranslated Spanish source text, marked with QT_TRANSLATE_NOOP("ConfigurationKey", ...)
     */
    static ConfigurationKey text(const QString& name, const QString& environmentVariable, const QString& defaultValue,
                                 const char* description);

    /**
     * @brief A text key whose default is computed when a configuration is loaded.
     * @param documentedDefault how docs and help show the default, e.g. "sqlite:///<AppDataLocation>/factora.db"
     */
    static ConfigurationKey computed(const QString& name, const QString& environmentVariable,
                                     const QString& documentedDefault, DefaultFunction computeDefault,
                                     const char* description);

    /** @brief An integer key whose value must lie in [minimum, maximum]. */
    static ConfigurationKey integer(const QString& name, const QString& environmentVariable, int defaultValue,
                                    int minimum, int maximum, const char* description);

    /** @brief "section/key", as in the INI file's [section] and on the command line. */
    const QString& name() const { return m_name; }

    /** @brief The environment variable that sets this key, e.g. "FACTORA_DATABASE_URL". */
    const QString& environmentVariable() const { return m_environmentVariable; }

    /** @brief The default in effect now (computed for computed keys). */
    QString defaultValue() const;

    /** @brief The default as the documentation writes it; equal to defaultValue() unless computed. */
    const QString& documentedDefault() const { return m_documentedDefault; }

    /** @brief What the key means, translated. */
    QString description() const;

    /** @brief Text or Integer. */
    Type type() const { return m_type; }

    /** @brief Smallest accepted value of an Integer key. */
    int minimum() const { return m_minimum; }

    /** @brief Largest accepted value of an Integer key. */
    int maximum() const { return m_maximum; }

private:
    ConfigurationKey() = default;

    QString m_name;
    QString m_environmentVariable;
    QString m_documentedDefault;
    DefaultFunction m_computeDefault = nullptr;
    const char* m_description = "";
    Type m_type = Type::Text;
    int m_minimum = 0;
    int m_maximum = 0;
};

} // namespace factora::core
