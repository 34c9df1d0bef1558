// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "core/store/migrator.h"

#include "core/sqlite/connection.h"
#include "core/sqlite/sqliteerror.h"
#include "core/sqlite/transaction.h"
#include "core/text/utf8offsets.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <sqlite3.h>

namespace standpoint::store {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(Migrator) };

// standpoint_utf8_offset(text, offset): the UTF-8 byte at which a UTF-16 offset falls in text, as
// migration 6 needs it to place paragraphs for SQLite's byte slicing.
void utf8Offset(sqlite3_context *context, int, sqlite3_value **args)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(args[0]));
    const int size = sqlite3_value_bytes(args[0]);
    sqlite3_result_int64(context, text ? text::utf8OffsetOf(text, size, sqlite3_value_int64(args[1])) : 0);
}

Status defineMigrationFunctions(sql::Connection &db)
{
    const int rc = sqlite3_create_function_v2(db.handle(), "standpoint_utf8_offset", 2, SQLITE_UTF8 | SQLITE_DETERMINISTIC,
                                              nullptr, utf8Offset, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        return sql::sqliteError(rc, QString::fromUtf8(sqlite3_errstr(rc)));
    return success();
}
} // namespace

Result<QList<Migration>> readMigrations(const QString &folder)
{
    static const QRegularExpression name(QStringLiteral("^(\\d{3})_[a-z0-9_]+\\.sql$"));
    QList<Migration> out;
    const QStringList files = QDir(folder).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const auto m = name.match(file);
        if (!m.hasMatch())
            return Error{Tr::tr("migration file %1 is not named NNN_name.sql").arg(file)};
        QFile f(QDir(folder).filePath(file));
        if (!f.open(QIODevice::ReadOnly))
            return Error{Tr::tr("cannot read migration %1: %2").arg(file, f.errorString())};
        const int version = m.captured(1).toInt();
        if (version != out.size() + 1)
            return Error{Tr::tr("migration %1 breaks the numbering: expected %2").arg(file, QString::number(out.size() + 1))};
        out << Migration{version, file, QString::fromUtf8(f.readAll())};
    }
    return out;
}

Result<QList<Migration>> embeddedMigrations()
{
    // Every store a process opens needs them, and they cannot change while it runs.
    static const Result<QList<Migration>> migrations = readMigrations(QStringLiteral(":/db"));
    return migrations;
}

int latestSchemaVersion()
{
    auto migrations = embeddedMigrations();
    return migrations ? int(migrations->size()) : 0;
}

Result<int> schemaVersion(sql::Connection &db, int latest)
{
    auto version = db.userVersion();
    if (version && *version > latest)
        return Error{Tr::tr("The store %1 was written by a newer version of Standpoint (schema %2; this version knows up to "
                            "%3). It was not changed. Open it with a newer Standpoint, or choose another store.")
                         .arg(db.path(), QString::number(*version), QString::number(latest))};
    return version;
}

Status migrate(sql::Connection &db, const QList<Migration> &migrations)
{
    const int latest = int(migrations.size());
    // A version that is already the latest, or newer, stays so whatever other programs do: no lock needed
    // to act on it, and a store of a newer version is refused without one.
    auto seen = schemaVersion(db, latest);
    if (!seen)
        return seen.error();
    if (*seen == latest)
        return success();
    if (Status defined = defineMigrationFunctions(db); !defined)
        return defined;
    auto transaction = sql::Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    // Read again under the write lock: another program may have migrated since the first look.
    auto current = schemaVersion(db, latest);
    if (!current)
        return current.error();
    if (*current == latest)
        return transaction->commit();
    for (const Migration &m : migrations) {
        if (m.version <= *current)
            continue;
        if (Status done = db.exec(m.sql); !done)
            return Error{Tr::tr("migration %1 failed: %2").arg(m.name, done.message())};
    }
    // A pragma cannot take a bound parameter; latest is an integer counted here, not input.
    if (Status done = db.exec(QStringLiteral("PRAGMA user_version = %1").arg(latest)); !done)
        return done;
    return transaction->commit();
}

} // namespace standpoint::store
