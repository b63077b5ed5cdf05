// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "common/Configuration.h"
#include "storage/Database.h"

class QCoreApplication;

namespace factora::server {

/**
 * @brief factora-server, the headless service: reads the configuration, opens the central database, checks its
 * schema, then runs until SIGTERM/SIGINT.
 *
 *   factora-server [--config FILE] [--database URL] [--check]
 *
 * --check verifies configuration and database and exits (0 when the service could start). The service never
 * migrates PostgreSQL by itself (the operator runs `factora-cli db migrate`); an embedded SQLite file is migrated.
 * Logs go to stderr, which systemd sends to the journal.
 */
class ServerApplication
{
public:
    int run(QCoreApplication& app);
};

} // namespace factora::server
