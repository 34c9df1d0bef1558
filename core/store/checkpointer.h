// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include <QString>

#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

struct sqlite3;

namespace standpoint::sql {
class Connection;
}

namespace standpoint::store {

// Copies a store's write-ahead log back into the store on a thread of its own, with a connection of its
// own, so the connection that writes never stops to do it after a commit (SQLite's default has the
// committing connection do it, which made every large import, and a note saved just after one, wait for
// it). A commit that leaves the log past SQLite's usual 1,000 pages wakes the thread; it checkpoints
// passively, never waiting for readers or the writer. Whatever is left when the store closes is copied
// by the last connection to close, as always.
class Checkpointer
{
public:
    // Takes the checkpoints off `writer` (a connection in WAL mode) from now on.
    static std::unique_ptr<Checkpointer> start(sql::Connection &writer);
    ~Checkpointer();
    Checkpointer(const Checkpointer &) = delete;
    Checkpointer &operator=(const Checkpointer &) = delete;

    // How many checkpoints the thread has run (for tests); none before a commit first wakes it.
    int checkpoints() const;

private:
    explicit Checkpointer(QString path);
    static int committed(void *self, sqlite3 *db, const char *name, int pages);
    void work();

    static constexpr int kPages = 1000;
    const QString m_path;
    std::unique_ptr<sql::Connection> m_db; // the thread's own, opened with it; closed after it stops
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_pending = false;
    bool m_stop = false;
    int m_checkpoints = 0;
    std::thread m_thread;
};

// A connection's checkpointer, kept with it (Connection::attached) for as long as it is open.
struct CheckpointsElsewhere
{
    std::unique_ptr<Checkpointer> checkpointer;
};

} // namespace standpoint::store
