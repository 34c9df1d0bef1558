// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "core/store/connectionthread.h"

namespace standpoint::store {

ConnectionThread::ConnectionThread(Opener open) : m_open(std::move(open)), m_thread([this] { work(); }) {}

ConnectionThread::~ConnectionThread()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

void ConnectionThread::post(Job job)
{
    {
        const std::lock_guard lock(m_mutex);
        m_jobs.push_back(std::move(job));
        m_waiting.store(int(m_jobs.size()), std::memory_order_relaxed);
    }
    m_wake.notify_one();
}

Error ConnectionThread::openError() const
{
    const std::lock_guard lock(m_mutex);
    return m_openError;
}

bool ConnectionThread::takeOne(Job &job, bool wait)
{
    std::unique_lock lock(m_mutex);
    if (wait)
        m_wake.wait(lock, [this] { return m_stop || !m_jobs.empty(); });
    if (m_jobs.empty())
        return false;
    job = std::move(m_jobs.front());
    m_jobs.pop_front();
    m_waiting.store(int(m_jobs.size()), std::memory_order_relaxed);
    return true;
}

void ConnectionThread::interrupt()
{
    const std::lock_guard lock(m_mutex); // the connection is set and closed under the lock too
    if (m_db.isOpen())
        m_db.interrupt();
}

void ConnectionThread::runWaiting()
{
    Job job;
    while (takeOne(job, false))
        job(m_db);
}

void ConnectionThread::work()
{
    auto opened = m_open();
    {
        const std::lock_guard lock(m_mutex);
        if (opened)
            m_db = std::move(*opened);
        else
            m_openError = opened.error();
    }
    Job job;
    while (takeOne(job, true)) {
        m_running = true;
        job(m_db);
        m_running = false;
    }
    sql::Connection closing;
    {
        const std::lock_guard lock(m_mutex);
        closing = std::move(m_db);
    }
    closing = sql::Connection(); // closed on the thread that used it
}

} // namespace standpoint::store
