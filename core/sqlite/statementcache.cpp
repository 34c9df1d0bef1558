// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "core/sqlite/statementcache.h"

#include "core/sqlite/connection.h"
#include "core/sqlite/statement.h"

#include <QHash>

#include <memory>

namespace standpoint::sql {

namespace {

struct StatementCache
{
    QHash<QString, std::shared_ptr<Statement>> statements;
};

} // namespace

Result<Statement *> cachedStatement(Connection &db, const QString &sql)
{
    auto &cache = db.attached<StatementCache>().statements;
    if (auto it = cache.constFind(sql); it != cache.constEnd()) {
        (*it)->reset();
        return it->get();
    }
    auto prepared = db.prepare(sql);
    if (!prepared)
        return prepared.error();
    auto statement = std::make_shared<Statement>(std::move(*prepared));
    cache.insert(sql, statement);
    return statement.get();
}

} // namespace standpoint::sql
