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

// The schema migrations embedded from db/, in order. A folder other than the embedded one
// can be given for tests.
Result<QList<Migration>> embeddedMigrations(const QString &folder = QStringLiteral(":/db"));

// The schema version this build writes.
int latestSchemaVersion();

// Brings a store up to the latest schema in one transaction. A store written by a newer
// version is refused before anything is written to it.
Status migrate(sql::Connection &db, const QList<Migration> &migrations);

} // namespace standpoint::store
