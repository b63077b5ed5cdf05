// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include <Poco/Util/ServerApplication.h>

#include <atomic>
#include <string>
#include <thread>
#include <vector>

namespace factora::server {

/**
 * @brief factora-server hosted by Poco::Util::ServerApplication: on Windows the program every start goes through,
 * so that it answers the Service Control Manager and understands Poco's `/registerService`, `/unregisterService`,
 * `/displayName=NAME`, `/description=TEXT` and `/startup=auto|manual`; on Linux only with the hidden option
 * `--service-host` (systemd runs the plain program in the foreground).
 *
 * main() builds the QCoreApplication and runs ServerApplication::run() on the calling thread (Poco's service thread
 * on Windows). A second thread sits in waitForTerminationRequest() (the SCM's stop or shutdown, Ctrl+C in a console;
 * SIGINT, SIGTERM or SIGQUIT on Linux) and turns the request into a queued QCoreApplication::quit(). When the event
 * loop ends for another reason, that thread is woken and joined before the QCoreApplication goes away.
 *
 * Poco parses only its own options: on Windows those starting with '/', on Linux none. Everything else goes to
 * ServerApplication's parser unchanged (--config, --database, --check, --help, --version).
 */
class ServiceHost : public Poco::Util::ServerApplication
{
public:
    /** @brief The hidden Linux option that selects ServiceHost; it is removed before ServerApplication parses. */
    static constexpr const char* hostOption = "--service-host";

    ~ServiceHost() override;

    /** @brief True when @p argv (after the program name) holds hostOption. */
    static bool requested(int argc, char* argv[]);

    /**
     * @brief Runs the service (or, on Windows, registers/unregisters it) and returns the exit status:
     * ServerApplication's own (0, 69, 78) or Poco's EXIT_CONFIG/EXIT_SOFTWARE when Poco itself fails.
     * @p argv must stay valid until it returns.
     */
    int exec(int argc, char* argv[]);

protected:
    int main(const std::vector<std::string>& arguments) override;

private:
    void startTerminationWaiter();
    void stopTerminationWaiter();

    std::vector<std::string> m_arguments; // the program name, then the arguments for ServerApplication
    std::thread m_waiter;
    std::atomic_bool m_terminationRequested { false };
};

} // namespace factora::server
