// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
// factora-sii-sim: a stand-in for the SII's cession registry (docs/sii-sim.md). Prints "listening on URL" once
// serving, then runs until SIGTERM or SIGINT.

#include "SiiSimulator.h"
#include "SimOptions.h"

#include <QCoreApplication>
#include <QStringList>

#include <csignal>
#include <cstdio>

#include <pthread.h>

int main(int argc, char* argv[])
{
    using namespace factora::siisim;
    // Block the termination signals before any thread starts, so that every thread inherits the mask and only
    // sigwait() below receives them.
    sigset_t termination;
    sigemptyset(&termination);
    sigaddset(&termination, SIGTERM);
    sigaddset(&termination, SIGINT);
    pthread_sigmask(SIG_BLOCK, &termination, nullptr);
    std::signal(SIGPIPE, SIG_IGN);

    QCoreApplication app(argc, argv);
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    auto options = SimOptions::parse(arguments);
    if (!options) {
        std::fprintf(stderr, "%s\n", qPrintable(options.error().message()));
        return 64; // EX_USAGE
    }
    auto simulator = SiiSimulator::start(*options);
    if (!simulator) {
        std::fprintf(stderr, "factora-sii-sim: %s\n", qPrintable(simulator.error().message()));
        return 1;
    }
    std::printf("listening on %s\n", qPrintable((*simulator)->baseUrl()));
    std::fflush(stdout);

    int received = 0;
    sigwait(&termination, &received);
    (*simulator)->stop();
    return 0;
}
