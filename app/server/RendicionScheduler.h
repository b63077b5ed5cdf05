// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "calendar/BankingCalendar.h"
#include "common/Clock.h"
#include "common/Configuration.h"
#include "delivery/DeliveryRecord.h"
#include "delivery/DeliverySettings.h"
#include "storage/Database.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <chrono>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

namespace factora::server {

/**
 * @brief The daily rendición job of factora-server (docs/delivery.md).
 *
 * Every banking day, once the America/Santiago time reaches delivery/rendicion_time, it generates the rendición of
 * that day's accounting date (closed at 14:00) for each configured channel into delivery/output_dir and delivers
 * it to the channel's destinations. Each delivery is logged and recorded in "<file>.delivery.json" next to the
 * file; a destination recorded as delivered is never sent the file again, and a file already there is not
 * regenerated. Failed deliveries are retried every 30 minutes. Weekends and holidays are skipped.
 *
 * Catch-up: every banking day after the last rendición generated (the newest day, at most catchUpDays back, whose
 * files are all in the output folder) up to the day being run is generated and delivered first, in date order,
 * each once. The first runDue() after construction (the worker's first pass) runs up to the most recent banking
 * day whose run time has passed, so a server down over one or more run times catches them all up on start; a
 * later daily run also fills any gap. The last generated day is run again only to finish its deliveries. When no
 * rendición was generated within catchUpDays (a new installation), nothing before the day being run is made.
 *
 * Several servers on one database: there is one rendición per date and channel in the database
 * (RendicionGenerator, unique key), and the server whose row went in is the one that has the file and delivers it.
 * A date and channel recorded in the database but absent from this server's folder is another's: this server
 * skips it, logs why, and counts it as done.
 */
class RendicionScheduler
{
public:
    /** @brief What the scheduler calls; the server wires RendicionGenerator and FileDeliverer, tests fakes. */
    struct Hooks
    {
        /** @brief The file name of the rendición of a date and channel. */
        std::function<core::Result<QString>(const QDate&, const QString& channel)> fileName;
        /**
         * @brief Who recorded the rendición of a date and channel in the database, if anyone did (e.g. "file X,
         * generated at T by Y"); unset means never recorded.
         */
        std::function<core::Result<std::optional<QString>>(const QDate&, const QString& channel)> recorded;
        /** @brief Writes the rendición to the given path. */
        std::function<core::Status(const QDate&, const QString& channel, const QString& path)> generate;
        /** @brief Delivers a file to a destination (e-mails get the subject and body). */
        std::function<core::DeliveryRecord(const QString& path, const core::DeliveryDestination&,
                                           const QString& subject, const QString& body)>
            deliver;
        /** @brief Called on the worker thread before it ends (e.g. to release its database connection). */
        std::function<void()> threadFinished;
    };

    /** @brief One channel of one daily run: the file and what happened to each delivery attempted in this run. */
    struct Run
    {
        QDate accountingDate;
        QString channel;
        QString filePath;
        /** @brief True when this run wrote the file (false when it was already there, or on error). */
        bool generated = false;
        /**
         * @brief True when the database already records this date and channel while the file is not in this
         * server's folder: another server (or factora-cli) generated it, so this one neither generates nor delivers
         * it.
         */
        bool generatedElsewhere = false;
        /** @brief Why the file could not be generated; empty on success. */
        QString error;
        /** @brief The deliveries attempted in this run (the ones already done earlier are not repeated). */
        QList<core::DeliveryRecord> deliveries;
        /** @brief True when the file exists and every configured destination has it. */
        bool complete = false;
    };

    /** @brief Minutes between two attempts of a day whose deliveries did not all succeed. */
    static constexpr int retryMinutes = 30;

    /** @brief How many calendar days before the day being run the catch-up looks for missed banking days. */
    static constexpr int catchUpDays = 31;

    RendicionScheduler(core::DeliverySettings settings, core::BankingCalendar calendar, const core::Clock& clock,
                       Hooks hooks);
    ~RendicionScheduler();
    RendicionScheduler(const RendicionScheduler&) = delete;
    RendicionScheduler& operator=(const RendicionScheduler&) = delete;

    /**
     * @brief The scheduler of factora-server: RendicionGenerator (rendicion/... keys) on @p database, FileDeliverer
     * with the secrets of delivery/secrets_dir, the banking calendar with cajavecina/holiday_overrides_file;
     * @p clock must outlive the scheduler.
     * @return a Configuration error naming the key that is wrong
     */
    static core::Result<std::unique_ptr<RendicionScheduler>> create(const core::Configuration& configuration,
                                                                    std::shared_ptr<core::Database> database,
                                                                    core::DeliverySettings settings,
                                                                    const core::Clock& clock = core::Clock::system());

    /**
     * @brief Does what is due at the clock's current time: today's runs when today is a banking day, the run time
     * has passed and the day is not complete (or its retry time came), preceded by the missed banking days since
     * the last generated rendición; on the first call, the same up to the latest banking day whose run time has
     * passed. Returns the runs made, in date then channel order (none when nothing was due). Called by the worker
     * thread; tests call it directly.
     */
    QList<Run> runDue();

    /** @brief When the next regular run is due (today's run time if still ahead, else the next banking day's), UTC. */
    QDateTime nextRunUtc() const;

    /** @brief Starts the worker thread: runDue() at once (catch-up), then every @p pollInterval. */
    void start(std::chrono::milliseconds pollInterval = std::chrono::seconds(30));

    /** @brief Stops the worker thread, after the run in progress if any. */
    void stop();

    /** @brief The record file kept next to a rendición file. */
    static QString recordPath(const QString& filePath);

private:
    enum class DayState { Missing, Incomplete, Complete };

    Run runChannel(const QDate& accountingDate, const QString& channel);
    /** Who recorded the date and channel in the database (Hooks::recorded), if anyone; a failure is logged. */
    std::optional<QString> recordedBy(const QDate& accountingDate, const QString& channel) const;
    /** Whether every channel's file of @p day is there, and every destination has it. */
    DayState dayState(const QDate& day) const;
    /** The banking days to run, in date order, to bring everything up to @p target. */
    QList<QDate> daysToRun(const QDate& target) const;

    core::DeliverySettings m_settings;
    core::BankingCalendar m_calendar;
    const core::Clock& m_clock;
    Hooks m_hooks;
    QDate m_completedDate;
    QDate m_attemptedDate;
    QDateTime m_retryAfterUtc;
    bool m_started = false;

    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
};

} // namespace factora::server
