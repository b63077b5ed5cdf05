// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "RendicionScheduler.h"

#include "delivery/DeliveryLogging.h"
#include "delivery/FileDeliverer.h"
#include "rendicion/RendicionGenerator.h"
#include "secrets/FileSecretStore.h"
#include "secrets/UnavailableSecretStore.h"
#include "security/Actor.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace factora::server {

namespace {

    QList<core::DeliveryRecord> readRecords(const QString& path)
    {
        QList<core::DeliveryRecord> records;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            return records;
        }
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
        for (const QJsonValue& value : document.array()) {
            records.append(core::DeliveryRecord::fromJson(value.toObject()));
        }
        return records;
    }

    core::Status writeRecords(const QString& path, const QList<core::DeliveryRecord>& records)
    {
        QJsonArray array;
        for (const core::DeliveryRecord& record : records) {
            array.append(record.toJson());
        }
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(array).toJson()) < 0 || !file.commit()) {
            return core::Error(core::ErrorCode::Io,
                               QCoreApplication::translate("RendicionScheduler",
                                                           "No se puede escribir el registro de entregas «%1»: %2")
                                   .arg(path, file.errorString()));
        }
        return {};
    }

} // namespace

RendicionScheduler::RendicionScheduler(core::DeliverySettings settings, core::BankingCalendar calendar,
                                       const core::Clock& clock, Hooks hooks)
    : m_settings(std::move(settings))
    , m_calendar(std::move(calendar))
    , m_clock(clock)
    , m_hooks(std::move(hooks))
{
}

RendicionScheduler::~RendicionScheduler()
{
    stop();
}

core::Result<std::unique_ptr<RendicionScheduler>> RendicionScheduler::create(const core::Configuration& configuration,
                                                                             std::shared_ptr<core::Database> database,
                                                                             core::DeliverySettings settings,
                                                                             const core::Clock& clock)
{
    const QString overrides = configuration.value(u"cajavecina/holiday_overrides_file"_s).trimmed();
    core::Result<core::BankingCalendar> calendar
        = overrides.isEmpty() ? core::BankingCalendar::create() : core::BankingCalendar::withOverridesFile(overrides);
    if (!calendar) {
        return calendar.error();
    }
    core::Result<core::RendicionGenerator> generator
        = core::RendicionGenerator::fromConfiguration(*database, clock, configuration);
    if (!generator) {
        return generator.error();
    }
    std::shared_ptr<core::SecretStore> secrets;
    if (settings.secretsDirectory.isEmpty()) {
        secrets = std::make_shared<core::UnavailableSecretStore>(QCoreApplication::translate(
            "RendicionScheduler", "no hay carpeta de secretos de entrega (delivery/secrets_dir)"));
    } else {
        secrets = std::make_shared<core::FileSecretStore>(settings.secretsDirectory);
    }
    if (!QDir().mkpath(settings.outputDirectory)) {
        return core::Error(core::ErrorCode::Configuration,
                           QCoreApplication::translate("RendicionScheduler",
                                                       "No se puede crear la carpeta de rendiciones «%1» "
                                                       "(delivery/output_dir)")
                               .arg(settings.outputDirectory));
    }
    auto sharedGenerator = std::make_shared<core::RendicionGenerator>(std::move(generator.value()));
    auto deliverer = std::make_shared<core::FileDeliverer>(settings, *secrets, clock);
    const core::Actor actor = core::Actor::system(u"server:rendicion"_s);
    Hooks hooks;
    hooks.fileName = [sharedGenerator](const QDate& date, const QString& channel) {
        return sharedGenerator->fileName(date, channel);
    };
    hooks.recorded
        = [sharedGenerator](const QDate& date, const QString& channel) -> core::Result<std::optional<QString>> {
        core::Result<std::optional<core::RendicionSummary>> found = sharedGenerator->recorded(date, channel);
        if (!found) {
            return found.error();
        }
        if (!found->has_value()) {
            return std::optional<QString>();
        }
        const core::RendicionSummary& summary = **found;
        return std::optional<QString>(u"file %1, generated at %2 by %3"_s.arg(
            summary.fileName, summary.generatedAt.toString(Qt::ISODateWithMs), summary.generatedBy));
    };
    hooks.generate
        = [sharedGenerator, actor](const QDate& date, const QString& channel, const QString& path) -> core::Status {
        core::Result<core::RendicionSummary> summary = sharedGenerator->generate(date, channel, path, actor);
        if (!summary) {
            return summary.error();
        }
        qCInfo(lcDelivery).noquote() << "rendicion" << channel << date.toString(Qt::ISODate)
                                     << "written:" << summary->filePath << summary->detailCount << "details, total"
                                     << summary->totalAmount;
        return {};
    };
    hooks.deliver = [deliverer, secrets](const QString& path, const core::DeliveryDestination& destination,
                                         const QString& subject, const QString& body) {
        return deliverer->deliver(path, destination, subject, body);
    };
    hooks.threadFinished = [database] { database->releaseThreadConnection(); };
    return std::make_unique<RendicionScheduler>(std::move(settings), std::move(calendar.value()), clock,
                                                std::move(hooks));
}

QString RendicionScheduler::recordPath(const QString& filePath)
{
    return filePath + u".delivery.json"_s;
}

QDateTime RendicionScheduler::nextRunUtc() const
{
    const QDateTime local = m_clock.nowUtc().toTimeZone(m_calendar.timeZone());
    QDate day = local.date();
    if (!m_calendar.isBankingDay(day) || local.time() >= m_settings.rendicionTime) {
        day = m_calendar.nextBankingDay(day);
    }
    return QDateTime(day, m_settings.rendicionTime, m_calendar.timeZone()).toUTC();
}

QList<RendicionScheduler::Run> RendicionScheduler::runDue()
{
    const QDateTime now = m_clock.nowUtc();
    const QDateTime local = now.toTimeZone(m_calendar.timeZone());
    const QDate today = local.date();
    const bool firstPass = !m_started;
    m_started = true;
    QDate target;
    if (m_calendar.isBankingDay(today) && local.time() >= m_settings.rendicionTime) {
        target = today;
    } else if (firstPass) {
        // On start: the latest banking day whose run time has passed.
        target = m_calendar.isBankingDay(today) ? today.addDays(-1) : today;
        while (!m_calendar.isBankingDay(target) && target > today.addDays(-catchUpDays)) {
            target = target.addDays(-1);
        }
        if (!m_calendar.isBankingDay(target)) {
            return {};
        }
    } else {
        return {};
    }
    if (m_completedDate == target) {
        return {};
    }
    if (m_attemptedDate == target && now < m_retryAfterUtc) {
        return {};
    }
    const QList<QDate> days = daysToRun(target);
    if (days.isEmpty()) {
        m_completedDate = target;
        return {};
    }
    QList<Run> runs;
    bool complete = true;
    for (const QDate& day : days) {
        qCInfo(lcDelivery).noquote() << "daily rendicion run for" << day.toString(Qt::ISODate)
                                     << (day == today ? "" : "(catch-up)");
        for (const QString& channel : std::as_const(m_settings.channels)) {
            runs.append(runChannel(day, channel));
            complete = complete && runs.constLast().complete;
        }
    }
    if (complete) {
        m_completedDate = target;
    } else {
        m_attemptedDate = target;
        m_retryAfterUtc = now.addSecs(retryMinutes * 60);
        qCWarning(lcDelivery).noquote() << "daily rendicion run for" << target.toString(Qt::ISODate)
                                        << "incomplete; next attempt at" << m_retryAfterUtc.toString(Qt::ISODate);
    }
    return runs;
}

RendicionScheduler::DayState RendicionScheduler::dayState(const QDate& day) const
{
    bool complete = true;
    for (const QString& channel : std::as_const(m_settings.channels)) {
        const core::Result<QString> name = m_hooks.fileName(day, channel);
        if (!name) {
            return DayState::Missing;
        }
        const QString path = QDir(m_settings.outputDirectory).filePath(name.value());
        if (!QFileInfo::exists(path)) {
            if (recordedBy(day, channel)) {
                continue; // another server's: nothing for this one to do
            }
            return DayState::Missing;
        }
        const QList<core::DeliveryRecord> done = readRecords(recordPath(path));
        for (const core::DeliveryDestination& destination : m_settings.destinations.value(channel)) {
            const QString target = destination.toString();
            complete = complete && std::any_of(done.cbegin(), done.cend(), [&](const core::DeliveryRecord& record) {
                           return record.delivered && record.destination == target;
                       });
        }
    }
    return complete ? DayState::Complete : DayState::Incomplete;
}

QList<QDate> RendicionScheduler::daysToRun(const QDate& target) const
{
    // Back from the target to the last generated day: the days after it were missed, it may lack deliveries.
    QList<QDate> days;
    bool generatedBefore = false;
    for (QDate day = target.addDays(-1); day > target.addDays(-catchUpDays); day = day.addDays(-1)) {
        if (!m_calendar.isBankingDay(day)) {
            continue;
        }
        const DayState state = dayState(day);
        if (state != DayState::Complete) {
            days.prepend(day);
        }
        if (state != DayState::Missing) {
            generatedBefore = true;
            break;
        }
    }
    if (!generatedBefore) {
        // Nothing generated within catchUpDays (a new installation, or a very long stop): nothing to catch up.
        days.clear();
    }
    const QDate today = m_clock.nowUtc().toTimeZone(m_calendar.timeZone()).date();
    const DayState targetState = dayState(target);
    // Today's run always happens (it only finishes what is missing); an earlier target only when it has
    // something missing and there is a history to catch up with.
    const bool hasHistory = generatedBefore || targetState != DayState::Missing;
    if (target == today || (targetState != DayState::Complete && hasHistory)) {
        days.append(target);
    }
    return days;
}

RendicionScheduler::Run RendicionScheduler::runChannel(const QDate& accountingDate, const QString& channel)
{
    Run run;
    run.accountingDate = accountingDate;
    run.channel = channel;
    const core::Result<QString> name = m_hooks.fileName(accountingDate, channel);
    if (!name) {
        run.error = name.error().message();
        qCWarning(lcDelivery).noquote() << "rendicion" << channel << "file name:" << run.error;
        return run;
    }
    run.filePath = QDir(m_settings.outputDirectory).filePath(name.value());
    const auto skipRecorded = [&](const QString& by) {
        qCInfo(lcDelivery).noquote() << "rendicion" << channel << accountingDate.toString(Qt::ISODate)
                                     << u"is already recorded in the database (%1) and is not in this server's "
                                        u"folder: generated and delivered by another server; skipped"_s.arg(by);
        run.generatedElsewhere = true;
        run.complete = true;
    };
    if (!QFileInfo::exists(run.filePath)) {
        if (const std::optional<QString> by = recordedBy(accountingDate, channel)) {
            skipRecorded(*by);
            return run;
        }
        const core::Status generated = m_hooks.generate(accountingDate, channel, run.filePath);
        if (!generated) {
            // Another server recorded it first (while this one was generating): the database decided.
            if (const std::optional<QString> by = recordedBy(accountingDate, channel)) {
                skipRecorded(*by);
                return run;
            }
            run.error = generated.error().message();
            qCWarning(lcDelivery).noquote()
                << "rendicion" << channel << accountingDate.toString(Qt::ISODate) << "not generated:" << run.error;
            return run;
        }
        run.generated = true;
    }

    const QString records = recordPath(run.filePath);
    QList<core::DeliveryRecord> done = readRecords(records);
    const QString subject = QCoreApplication::translate("RendicionScheduler", "Rendición %1 del %2")
                                .arg(channel, accountingDate.toString(u"dd-MM-yyyy"_s));
    const QString body = QCoreApplication::translate("RendicionScheduler",
                                                     "Se adjunta la rendición del canal %1 de la fecha contable %2 "
                                                     "(archivo %3).\n\nFactora")
                             .arg(channel, accountingDate.toString(u"dd-MM-yyyy"_s), name.value());
    run.complete = true;
    for (const core::DeliveryDestination& destination : m_settings.destinations.value(channel)) {
        const QString target = destination.toString();
        const bool alreadyDelivered = std::any_of(done.cbegin(), done.cend(), [&](const core::DeliveryRecord& record) {
            return record.delivered && record.destination == target;
        });
        if (alreadyDelivered) {
            continue;
        }
        core::DeliveryRecord record = m_hooks.deliver(run.filePath, destination, subject, body);
        record.destination = target;
        record.fileName = name.value();
        run.deliveries.append(record);
        run.complete = run.complete && record.delivered;
        done.append(record);
        if (const core::Status written = writeRecords(records, done); !written) {
            qCWarning(lcDelivery).noquote() << written.error().message();
        }
    }
    return run;
}

std::optional<QString> RendicionScheduler::recordedBy(const QDate& accountingDate, const QString& channel) const
{
    if (!m_hooks.recorded) {
        return std::nullopt;
    }
    const core::Result<std::optional<QString>> found = m_hooks.recorded(accountingDate, channel);
    if (!found) {
        qCWarning(lcDelivery).noquote() << "rendicion" << channel << accountingDate.toString(Qt::ISODate)
                                        << "cannot be looked up in the database:" << found.error().message();
        return std::nullopt;
    }
    return found.value();
}

void RendicionScheduler::start(std::chrono::milliseconds pollInterval)
{
    stop();
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = false;
    }
    qCInfo(lcDelivery).noquote() << "rendicion scheduler started; next regular run at"
                                 << nextRunUtc().toTimeZone(m_calendar.timeZone()).toString(Qt::ISODate);
    m_thread = std::thread([this, pollInterval] {
        std::unique_lock lock(m_mutex);
        while (!m_stopping) {
            lock.unlock();
            runDue();
            lock.lock();
            m_wake.wait_for(lock, pollInterval, [this] { return m_stopping; });
        }
        lock.unlock();
        if (m_hooks.threadFinished) {
            m_hooks.threadFinished();
        }
    });
}

void RendicionScheduler::stop()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable()) {
        m_thread.join();
    }
}

} // namespace factora::server
