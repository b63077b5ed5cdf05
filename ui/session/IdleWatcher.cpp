// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "IdleWatcher.h"

#include <QCoreApplication>
#include <QEvent>

namespace factora::ui {

namespace {

    bool isInput(QEvent::Type type)
    {
        switch (type) {
        case QEvent::KeyPress:
        case QEvent::KeyRelease:
        case QEvent::MouseButtonPress:
        case QEvent::MouseButtonRelease:
        case QEvent::MouseButtonDblClick:
        case QEvent::MouseMove:
        case QEvent::Wheel:
        case QEvent::TouchBegin:
        case QEvent::TouchUpdate:
        case QEvent::TabletPress:
        case QEvent::TabletMove:
            return true;
        default:
            return false;
        }
    }

} // namespace

IdleWatcher::IdleWatcher(std::chrono::milliseconds timeout, QObject* parent)
    : QObject(parent)
    , m_timeout(timeout)
{
    // Input only restarts the elapsed count; the timer fires at the earliest possible deadline and re-arms
    // itself for the remainder, so frequent events such as mouse moves cost no timer restarts.
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &IdleWatcher::check);
}

IdleWatcher::~IdleWatcher()
{
    stop();
}

void IdleWatcher::start()
{
    if (m_timeout <= std::chrono::milliseconds::zero())
        return;
    if (!m_active)
        QCoreApplication::instance()->installEventFilter(this);
    m_active = true;
    m_sinceInput.start();
    m_timer.start(m_timeout);
}

void IdleWatcher::stop()
{
    if (!m_active)
        return;
    m_active = false;
    m_timer.stop();
    if (QCoreApplication* app = QCoreApplication::instance())
        app->removeEventFilter(this);
}

bool IdleWatcher::eventFilter(QObject* watched, QEvent* event)
{
    if (m_active && isInput(event->type()))
        m_sinceInput.restart();
    return QObject::eventFilter(watched, event);
}

void IdleWatcher::check()
{
    if (!m_active)
        return;
    const std::chrono::milliseconds elapsed(m_sinceInput.elapsed());
    if (elapsed >= m_timeout) {
        stop();
        Q_EMIT idle();
        return;
    }
    m_timer.start(m_timeout - elapsed);
}

} // namespace factora::ui
