// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

class QCoreApplication;

namespace factora::server {

/**
 * @brief Turns SIGTERM and SIGINT (Ctrl+C / console close on Windows) into a clean QCoreApplication::quit().
 *
 * Install once, before any other thread starts, so that every thread inherits the blocked signals and only
 * the dedicated waiting thread receives them.
 */
class TerminationSignals
{
public:
    static void install(QCoreApplication& app);
};

} // namespace factora::server
