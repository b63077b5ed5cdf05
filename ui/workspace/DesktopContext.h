// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "common/Clock.h"
#include "common/Configuration.h"
#include "workspace/CompanyContext.h"

#include <memory>

namespace factora::core {
class Database;
}

namespace factora::ui {

/**
 * @brief What the desktop program's pages work on: the open database (one connection per thread), the
 * configuration it was started with and the clock. Made once by DesktopLauncher; outlives every page.
 */
struct DesktopContext
{
    std::shared_ptr<core::Database> database;
    core::Configuration configuration;
    const core::Clock* clock = &core::Clock::system();
    /** @brief The company the user works for (CompanyContext), shared by every page; chosen after sign-in. */
    std::shared_ptr<CompanyContext> company = std::make_shared<CompanyContext>();
};

} // namespace factora::ui
