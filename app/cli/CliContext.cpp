// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "CliContext.h"

#include "secrets/KeychainSecretStore.h"
#include "settings/SharedConfiguration.h"
#include "storage/DatabaseOpener.h"
#include "storage/Migrator.h"

#include <utility>

namespace factora::cli {

using namespace factora::core;

CliContext::CliContext(QIODevice& in, QIODevice& out, QIODevice& err, QProcessEnvironment environment,
                       bool inputIsTerminal)
    : m_in(in)
    , m_out(&out)
    , m_err(&err)
    , m_environment(std::move(environment))
    , m_inputIsTerminal(inputIsTerminal)
    , m_clock(&Clock::system())
{
}

CliContext::~CliContext()
{
    m_out.flush();
    m_err.flush();
}

Result<Configuration> CliContext::configuration()
{
    if (!m_configuration) {
        auto loaded = Configuration::load(m_configFile, m_environment, m_overrides);
        if (!loaded)
            return loaded.error();
        m_configuration = loaded.value();
    }
    return *m_configuration;
}

SecretStore& CliContext::secrets()
{
    if (!m_secrets)
        m_secrets = std::make_unique<KeychainSecretStore>();
    return *m_secrets;
}

Result<std::shared_ptr<Database>> CliContext::database(bool requireCurrentSchema)
{
    if (!m_database) {
        auto config = configuration();
        if (!config)
            return config.error();
        auto opened = DatabaseOpener::open(config.value(), m_environment, &secrets());
        if (!opened)
            return opened.error();
        m_database = opened.value();
    }
    if (requireCurrentSchema) {
        if (auto ready = Migrator(*m_database).ensureReady(); !ready)
            return ready.error();
        if (!m_sharedConfigurationApplied && m_configuration) {
            if (auto shared = SharedConfiguration::applyTo(*m_configuration, *m_database); !shared)
                return shared.error();
            m_sharedConfigurationApplied = true;
        }
    }
    return m_database;
}

Actor CliContext::operatorActor() const
{
    QString user = m_environment.value(QStringLiteral("USER"));
    if (user.isEmpty())
        user = m_environment.value(QStringLiteral("USERNAME")); // Windows
    if (user.isEmpty())
        user = QStringLiteral("desconocido");
    return Actor::system(QStringLiteral("cli:") + user);
}

} // namespace factora::cli
