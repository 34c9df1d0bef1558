// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include "core/result.h"
#include "core/sqlite/connection.h"

#include <QString>

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
    };

    static Result<Store> open(const QString &path, Options options);
    static Result<Store> open(const QString &path) { return open(path, Options{}); }

    // The store in the user's data folder, used when no --db is given.
    static QString defaultPath();

    sql::Connection &connection() { return m_db; }
    QString path() const { return m_db.path(); }

private:
    Result<bool> hasNoDebate();
    explicit Store(sql::Connection db) : m_db(std::move(db)) {}
    sql::Connection m_db;
};

} // namespace standpoint::store
