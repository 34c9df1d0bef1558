// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "core/search/searcher.h"

#include "core/search/hitdescriber.h"
#include "core/sqlite/connection.h"
#include "core/sqlite/statement.h"

#include <QCollator>
#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace standpoint::search {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("Searcher", text); }

constexpr int kSqliteError = 1; // SQLITE_ERROR, without including sqlite3.h here
constexpr QChar kOpen(0x2);     // marks the start of a matched word in a snippet
constexpr QChar kClose(0x3);

Error queryError(const QString &query, const QString &why)
{
    return Error{tr("The search \"%1\" is not valid (%2). %3").arg(query, why, syntaxHelp())};
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
Status addSnippets(sql::Connection &db, const QString &match, QList<SearchHit> &hits)
{
    auto stmt = db.prepare(QStringLiteral(
        "SELECT snippet(search_index, 0, char(2), char(3), '…', 16) FROM search_index WHERE search_index MATCH ? AND rowid = ?"));
    if (!stmt)
        return stmt.error();
    for (SearchHit &hit : hits) {
        stmt->reset();
        stmt->bind(1, match).bind(2, hit.indexRow);
        auto row = stmt->step();
        if (!row)
            return row.error();
        if (*row)
            splitSnippet(hit, stmt->text(0));
    }
    return success();
}

Status validate(const SearchQuery &query)
{
    if (query.text.trimmed().isEmpty())
        return queryError(query.text, tr("it is empty"));
    if (query.limit < 1)
        return Error{tr("The result limit must be at least 1, not %1").arg(query.limit)};
    for (const QString &kind : query.kinds) {
        if (!searchKinds().contains(kind))
            return Error{tr("Unknown kind \"%1\"; choose from %2").arg(kind, searchKinds().join(QStringLiteral(", ")))};
    }
    return success();
}

// The pool: the best matches by bm25, described, before any facet filter.
Result<QList<SearchHit>> matchPool(sql::Connection &db, const SearchQuery &query, const QString &match, bool &pooled)
{
    auto stmt = db.prepare(QStringLiteral(
        "SELECT rowid, kind, ref_id, rank FROM search_index WHERE search_index MATCH ?1 "
        "AND (?2 = '' OR instr(?2, ',' || kind || ',') > 0) ORDER BY rank LIMIT ?3"));
    if (!stmt)
        return stmt.error();
    const QString kinds = query.kinds.isEmpty() ? QString()
                                                : QLatin1Char(',') + query.kinds.join(QLatin1Char(',')) + QLatin1Char(',');
    const int pool = std::max(query.pool, query.limit);
    stmt->bind(1, match).bind(2, kinds).bind(3, qint64(pool) + 1);
    QList<SearchHit> hits;
    for (;;) {
        auto row = stmt->step();
        if (!row) {
            // The statement is fixed, so a plain SQLITE_ERROR here comes from the query's syntax;
            // busy, I/O and corruption errors keep their own message.
            if ((row.error().code & 0xff) != kSqliteError)
                return row.error();
            return queryError(query.text, row.message().contains(QLatin1String("unterminated"))
                                              ? tr("a double quote is not closed")
                                              : tr("an operator or bracket is out of place"));
        }
        if (!*row)
            break;
        if (hits.size() == pool) {
            pooled = true;
            break;
        }
        SearchHit hit;
        hit.indexRow = stmt->integer(0);
        hit.kind = stmt->text(1);
        hit.refId = stmt->integer(2);
        hit.score = stmt->real(3);
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

bool passes(const SearchHit &hit, const SearchFilters &filters, const QString &except = QString())
{
    for (const QString &facet : facetNames()) {
        if (facet == except)
            continue;
        const QStringList wanted = chosen(filters, facet);
        if (wanted.isEmpty())
            continue;
        const QStringList has = facetKeys(hit, facet);
        if (std::none_of(has.begin(), has.end(), [&](const QString &k) { return wanted.contains(k); }))
            return false;
    }
    return true;
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
    for (const QString &facet : facetNames()) {
        QMap<QString, int> counts;
        for (const SearchHit &hit : *pool) {
            if (!passes(hit, query.filters, facet))
                continue;
            for (const QString &key : facetKeys(hit, facet))
                ++counts[key];
        }
        // Chosen values stay listed even when nothing matches them, so they can be cleared.
        for (const QString &key : chosen(query.filters, facet))
            counts.insert(key, counts.value(key));
        QList<FacetValue> values;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            values.append({it.key(), describer.label(facet, it.key()), it.value()});
        if (facet == QLatin1String("year")) {
            std::sort(values.begin(), values.end(), [](const FacetValue &a, const FacetValue &b) { return a.key.toInt() > b.key.toInt(); });
        } else {
            // A collator of its own (not Qt's cached default), made and freed with each search.
            const QCollator collator;
            std::stable_sort(values.begin(), values.end(), [&](const FacetValue &a, const FacetValue &b) {
                return a.count != b.count ? a.count > b.count : collator.compare(a.label, b.label) < 0;
            });
        }
        results.facets.insert(facet, values);
    }
    // Each kind keeps its best `limit` hits (the pool is in rank order); only those get snippets.
    QMap<QString, int> kept;
    for (const SearchHit &hit : *pool) {
        if (!passes(hit, query.filters))
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
    return {QStringLiteral("passage"), QStringLiteral("claim"), QStringLiteral("event"), QStringLiteral("note")};
}

QStringList facetNames()
{
    return {QStringLiteral("position"), QStringLiteral("speaker"), QStringLiteral("document"), QStringLiteral("theme"),
            QStringLiteral("year")};
}

QString syntaxHelp()
{
    return tr("Write words to find all of them, \"a phrase\" in double quotes, a prefix with * (energ*), and OR or "
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
