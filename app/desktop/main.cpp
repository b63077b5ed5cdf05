// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "DesktopLauncher.h"
#include "common/ApplicationIdentity.h"

#include <QApplication>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    factora::core::ApplicationIdentity::apply();
    return factora::ui::DesktopLauncher::run(app);
}
