// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "core/sqlite/sqliteerror.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace standpoint::sql {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(Store) };
} // namespace

Failure failureOf(const Error &error)
{
    switch (error.code & 0xff) {
    case SQLITE_FULL: return Failure::Full;
    case SQLITE_BUSY:
    case SQLITE_LOCKED: return Failure::Busy;
    case SQLITE_READONLY:
    case SQLITE_CANTOPEN: return Failure::ReadOnly;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB: return Failure::Damaged;
    case SQLITE_INTERRUPT: return Failure::Interrupted;
    default: return Failure::Other;
    }
}

Error sqliteError(int code, const QString &detail)
{
    Error error{detail, code};
    switch (failureOf(error)) {
    case Failure::Full:
        error.message = Tr::tr("The disk is full, so the change was not saved; nothing already saved was lost. Free some "
                           "space and try again (%1)").arg(detail);
        break;
    case Failure::Busy:
        error.message = Tr::tr("The store is locked by another program that is writing to it (another Standpoint window or "
                           "standpoint-cli); nothing was changed. Try again when it has finished (%1)").arg(detail);
        break;
    case Failure::ReadOnly:
        if ((code & 0xff) == SQLITE_READONLY)
            error.message = Tr::tr("The store cannot be written: the file or its folder is read-only; nothing was changed (%1)").arg(detail);
        break;
    case Failure::Damaged:
        error.message = Tr::tr("The store is damaged (%1); Standpoint can restore it from a backup").arg(detail);
        break;
    default:
        if ((code & 0xff) == SQLITE_IOERR)
            error.message = Tr::tr("The disk could not be read or written (%1); nothing was changed").arg(detail);
        break;
    }
    return error;
}

Error sqliteError(sqlite3 *db, int code)
{
    const int extended = db ? sqlite3_extended_errcode(db) : code;
    const QString detail = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(code));
    return sqliteError(extended ? extended : code, detail);
}

} // namespace standpoint::sql
