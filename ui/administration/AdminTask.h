// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "storage/Database.h"

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>
#include <utility>

namespace factora::ui {

/**
 * @brief Runs database work of the administration and audit pages on the thread pool, with that thread's own
 * connection (released afterwards), and hands the result to @p done on @p receiver's thread; not at all once the
 * receiver is gone. The work must capture values and shared pointers only, never the receiver.
 */
class AdminTask
{
public:
    template <typename T, typename Work, typename Done>
    static void run(QObject* receiver, std::shared_ptr<core::Database> database, Work work, Done done)
    {
        auto* watcher = new QFutureWatcher<T>(receiver);
        QObject::connect(watcher, &QFutureWatcherBase::finished, receiver, [watcher, done = std::move(done)]() {
            const QFuture<T> future = watcher->future();
            watcher->deleteLater();
            if (future.resultCount() > 0)
                done(future.result());
        });
        watcher->setFuture(QtConcurrent::run([database = std::move(database), work = std::move(work)]() {
            T result = work(*database);
            database->releaseThreadConnection();
            return result;
        }));
    }
};

} // namespace factora::ui
