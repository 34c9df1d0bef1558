// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include "core/result.h"
#include "core/sqlite/connection.h"
#include "core/sqlite/statement.h"
#include "core/sqlite/statementcache.h"

#include <QVariantList>

namespace standpoint::sql {

// Binds the values to a prepared statement, steps it and calls fn(const Statement &) for each row.
template<typename Fn>
Status stepRows(Statement &stmt, const QVariantList &values, Fn fn)
{
    for (qsizetype i = 0; i < values.size(); ++i)
        stmt.bindVariant(int(i + 1), values[i]);
    for (;;) {
        auto row = stmt.step();
        if (!row)
            return row.error();
        if (!*row)
            return success();
        fn(stmt);
    }
}

// Runs a query with bound values and calls fn(const Statement &) for each row.
template<typename Fn>
Status forEachRow(Connection &db, const QString &query, const QVariantList &values, Fn fn)
{
    auto stmt = db.prepare(query);
    if (!stmt)
        return stmt.error();
    return stepRows(*stmt, values, fn);
}

// forEachRow through the connection's statement cache, for a query run many times over (fn must not run
// the same query again while its rows are being read).
template<typename Fn>
Status forEachCachedRow(Connection &db, const QString &query, const QVariantList &values, Fn fn)
{
    auto stmt = cachedStatement(db, query);
    if (!stmt)
        return stmt.error();
    Status done = stepRows(**stmt, values, fn);
    (*stmt)->reset(); // lets go of its read or write lock at once
    return done;
}

// The first column of the first row, or an error when there is none.
inline Result<qint64> scalar(Connection &db, const QString &query, const QVariantList &values = {})
{
    std::optional<qint64> value;
    if (Status done = forEachRow(db, query, values, [&](const Statement &s) {
            if (!value)
                value = s.integer(0);
        });
        !done)
        return done.error();
    if (!value)
        return Error{QStringLiteral("no row for: ") + query};
    return *value;
}

} // namespace standpoint::sql
