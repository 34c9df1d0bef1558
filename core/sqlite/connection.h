// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include "core/result.h"

#include <QString>

#include <map>
#include <memory>
#include <typeindex>

struct sqlite3;

namespace standpoint::sql {

class Statement;

// Owns one sqlite3 connection: WAL, foreign keys and a busy timeout are set on open.
class Connection
{
public:
    enum class Mode { ReadWrite, ReadOnly };
    static constexpr int kDefaultBusyTimeout = 5000; // milliseconds

    Connection() = default;
    ~Connection();
    Connection(Connection &&other) noexcept;
    Connection &operator=(Connection &&other) noexcept;
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    // Opens without changing the file; call enableWriteAheadLog() once the store is known to be ours.
    static Result<Connection> open(const QString &path, Mode mode = Mode::ReadWrite);
    // Puts the store in WAL mode, waiting (up to the busy timeout) while another program has the file.
    Status enableWriteAheadLog();

    bool isOpen() const { return m_db != nullptr; }
    sqlite3 *handle() const { return m_db; }
    QString path() const { return m_path; }

    // Runs SQL without parameters (schema, pragmas); never for values from outside.
    Status exec(const QString &sql);
    Result<Statement> prepare(const QString &sql);
    qint64 lastInsertId() const;
    int changes() const;
    QString lastErrorMessage() const;

    Result<int> userVersion();
    // How long a write waits for another program's lock before it gives up (5 s unless set).
    void setBusyTimeout(int milliseconds);
    int busyTimeout() const { return m_busyTimeout; }
    // Interrupts a running statement from another thread.
    void interrupt();
    // A number that changes whenever the main database changes, by this connection or any other.
    unsigned int dataVersion() const;

    // An object a feature keeps for as long as this connection is open (a cache, say): one per type, made
    // on first use, destroyed before the connection closes.
    template<typename T>
    T &attached()
    {
        std::shared_ptr<void> &slot = m_attached[std::type_index(typeid(T))];
        if (!slot)
            slot = std::make_shared<T>();
        return *static_cast<T *>(slot.get());
    }

private:
    explicit Connection(sqlite3 *db, QString path);
    void close();
    // A statement stepped to its first row, for pragmas that answer with one.
    Result<Statement> firstRow(const QString &sql);

    sqlite3 *m_db = nullptr;
    QString m_path;
    int m_busyTimeout = kDefaultBusyTimeout;
    std::map<std::type_index, std::shared_ptr<void>> m_attached;
};

} // namespace standpoint::sql
