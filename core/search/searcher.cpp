// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "core/search/searcher.h"

#include "core/search/hitdescriber.h"
#include "core/search/ranking.h"
#include "core/search/searchrows.h"
#include "core/sqlite/connection.h"
#include "core/sqlite/statement.h"

#include <QCollator>
#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace standpoint::search {

namespace {

struct Tr { Q_DECLARE_TR_FUNCTIONS(Searcher) };

constexpr int kSqliteError = 1; // SQLITE_ERROR, without including sqlite3.h here
constexpr QChar kOpen(0x2);     // marks the start of a matched word in a snippet
constexpr QChar kClose(0x3);

Error queryError(const QString &query, const QString &why)
{
    return Error{Tr::tr("The search \"%1\" is not valid (%2). %3").arg(query, why, syntaxHelp())};
}

// Whether the user wrote query syntax (quotes, brackets, operators), as opposed to plain words such as
// U.S., Xi's, Sino-Russian or $200, whose punctuation FTS5 would otherwise read as syntax.
bool usesSyntax(const QString &text)
{
    static const QRegularExpression syntax(QStringLiteral("[\"()*^:]|\\b(AND|OR|NOT|NEAR)\\b"));
    return syntax.match(text).hasMatch();
}

// Plain words as FTS5 strings: each one quoted, so punctuation inside them is only punctuation.
QString plainWords(const QString &text)
{
    QStringList words;
    for (const QString &w : text.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        words << QLatin1Char('"') + QString(w).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return words.join(QLatin1Char(' '));
}

void splitSnippet(SearchHit &hit, const QString &marked)
{
    QString plain;
    plain.reserve(marked.size());
    int start = -1;
    for (QChar c : marked) {
        if (c == kOpen) {
            start = int(plain.size());
            hit.snippet += QLatin1Char('[');
        } else if (c == kClose) {
            if (start >= 0)
                hit.highlights.append({start, int(plain.size()) - start});
            start = -1;
            hit.snippet += QLatin1Char(']');
        } else {
            plain += c;
            hit.snippet += c;
        }
    }
    hit.plainSnippet = plain;
}

// Snippets are made for the hits shown only: making one for every match would cost more than the search.
// A prefix (energ*) is expanded over the whole index each time the query starts, so for those one pass over
// the hits' span of rows serves them all (the + keeps SQLite from starting the query once per listed row);
// other queries look each hit up by its row.
Status addSnippets(sql::Connection &db, const QString &match, QList<SearchHit> &hits)
{
    if (hits.isEmpty())
        return success();
    const bool prefix = match.contains(QLatin1Char('*'));
    auto stmt = db.prepare(prefix ? QStringLiteral("SELECT rowid, snippet(search_index, 0, char(2), char(3), '…', 16) FROM search_index "
                                                   "WHERE search_index MATCH ?1 AND rowid BETWEEN ?2 AND ?3 AND "
                                                   "+rowid IN (SELECT value FROM json_each(?4))")
                                  : QStringLiteral("SELECT rowid, snippet(search_index, 0, char(2), char(3), '…', 16) FROM search_index "
                                                   "WHERE search_index MATCH ?1 AND rowid = ?2"));
    if (!stmt)
        return stmt.error();
    QHash<qint64, SearchHit *> byRow;
    for (SearchHit &hit : hits)
        byRow.insert(hit.indexRow, &hit);
    const auto readRows = [&]() -> Status {
        for (;;) {
            auto row = stmt->step();
            if (!row)
                return row.error();
            if (!*row)
                return success();
            if (SearchHit *hit = byRow.value(stmt->integer(0)))
                splitSnippet(*hit, stmt->text(1));
        }
    };
    if (prefix) {
        QStringList rows;
        for (const SearchHit &hit : hits)
            rows << QString::number(hit.indexRow);
        const auto [low, high] = std::minmax_element(byRow.keyBegin(), byRow.keyEnd());
        stmt->bind(1, match).bind(2, *low).bind(3, *high).bind(4, QLatin1Char('[') + rows.join(QLatin1Char(',')) + QLatin1Char(']'));
        return readRows();
    }
    for (const SearchHit &hit : hits) {
        stmt->reset();
        stmt->bind(1, match).bind(2, hit.indexRow);
        if (Status done = readRows(); !done)
            return done;
    }
    return success();
}

Status validate(const SearchQuery &query)
{
    if (query.text.trimmed().isEmpty())
        return queryError(query.text, Tr::tr("it is empty"));
    if (query.limit < 1)
        return Error{Tr::tr("The result limit must be at least 1, not %1").arg(query.limit)};
    for (const QString &kind : query.kinds) {
        if (!searchKinds().contains(kind))
            return Error{Tr::tr("Unknown kind \"%1\"; choose from %2").arg(kind, searchKinds().join(QStringLiteral(", ")))};
    }
    return success();
}

// The pool: the best matches by bm25, before any facet filter; each one's kind and reference are its
// rowid's.
Result<QList<SearchHit>> matchPool(sql::Connection &db, const SearchQuery &query, const QString &match, bool &pooled)
{
    const int pool = std::max(query.pool, query.limit);
    auto best = bestMatches(db, match, pool + 1, query.kinds);
    if (!best) {
        // The statement is fixed, so a plain SQLITE_ERROR here comes from the query's syntax;
        // busy, I/O and corruption errors keep their own message.
        if ((best.error().code & 0xff) != kSqliteError)
            return best.error();
        return queryError(query.text, best.message().contains(QLatin1String("unterminated"))
                                          ? Tr::tr("a double quote is not closed")
                                          : Tr::tr("an operator or bracket is out of place"));
    }
    pooled = best->size() > pool;
    QList<SearchHit> hits;
    for (const RankedRow &ranked : std::as_const(*best).first(std::min<qsizetype>(best->size(), pool))) {
        SearchHit hit;
        hit.indexRow = ranked.row;
        hit.score = ranked.score;
        hit.kind = kindNameOfRow(ranked.row);
        hit.refId = refIdOfRow(ranked.row);
        hits << hit;
    }
    return hits;
}

QStringList facetKeys(const SearchHit &hit, const QString &facet)
{
    if (facet == QLatin1String("position"))
        return hit.positions;
    if (facet == QLatin1String("speaker"))
        return hit.speakers;
    if (facet == QLatin1String("document"))
        return hit.documentKey.isEmpty() ? QStringList() : QStringList{hit.documentKey};
    if (facet == QLatin1String("theme"))
        return hit.themes;
    return hit.year ? QStringList{QString::number(hit.year)} : QStringList();
}

QStringList chosen(const SearchFilters &filters, const QString &facet)
{
    if (facet == QLatin1String("position"))
        return filters.positions;
    if (facet == QLatin1String("speaker"))
        return filters.speakers;
    if (facet == QLatin1String("document"))
        return filters.documents;
    if (facet == QLatin1String("theme"))
        return filters.themes;
    QStringList years;
    for (int y : filters.years)
        years << QString::number(y);
    return years;
}

// The facets the user has chosen values in, worked out once per search rather than once per hit.
struct ActiveFilter
{
    QString facet;
    QStringList wanted;
};

QList<ActiveFilter> activeFilters(const SearchFilters &filters)
{
    QList<ActiveFilter> active;
    for (const QString &facet : facetNames()) {
        if (QStringList wanted = chosen(filters, facet); !wanted.isEmpty())
            active.append({facet, wanted});
    }
    return active;
}

bool passes(const SearchHit &hit, const QList<ActiveFilter> &filters, const QString &except = QString())
{
    for (const ActiveFilter &filter : filters) {
        if (filter.facet == except)
            continue;
        const QStringList has = facetKeys(hit, filter.facet);
        if (std::none_of(has.begin(), has.end(), [&](const QString &k) { return filter.wanted.contains(k); }))
            return false;
    }
    return true;
}

// Most matches first, then by label in the user's language (each label's sort key made once).
void sortByCount(QList<FacetValue> &values)
{
    // A collator of its own (not Qt's cached default), made and freed with each search.
    const QCollator collator;
    QList<std::pair<QCollatorSortKey, qsizetype>> keys;
    keys.reserve(values.size());
    for (qsizetype i = 0; i < values.size(); ++i)
        keys.append({collator.sortKey(values[i].label), i});
    std::stable_sort(keys.begin(), keys.end(), [&](const auto &a, const auto &b) {
        const int ca = values[a.second].count, cb = values[b.second].count;
        return ca != cb ? ca > cb : a.first.compare(b.first) < 0;
    });
    QList<FacetValue> sorted;
    sorted.reserve(values.size());
    for (const auto &key : keys)
        sorted.append(values[key.second]);
    values = sorted;
}

Result<SearchResults> runSearch(sql::Connection &db, const SearchQuery &query, const QString &match)
{
    if (Status ok = validate(query); !ok)
        return ok.error();
    SearchResults results;
    auto pool = matchPool(db, query, match, results.pooled);
    if (!pool)
        return pool.error();
    HitDescriber describer(db);
    if (Status done = describer.describeAll(*pool); !done)
        return done.error();
    const QList<ActiveFilter> filters = activeFilters(query.filters);
    for (const QString &facet : facetNames()) {
        QHash<QString, int> counts;
        for (const SearchHit &hit : *pool) {
            if (!passes(hit, filters, facet))
                continue;
            for (const QString &key : facetKeys(hit, facet))
                ++counts[key];
        }
        // Chosen values stay listed even when nothing matches them, so they can be cleared.
        for (const QString &key : chosen(query.filters, facet))
            counts.insert(key, counts.value(key));
        QList<FacetValue> values;
        values.reserve(counts.size());
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            values.append({it.key(), describer.label(facet, it.key()), it.value()});
        if (facet == QLatin1String("year"))
            std::sort(values.begin(), values.end(), [](const FacetValue &a, const FacetValue &b) { return a.key.toInt() > b.key.toInt(); });
        else
            sortByCount(values);
        results.facets.insert(facet, values);
    }
    // Each kind keeps its best `limit` hits (the pool is in rank order); only those get snippets.
    QMap<QString, int> kept;
    for (const SearchHit &hit : *pool) {
        if (!passes(hit, filters))
            continue;
        ++results.kindCounts[hit.kind];
        if (kept[hit.kind]++ < query.limit)
            results.hits << hit;
    }
    if (Status done = addSnippets(db, match, results.hits); !done)
        return done.error();
    return results;
}

} // namespace

QStringList searchKinds()
{
    QStringList kinds;
    for (const char *name : kRowKindNames)
        kinds << QString::fromLatin1(name);
    return kinds;
}

QStringList facetNames()
{
    return {QStringLiteral("position"), QStringLiteral("speaker"), QStringLiteral("document"), QStringLiteral("theme"),
            QStringLiteral("year")};
}

QString syntaxHelp()
{
    return Tr::tr("Write words to find all of them, \"a phrase\" in double quotes, a prefix with * (energ*), and OR or "
              "NOT between words.");
}

Result<SearchResults> searchFaceted(sql::Connection &db, const SearchQuery &query)
{
    Result<SearchResults> results = Error{};
    if (!query.text.trimmed().isEmpty() && !usesSyntax(query.text)) {
        results = runSearch(db, query, plainWords(query.text));
        if (!results && (results.error().code & 0xff) == kSqliteError)
            results = runSearch(db, query, query.text);
    } else {
        results = runSearch(db, query, query.text);
    }
    return results;
}

Result<QList<SearchHit>> search(sql::Connection &db, const SearchQuery &query)
{
    auto results = searchFaceted(db, query);
    if (!results)
        return results.error();
    QList<SearchHit> hits = results->hits;
    std::stable_sort(hits.begin(), hits.end(), [](const SearchHit &a, const SearchHit &b) { return a.score < b.score; });
    if (hits.size() > query.limit)
        hits.resize(query.limit);
    return hits;
}

} // namespace standpoint::search
