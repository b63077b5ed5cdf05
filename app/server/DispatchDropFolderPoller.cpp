// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "DispatchDropFolderPoller.h"

#include "dispatch/DispatchLogging.h"
#include "dispatch/DispatchSettings.h"
#include "security/Actor.h"

namespace factora::server {

core::Result<std::unique_ptr<DispatchDropFolderPoller>>
DispatchDropFolderPoller::create(const core::Configuration& configuration, std::shared_ptr<core::Database> database)
{
    const QString folder = configuration.value(QStringLiteral("dispatch/drop_folder")).trimmed();
    if (folder.isEmpty())
        return std::unique_ptr<DispatchDropFolderPoller>();
    auto interval = configuration.intValue(QStringLiteral("dispatch/drop_interval"));
    if (!interval)
        return interval.error();
    auto settings = core::DispatchSettings::fromConfiguration(configuration);
    if (!settings)
        return settings.error();

    std::unique_ptr<DispatchDropFolderPoller> poller(new DispatchDropFolderPoller());
    poller->m_database = database;
    poller->m_interval = std::chrono::seconds(*interval);
    // Only enqueue() is used: the channels are the DispatchWorkerPool's business.
    poller->m_service = std::make_unique<core::DispatchService>(*database, settings.value(), core::DispatchChannels{});
    poller->m_folder = std::make_unique<core::DispatchDropFolder>(
        folder, *database, *poller->m_service, core::Actor::system(QStringLiteral("server:drop_folder")),
        settings->attachmentKind);
    if (const core::Status prepared = poller->m_folder->prepare(); !prepared)
        return prepared.error();
    qCInfo(lcDispatch) << "drop folder" << folder << "watched every" << *interval << "s";
    return poller;
}

DispatchDropFolderPoller::~DispatchDropFolderPoller()
{
    stop();
}

void DispatchDropFolderPoller::start()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = false;
    }
    m_thread = std::thread([this] { loop(); });
}

void DispatchDropFolderPoller::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wakeUp.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void DispatchDropFolderPoller::loop()
{
    for (;;) {
        auto outcomes = m_folder->poll();
        if (!outcomes)
            qCWarning(lcDispatch) << "drop folder:" << outcomes.error().message();
        std::unique_lock lock(m_mutex);
        if (m_wakeUp.wait_for(lock, m_interval, [this] { return m_stopping; }))
            break;
    }
    m_database->releaseThreadConnection();
}

} // namespace factora::server
