// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "ServiceHost.h"

#include "ServerApplication.h"
#include "common/ApplicationIdentity.h"

#include <Poco/Exception.h>

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QMetaObject>

#include <cstring>
#include <exception>

#ifndef _WIN32
#include <csignal>
#include <pthread.h>
#endif

Q_LOGGING_CATEGORY(lcServiceHost, "factora.server.service", QtInfoMsg)

namespace factora::server {

ServiceHost::~ServiceHost()
{
    stopTerminationWaiter();
}

bool ServiceHost::requested(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], hostOption) == 0)
            return true;
    }
    return false;
}

int ServiceHost::exec(int argc, char* argv[])
{
    // Poco throws on any option it does not define, and in Unix mode it reads every "-x"/"--xyz": there it sees
    // only the program name. In its Windows mode it reads only "/name" arguments and passes the rest to main().
    std::vector<std::string> pocoArguments;
    m_arguments.clear();
    for (int i = 0; i < argc; ++i) {
        const std::string argument(argv[i]);
        if (i > 0 && argument == hostOption)
            continue;
#ifdef _WIN32
        pocoArguments.push_back(argument);
        if (i > 0 && argument.starts_with('/'))
            continue;
#else
        if (i == 0)
            pocoArguments.push_back(argument);
#endif
        m_arguments.push_back(argument);
    }
    return Poco::Util::ServerApplication::run(pocoArguments);
}

int ServiceHost::main(const std::vector<std::string>& arguments)
{
    // Arguments given to the service's start in the SCM (Windows only) are not used: the service is configured by
    // its command line (FactoraWindows.cmake, docs/installers.md) or FACTORA_CONFIG.
    if (config().getBool("application.runAsService", false) && !arguments.empty())
        qCWarning(lcServiceHost) << "ignoring" << arguments.size() << "service start parameters";

#ifndef _WIN32
    // Blocked here, before any thread starts, so that every thread inherits the mask and a termination signal is
    // only ever taken by a sigwait(): the waiter below (SIGINT, SIGTERM, SIGQUIT) or TerminationSignals' own
    // thread (SIGINT, SIGTERM), which ServerApplication::run() installs. Whichever takes it, the result is the same
    // queued quit(); the waiter is woken explicitly when the other one won.
    sigset_t termination;
    sigemptyset(&termination);
    sigaddset(&termination, SIGINT);
    sigaddset(&termination, SIGTERM);
    sigaddset(&termination, SIGQUIT);
    pthread_sigmask(SIG_BLOCK, &termination, nullptr);
#endif

    // QCoreApplication keeps references to argc and argv: both live until it is destroyed at the end of main().
    std::vector<std::string> storage = m_arguments;
    std::vector<char*> argv;
    for (std::string& argument : storage)
        argv.push_back(argument.data());
    argv.push_back(nullptr);
    int argc = static_cast<int>(storage.size());
    QCoreApplication app(argc, argv.data());
    core::ApplicationIdentity::apply();

    startTerminationWaiter();
    int code = 0;
    try {
        code = factora::server::ServerApplication().run(app);
    } catch (...) {
        stopTerminationWaiter();
        throw;
    }
    stopTerminationWaiter();
    return code;
}

void ServiceHost::startTerminationWaiter()
{
    m_terminationRequested = false;
    m_waiter = std::thread([this]() {
        try {
            waitForTerminationRequest();
        } catch (const Poco::Exception& error) {
            qCCritical(lcServiceHost) << "cannot wait for a termination request:" << error.displayText().c_str();
            return;
        } catch (const std::exception& error) {
            qCCritical(lcServiceHost) << "cannot wait for a termination request:" << error.what();
            return;
        }
        m_terminationRequested = true;
        qCInfo(lcServiceHost) << "termination requested";
        // The application outlives this thread: stopTerminationWaiter() joins it before main() destroys it.
        QMetaObject::invokeMethod(QCoreApplication::instance(), &QCoreApplication::quit, Qt::QueuedConnection);
    });
}

void ServiceHost::stopTerminationWaiter()
{
    if (!m_waiter.joinable())
        return;
    if (!m_terminationRequested) {
#ifdef _WIN32
        // Sets the event waitForTerminationRequest() waits on.
        Poco::Util::ServerApplication::terminate();
#else
        // Directed at the waiter alone, which has SIGTERM blocked and is (or soon will be) in sigwait(): no other
        // thread can take it. Poco's terminate() would signal the whole process instead.
        pthread_kill(m_waiter.native_handle(), SIGTERM);
#endif
    }
    m_waiter.join();
}

} // namespace factora::server
