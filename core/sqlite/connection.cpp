// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "core/sqlite/connection.h"

#include "core/sqlite/sqliteerror.h"
#include "core/sqlite/statement.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace standpoint::sql {

Connection::Connection(sqlite3 *db, QString path) : m_db(db), m_path(std::move(path)) {}

Connection::~Connection() { close(); }

Connection::Connection(Connection &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_path(std::move(other.m_path)), m_attached(std::move(other.m_attached))
{
}

Connection &Connection::operator=(Connection &&other) noexcept
{
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
        m_path = std::move(other.m_path);
        m_attached = std::move(other.m_attached);
    }
    return *this;
}

void Connection::close()
{
    m_attached.clear(); // may hold statements, which must be finalized first
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

namespace {

// SQLite counts the memory it holds behind one lock that every allocation takes, on every thread; the
// store never reads those counts, so they are switched off before SQLite starts (allowed only then).
void configureOnce()
{
    static const bool configured = [] {
        sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
        return true;
    }();
    (void)configured;
}

} // namespace

Result<Connection> Connection::open(const QString &path, Mode mode)
{
    configureOnce();
    sqlite3 *db = nullptr;
    const int flags = (mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
                      | SQLITE_OPEN_NOMUTEX;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString why = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_close_v2(db);
        return Error{QCoreApplication::translate("Connection", "Cannot open the store %1: %2").arg(path, why), rc};
    }
    sqlite3_extended_result_codes(db, 1);
    Connection connection(db, path);
    sqlite3_busy_timeout(db, 5000);
    // Reading the header tells a non-database file apart before any pragma writes to it.
    if (auto check = connection.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")); !check) {
        if (failureOf(check.error()) == Failure::Busy)
            return check.error();
        return Error{QCoreApplication::translate("Connection", "%1 is not a Standpoint store, or it is damaged (%2)")
                         .arg(path, connection.lastErrorMessage()),
                     check.error().code};
    }
    if (auto fk = connection.exec(QStringLiteral("PRAGMA foreign_keys = ON")); !fk)
        return fk.error();
    return connection;
}

unsigned int Connection::dataVersion() const
{
    unsigned int version = 0;
    if (m_db)
        sqlite3_file_control(m_db, "main", SQLITE_FCNTL_DATA_VERSION, &version);
    return version;
}

Status Connection::enableWriteAheadLog()
{
    if (auto wal = exec(QStringLiteral("PRAGMA journal_mode = WAL")); !wal)
        return wal.error();
    return exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
}

Status Connection::exec(const QString &sql)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        Error error = sqliteError(sqlite3_extended_errcode(m_db), QString::fromUtf8(message ? message : sqlite3_errstr(rc)));
        sqlite3_free(message);
        return error;
    }
    return success();
}

Result<Statement> Connection::prepare(const QString &sql)
{
    sqlite3_stmt *stmt = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    const int rc = sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &stmt, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(stmt);
        return sqliteError(m_db, rc);
    }
    return Statement(m_db, stmt);
}

void Connection::setBusyTimeout(int milliseconds) { sqlite3_busy_timeout(m_db, milliseconds); }

qint64 Connection::lastInsertId() const { return sqlite3_last_insert_rowid(m_db); }

int Connection::changes() const { return sqlite3_changes(m_db); }

QString Connection::lastErrorMessage() const { return QString::fromUtf8(sqlite3_errmsg(m_db)); }

Result<int> Connection::userVersion()
{
    auto stmt = prepare(QStringLiteral("PRAGMA user_version"));
    if (!stmt)
        return stmt.error();
    auto row = stmt->step();
    if (!row)
        return row.error();
    return int(stmt->integer(0));
}

void Connection::interrupt()
{
    if (m_db)
        sqlite3_interrupt(m_db);
}

} // namespace standpoint::sql
