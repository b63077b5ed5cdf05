// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "ServerApplication.h"
#include "ServiceHost.h"
#include "common/ApplicationIdentity.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    // Windows: always through Poco's ServerApplication, which answers the Service Control Manager and handles
    // /registerService. Linux: systemd runs the plain program; --service-host (hidden) exercises the same host.
#ifndef _WIN32
    if (!factora::server::ServiceHost::requested(argc, argv)) {
        QCoreApplication app(argc, argv);
        factora::core::ApplicationIdentity::apply();
        return factora::server::ServerApplication().run(app);
    }
#endif
    factora::server::ServiceHost host;
    return host.exec(argc, argv);
}
