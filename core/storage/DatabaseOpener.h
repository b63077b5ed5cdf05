// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "Database.h"
#include "common/Configuration.h"

#include <QProcessEnvironment>

namespace factora::core {

class SecretStore;

/**
 * @brief Opens the database the configuration names, the same way in all three programs.
 *
 * The URL is the setting `database/url`. A PostgreSQL password comes from the environment variable
 * FACTORA_DATABASE_PASSWORD or, failing that, from the OS keychain under keychainKey(url); with neither,
 * libpq's own ~/.pgpass or peer/trust authentication still apply. Passwords never come from the command
 * line, the configuration file or the URL.
 */
class DatabaseOpener
{
public:
    static constexpr const char* PasswordVariable = "FACTORA_DATABASE_PASSWORD";

    /** @param keychain may be null (no keychain on this machine). */
    static Result<std::shared_ptr<Database>> open(const Configuration& configuration,
                                                  const QProcessEnvironment& environment, const SecretStore* keychain);

    /** @brief Where the keychain keeps the password for @p url: "database/<host>/<port>/<database>/<user>". */
    static QString keychainKey(const DatabaseUrl& url);
};

} // namespace factora::core
