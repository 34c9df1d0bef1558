// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include "core/result.h"

#include <QList>
#include <QStringList>

namespace standpoint::sql {
class Connection;
}

namespace standpoint::search {

struct RankedRow
{
    qint64 row = 0;     // rowid in search_index
    double score = 0;   // bm25: lower is better
};

// The best `limit` rows of search_index matching an FTS5 query, best first (ties by rowid), with the
// scores FTS5's bm25() gives them (k1 = 1.2, b = 0.75). `kinds`, when not empty, keeps those kinds only.
//
// It is bm25 made cheap enough for a word that matches most passages: the best rows are kept in a heap
// as the matches stream past instead of sorting them all; each row's length comes from a copy held in
// memory (read once a query matches enough rows to repay it, and again after the store changes) rather
// than one lookup per row; and with that copy at hand a one-phrase query's weight is worked out from the
// number of rows it matched, after the pass, instead of in a pass of its own.
//
// A syntax error in `match` comes back as SQLite's own error (code SQLITE_ERROR).
Result<QList<RankedRow>> bestMatches(sql::Connection &db, const QString &match, int limit, const QStringList &kinds = {});

} // namespace standpoint::search
