// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "DteFileResult.h"
#include "common/Clock.h"
#include "security/UserSession.h"

#include <QFuture>
#include <QStringList>

#include <memory>

namespace factora::core {
class Actor;
class Database;
class DteService;
} // namespace factora::core

namespace factora::ui {

/**
 * @brief Imports DTE files off the UI thread: each file through core::DteService::import (one transaction per
 * file, permissions and audit included) on the worker's own database connection.
 *
 * The future reports one DteFileResult per file, in order, and its progress as files done out of files found
 * (the range is set once the folders have been walked). Cancelling stops before the next file: the files already
 * imported stay imported.
 */
class DteImportJob
{
public:
    /**
     * @brief The files to import for @p paths: files as given, folders walked recursively for "*.xml" (any case),
     * sorted by path; duplicates removed.
     */
    static QStringList collectFiles(const QStringList& paths);

    /** @brief Starts importing @p paths (files and folders) as @p session on the global thread pool. */
    static QFuture<DteFileResult> start(std::shared_ptr<core::Database> database, core::UserSession session,
                                        const core::Clock* clock, QStringList paths);

    /** @brief Imports one file with @p service as @p actor; never fails, the result says what happened. */
    static DteFileResult importFile(core::DteService& service, const core::Actor& actor, const QString& path);
};

} // namespace factora::ui
