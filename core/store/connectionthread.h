// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include "core/result.h"
#include "core/sqlite/connection.h"

#include <atomic>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

namespace standpoint::store {

// One thread that owns one SQLite connection for its whole life and runs the jobs given to it, one at a
// time, in the order they were given. The app's writer is one (the only connection that writes); each
// reader is another, with a read-only connection. Jobs report back by posting to their caller; a job
// never runs on the caller's thread, so the caller never waits on SQLite.
class ConnectionThread
{
public:
    using Job = std::function<void(sql::Connection &)>;
    // Opens the thread's connection, on the thread itself; an error is kept and every job then sees a
    // closed connection (each job looks at isOpen(), or at openError()).
    using Opener = std::function<Result<sql::Connection>()>;

    explicit ConnectionThread(Opener open);
    // Runs the jobs already given, then closes the connection and joins the thread.
    ~ConnectionThread();
    ConnectionThread(const ConnectionThread &) = delete;
    ConnectionThread &operator=(const ConnectionThread &) = delete;

    void post(Job job);
    // Why the connection could not be opened (an empty message while opening, or when it opened); safe
    // from any thread once a job has seen the connection closed.
    Error openError() const;

    // For a long job on this thread (an import): whether others are waiting behind it, and running them
    // now, between two of its steps. Call both only from a job on this thread.
    bool othersWaiting() const { return m_waiting.load(std::memory_order_relaxed) > 0; }
    void runWaiting();
    // The jobs given and not yet finished (the one running included), to share work between threads.
    int load() const { return m_waiting.load(std::memory_order_relaxed) + (m_running.load(std::memory_order_relaxed) ? 1 : 0); }
    // Interrupts the statement running now, from any thread (the job then sees SQLITE_INTERRUPT).
    void interrupt();

private:
    void work();
    bool takeOne(Job &job, bool wait);

    const Opener m_open;
    sql::Connection m_db;
    Error m_openError;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Job> m_jobs;
    std::atomic<int> m_waiting{0};
    std::atomic<bool> m_running{false};
    bool m_stop = false;
    std::thread m_thread;
};

} // namespace standpoint::store
