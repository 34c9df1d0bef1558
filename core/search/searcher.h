// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include "core/result.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace standpoint::sql {
class Connection;
}

namespace standpoint::search {

// Narrows a search to hits that carry one of the chosen values of every facet that has any chosen.
struct SearchFilters
{
    QStringList positions; // position keys
    QStringList speakers;  // speaker keys
    QStringList documents; // document keys
    QStringList themes;    // theme keys
    QList<int> years;
    bool isEmpty() const
    {
        return positions.isEmpty() && speakers.isEmpty() && documents.isEmpty() && themes.isEmpty() && years.isEmpty();
    }
};

struct SearchQuery
{
    QString text;          // FTS5 syntax: words, "phrases", prefix*, AND/OR/NOT
    int limit = 20;        // hits returned (per kind, for grouped searches)
    QStringList kinds;     // passage, claim, event, note; empty means all
    SearchFilters filters;
    int pool = 1000;       // best matches that facets are counted over
};

struct SearchHit
{
    QString kind;
    qint64 refId = 0;
    qint64 documentId = 0; // the document holding a passage or note; the first quoted one for claims and events
    QString documentKey;
    QString documentTitle;
    QString title;         // the document's title, the claim's paraphrase or the event's title
    QString snippet;       // matched words wrapped in [ and ]
    QString plainSnippet;  // the same without brackets, with the matched words' ranges in it
    QList<QPair<int, int>> highlights; // (start, length) in plainSnippet
    double score = 0;      // bm25: lower is better
    qint64 indexRow = 0;   // the row of the full-text index that matched
    qint64 start = -1;     // where a passage or note lies in its document's cleaned text
    qint64 end = -1;
    QStringList positions, speakers, themes; // keys
    int year = 0;          // 0 when unknown
};

struct FacetValue
{
    QString key;
    QString label;
    int count = 0;
};

// A ranked search with facets: hits grouped by kind (each kind's best `limit`), and for every facet
// the values found among the matches, with counts after the other facets' filters.
struct SearchResults
{
    QList<SearchHit> hits;
    QMap<QString, int> kindCounts;             // matches per kind, after filters
    QMap<QString, QList<FacetValue>> facets;   // "position", "speaker", "document", "theme", "year"
    bool pooled = false;                       // true when more matched than the pool holds
};

// Ranked full-text search. A malformed query returns an Error that explains the syntax; it never throws.
Result<QList<SearchHit>> search(sql::Connection &db, const SearchQuery &query);
Result<SearchResults> searchFaceted(sql::Connection &db, const SearchQuery &query);

// The kinds of things the index holds, and the facets a search can be narrowed by.
QStringList searchKinds();
QStringList facetNames();

// How to write a query, in one paragraph for people.
QString syntaxHelp();

} // namespace standpoint::search
