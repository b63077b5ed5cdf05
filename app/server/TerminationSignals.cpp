// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "TerminationSignals.h"

#include <QCoreApplication>
#include <QMetaObject>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <csignal>
#include <pthread.h>
#include <thread>
#endif

namespace factora::server {

namespace {
QCoreApplication* application = nullptr;

void requestQuit()
{
    if (application)
        QMetaObject::invokeMethod(application, &QCoreApplication::quit, Qt::QueuedConnection);
}

#ifdef Q_OS_WIN
BOOL WINAPI onConsoleEvent(DWORD)
{
    requestQuit();
    return TRUE;
}
#endif
} // namespace

void TerminationSignals::install(QCoreApplication& app)
{
    application = &app;
#ifdef Q_OS_WIN
    SetConsoleCtrlHandler(onConsoleEvent, TRUE);
#else
    sigset_t termination;
    sigemptyset(&termination);
    sigaddset(&termination, SIGTERM);
    sigaddset(&termination, SIGINT);
    pthread_sigmask(SIG_BLOCK, &termination, nullptr);
    std::thread([termination]() {
        int received = 0;
        sigwait(&termination, &received);
        requestQuit();
    }).detach();
#endif
}

} // namespace factora::server
