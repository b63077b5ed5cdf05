// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "ServerApplication.h"
#include "common/ApplicationIdentity.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    factora::core::ApplicationIdentity::apply();
    return factora::server::ServerApplication().run(app);
}
