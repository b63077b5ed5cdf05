// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

class QApplication;

namespace factora::ui {

/**
 * @brief The desktop program from start to end: configuration, translations, the database, then the
 * DesktopApplication's login and main window.
 *
 *   factora [--config FILE] [--database URL]
 *
 * The database is the configured `database/url` (by default a SQLite file in the user's data folder, created
 * and migrated on first start). The PostgreSQL password comes from FACTORA_DATABASE_PASSWORD or the OS keychain.
 * A problem before the login (bad configuration, unreachable or too new database) is shown in a message box
 * that says what is wrong, and the program ends with a non-zero code.
 */
class DesktopLauncher
{
public:
    static int run(QApplication& app);
};

} // namespace factora::ui
