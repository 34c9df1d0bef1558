// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include "core/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace standpoint::sql {
class Connection;
}

namespace standpoint::search {

struct SearchQuery
{
    QString text;          // FTS5 syntax: words, "phrases", prefix*, AND/OR/NOT
    int limit = 20;
    QStringList kinds;     // passage, claim, event, note; empty means all
};

struct SearchHit
{
    QString kind;
    qint64 refId = 0;
    QString documentKey;   // empty for claims and events
    QString title;         // the document's title, the claim's paraphrase or the event's title
    QString snippet;       // matched words wrapped in [ and ]
    double score = 0;      // bm25: lower is better
};

// Ranked full-text search. A malformed query returns an Error that explains the syntax; it never throws.
Result<QList<SearchHit>> search(sql::Connection &db, const SearchQuery &query);

// The kinds of things the index holds.
QStringList searchKinds();

} // namespace standpoint::search
