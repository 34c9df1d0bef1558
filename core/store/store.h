// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include "core/result.h"
#include "core/sqlite/connection.h"

#include <QString>
#include <QStringList>

namespace standpoint::store {

// Opens (or creates) a Standpoint store: checks it, applies migrations, and loads the
// bundled debate into a store that has no debate yet.
class Store
{
public:
    struct Options
    {
        bool loadBundledPack = true;
        bool readOnly = false;
        bool checkIntegrity = false; // run PRAGMA quick_check, and refuse a damaged store
        bool dailyBackup = false;    // back the store up if it has no backup from today
    };

    static Result<Store> open(const QString &path, Options options);
    static Result<Store> open(const QString &path) { return open(path, Options{}); }

    // The store in the user's data folder, used when no --db is given.
    static QString defaultPath();

    sql::Connection &connection() { return m_db; }
    QString path() const { return m_db.path(); }
    // What opening did that the user should hear of (a daily backup that failed).
    QStringList notices() const { return m_notices; }

private:
    explicit Store(sql::Connection db) : m_db(std::move(db)) {}
    sql::Connection m_db;
    QStringList m_notices;
};

} // namespace standpoint::store
