// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "common/Clock.h"
#include "common/Configuration.h"
#include "common/Result.h"
#include "security/Actor.h"
#include "storage/Database.h"

#include <QIODevice>
#include <QMap>
#include <QProcessEnvironment>
#include <QTextStream>

#include <memory>
#include <optional>

namespace factora::core {
class SecretStore;
}

namespace factora::cli {

/**
 * @brief What a command runs against: its streams, environment, configuration, database and clock.
 *
 * main() builds one on the process's stdin/stdout/stderr; tests build one on buffers, so every command runs
 * in-process. The configuration and the database are loaded on first use.
 */
class CliContext
{
public:
    CliContext(QIODevice& in, QIODevice& out, QIODevice& err, QProcessEnvironment environment, bool inputIsTerminal);
    ~CliContext();

    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }
    QIODevice& in() { return m_in; }
    bool inputIsTerminal() const { return m_inputIsTerminal; }
    const QProcessEnvironment& environment() const { return m_environment; }

    /** @brief Global options from the command line: --config FILE and "section/key" overrides. */
    void setConfigFile(const QString& file) { m_configFile = file; }
    void setOverride(const QString& key, const QString& value) { m_overrides.insert(key, value); }

    const core::Clock& clock() const { return *m_clock; }
    void setClock(const core::Clock& clock) { m_clock = &clock; }

    core::Result<core::Configuration> configuration();

    /**
     * @brief The database from the configuration, opened once.
     * @param requireCurrentSchema when true (every command but `db migrate`/`db status`) a database that is
     *        not migrated to this program's version is refused with the reason; an empty SQLite database
     *        is migrated on the spot, as the desktop program does.
     */
    core::Result<std::shared_ptr<core::Database>> database(bool requireCurrentSchema = true);

    /** @brief The OS keychain (QtKeychain), or an unavailable store where there is none. */
    core::SecretStore& secrets();

    /** @brief The operator running the CLI, as the audit log names them: "cli:<OS user>". */
    core::Actor operatorActor() const;

private:
    QIODevice& m_in;
    QTextStream m_out;
    QTextStream m_err;
    QProcessEnvironment m_environment;
    bool m_inputIsTerminal;
    QString m_configFile;
    QMap<QString, QString> m_overrides;
    const core::Clock* m_clock;
    std::optional<core::Configuration> m_configuration;
    std::shared_ptr<core::Database> m_database;
    bool m_sharedConfigurationApplied = false; ///< the administration's shared values, applied once migrated
    std::unique_ptr<core::SecretStore> m_secrets;
};

} // namespace factora::cli
