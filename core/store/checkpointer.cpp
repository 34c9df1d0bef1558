// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "core/store/checkpointer.h"

#include "core/sqlite/connection.h"

#include <sqlite3.h>

namespace standpoint::store {

Checkpointer::Checkpointer(sql::Connection own) : m_db(std::make_unique<sql::Connection>(std::move(own))) {}

Result<std::unique_ptr<Checkpointer>> Checkpointer::start(sql::Connection &writer)
{
    // The thread's connection is opened here, so a store it cannot open is heard of now.
    auto own = sql::Connection::open(writer.path());
    if (!own)
        return own.error();
    std::unique_ptr<Checkpointer> checkpointer(new Checkpointer(std::move(*own)));
    checkpointer->m_thread = std::thread([self = checkpointer.get()] { self->work(); });
    // Replaces the writer's own checkpoints, which SQLite runs from this same hook.
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
    m_thread.join();
}

int Checkpointer::committed(void *self, sqlite3 *, const char *, int pages)
{
    auto *checkpointer = static_cast<Checkpointer *>(self);
    if (pages >= kPages) {
        {
            const std::lock_guard lock(checkpointer->m_mutex);
            checkpointer->m_pending = true;
        }
        checkpointer->m_wake.notify_one();
    }
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
