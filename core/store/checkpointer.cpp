// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "core/store/checkpointer.h"

#include "core/sqlite/connection.h"

#include <sqlite3.h>

namespace standpoint::store {

Checkpointer::Checkpointer(QString path) : m_path(std::move(path)) {}

std::unique_ptr<Checkpointer> Checkpointer::start(sql::Connection &writer)
{
    std::unique_ptr<Checkpointer> checkpointer(new Checkpointer(writer.path()));
    // Replaces the writer's own checkpoints, which SQLite runs from this same hook. The thread and its
    // connection are only made when a commit first needs them, so a store that is only read, or only
    // written a little (a command-line call), costs no thread.
    sqlite3_wal_hook(writer.handle(), &Checkpointer::committed, checkpointer.get());
    return checkpointer;
}

Checkpointer::~Checkpointer()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

int Checkpointer::committed(void *self, sqlite3 *writer, const char *name, int pages)
{
    auto *checkpointer = static_cast<Checkpointer *>(self);
    if (pages < kPages)
        return SQLITE_OK;
    if (!checkpointer->m_thread.joinable()) {
        auto own = sql::Connection::open(checkpointer->m_path);
        if (!own) { // the writer goes on doing its own checkpoints
            sqlite3_wal_autocheckpoint(writer, kPages);
            return sqlite3_wal_checkpoint_v2(writer, name, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
        }
        checkpointer->m_db = std::make_unique<sql::Connection>(std::move(*own));
        checkpointer->m_thread = std::thread([checkpointer] { checkpointer->work(); });
    }
    {
        const std::lock_guard lock(checkpointer->m_mutex);
        checkpointer->m_pending = true;
    }
    checkpointer->m_wake.notify_one();
    return SQLITE_OK;
}

int Checkpointer::checkpoints() const
{
    const std::lock_guard lock(m_mutex);
    return m_checkpoints;
}

void Checkpointer::work()
{
    std::unique_lock lock(m_mutex);
    while (true) {
        m_wake.wait(lock, [this] { return m_stop || m_pending; });
        if (m_stop)
            return;
        m_pending = false;
        lock.unlock();
        // A passive checkpoint copies what it can without waiting; what it cannot, the next one copies.
        sqlite3_wal_checkpoint_v2(m_db->handle(), "main", SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
        lock.lock();
        ++m_checkpoints;
    }
}

} // namespace standpoint::store
