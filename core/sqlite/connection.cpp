// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "core/sqlite/connection.h"

#include "core/sqlite/sqliteerror.h"
#include "core/sqlite/statement.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <sqlite3.h>

namespace standpoint::sql {

Connection::Connection(sqlite3 *db, QString path) : m_db(db), m_path(std::move(path)) {}

Connection::~Connection() { close(); }

Connection::Connection(Connection &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_path(std::move(other.m_path)), m_busyTimeout(other.m_busyTimeout),
      m_attached(std::move(other.m_attached))
{
}

Connection &Connection::operator=(Connection &&other) noexcept
{
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
        m_path = std::move(other.m_path);
        m_busyTimeout = other.m_busyTimeout;
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
    connection.setBusyTimeout(kDefaultBusyTimeout);
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
    // The switch needs the file to itself. When programs open a new store at once, one of them may be
    // refused it: SQLite then says busy, or keeps the old mode and answers with that mode, not an error.
    // The switch is asked for again until the answer is "wal", for as long as a write would wait.
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        auto answer = firstRow(QStringLiteral("PRAGMA journal_mode = WAL"));
        const Result<QString> mode = answer ? Result<QString>(answer->text(0)) : Result<QString>(answer.error());
        if (mode && mode->compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0)
            break;
        if (!mode && failureOf(mode.error()) != Failure::Busy)
            return mode.error();
        if (waited.elapsed() >= m_busyTimeout)
            return mode ? Error{QCoreApplication::translate("Connection", "Cannot switch the store %1 to write-ahead logging "
                                                                          "(it stayed in %2 mode); another program may be using it")
                                    .arg(m_path, *mode),
                                SQLITE_BUSY}
                        : mode.error();
        sqlite3_sleep(10);
    }
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

void Connection::setBusyTimeout(int milliseconds)
{
    m_busyTimeout = milliseconds;
    sqlite3_busy_timeout(m_db, milliseconds);
}

qint64 Connection::lastInsertId() const { return sqlite3_last_insert_rowid(m_db); }

int Connection::changes() const { return sqlite3_changes(m_db); }

QString Connection::lastErrorMessage() const { return QString::fromUtf8(sqlite3_errmsg(m_db)); }

Result<Statement> Connection::firstRow(const QString &sql)
{
    auto stmt = prepare(sql);
    if (!stmt)
        return stmt.error();
    if (auto row = stmt->step(); !row)
        return row.error();
    return stmt;
}

Result<int> Connection::userVersion()
{
    auto row = firstRow(QStringLiteral("PRAGMA user_version"));
    if (!row)
        return row.error();
    return int(row->integer(0));
}

void Connection::interrupt()
{
    if (m_db)
        sqlite3_interrupt(m_db);
}

} // namespace standpoint::sql
