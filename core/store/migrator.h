// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include "core/result.h"

#include <QList>
#include <QString>

namespace standpoint::sql {
class Connection;
}

namespace standpoint::store {

struct Migration
{
    int version = 0;
    QString name;
    QString sql;
};

// The schema migrations embedded from db/, in order; read once per process.
Result<QList<Migration>> embeddedMigrations();

// The migrations in a folder (NNN_name.sql, numbered from 001 without a gap), in order.
Result<QList<Migration>> readMigrations(const QString &folder);

// The schema version this build writes.
int latestSchemaVersion();

// Brings a store up to the latest schema in one transaction. The schema version is read again once
// the write lock is held, so of several programs migrating one store at once only the first does the
// work. Inside a caller's transaction it becomes a savepoint of it. A store written by a newer version
// is refused before anything is written to it.
Status migrate(sql::Connection &db, const QList<Migration> &migrations);

// The store's schema version (PRAGMA user_version); a version newer than the `latest` this build knows
// is refused, with a message saying so.
Result<int> schemaVersion(sql::Connection &db, int latest);

} // namespace standpoint::store
