// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QPromise>
#include <QThread>

#include <memory>
#include <utility>

namespace factora::ui {

/**
 * @brief Runs a piece of work on a thread of its own and hands its result back on the receiver's thread.
 *
 * The work gets a QPromise to report progress (setProgressRange/setProgressValue, seen through the returned
 * watcher) and returns its result; @p done is called with it on @p receiver's thread, and not at all once the
 * receiver is gone (the watcher is its child). The work must capture only values and shared pointers, never the
 * receiver: it may outlive it. Cancelling is the work's own business (an atomic flag it checks).
 */
class BackgroundTask
{
public:
    template <typename T, typename Work, typename Done>
    static QFutureWatcher<T>* run(QObject* receiver, Work work, Done done)
    {
        auto promise = std::make_shared<QPromise<T>>();
        auto* watcher = new QFutureWatcher<T>(receiver);
        QObject::connect(watcher, &QFutureWatcherBase::finished, receiver, [watcher, done = std::move(done)]() {
            const QFuture<T> future = watcher->future();
            watcher->deleteLater();
            if (future.resultCount() > 0)
                done(future.result());
        });
        watcher->setFuture(promise->future());
        QThread* thread = QThread::create([promise, work = std::move(work)]() mutable {
            promise->start();
            promise->addResult(work(*promise));
            promise->finish();
        });
        QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
        thread->start();
        return watcher;
    }
};

} // namespace factora::ui
