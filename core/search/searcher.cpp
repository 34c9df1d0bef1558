// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "core/search/searcher.h"

#include "core/sqlite/connection.h"
#include "core/sqlite/statement.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace standpoint::search {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("Searcher", text); }

constexpr int kSqliteError = 1; // SQLITE_ERROR, without including sqlite3.h here

Error queryError(const QString &query, const QString &why)
{
    return Error{tr("The search \"%1\" is not valid (%2). Write words to find all of them, \"a phrase\" in double "
                    "quotes, a prefix with * (energ*), and OR or NOT between words.")
                     .arg(query, why)};
}

Status describe(sql::Connection &db, SearchHit &hit, qint64 documentId)
{
    if (hit.kind == QLatin1String("passage") || hit.kind == QLatin1String("note")) {
        auto stmt = db.prepare(QStringLiteral("SELECT key, title FROM document WHERE id = ?"));
        if (!stmt)
            return stmt.error();
        auto row = stmt->bind(1, documentId).step();
        if (!row)
            return row.error();
        if (*row) {
            hit.documentKey = stmt->text(0);
            hit.title = stmt->text(1);
        }
        return success();
    }
    const QString sql = hit.kind == QLatin1String("claim") ? QStringLiteral("SELECT paraphrase FROM claim WHERE id = ?")
                                                           : QStringLiteral("SELECT title FROM event WHERE id = ?");
    auto stmt = db.prepare(sql);
    if (!stmt)
        return stmt.error();
    auto row = stmt->bind(1, hit.refId).step();
    if (!row)
        return row.error();
    if (*row)
        hit.title = stmt->text(0);
    return success();
}

} // namespace

QStringList searchKinds()
{
    return {QStringLiteral("passage"), QStringLiteral("claim"), QStringLiteral("event"), QStringLiteral("note")};
}

namespace {

// Whether the user wrote query syntax (quotes, brackets, operators), as opposed to plain words such as
// U.S., Xi's, Sino-Russian or $200, whose punctuation FTS5 would otherwise read as syntax.
bool usesSyntax(const QString &text)
{
    static const QRegularExpression syntax(QStringLiteral("[\"()*^:]|\\b(AND|OR|NOT|NEAR)\\b"));
    return syntax.match(text).hasMatch();
}

Result<QList<SearchHit>> runSearch(sql::Connection &db, const SearchQuery &query, const QString &match);

// Plain words as FTS5 strings: each one quoted, so punctuation inside them is only punctuation.
QString plainWords(const QString &text)
{
    QStringList words;
    for (const QString &w : text.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        words << QLatin1Char('"') + QString(w).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return words.join(QLatin1Char(' '));
}

} // namespace

Result<QList<SearchHit>> search(sql::Connection &db, const SearchQuery &query)
{
    if (!query.text.trimmed().isEmpty() && !usesSyntax(query.text)) {
        auto hits = runSearch(db, query, plainWords(query.text));
        if (hits || (hits.error().code & 0xff) != kSqliteError)
            return hits;
    }
    return runSearch(db, query, query.text);
}

namespace {

Result<QList<SearchHit>> runSearch(sql::Connection &db, const SearchQuery &query, const QString &match)
{
    if (query.text.trimmed().isEmpty())
        return queryError(query.text, tr("it is empty"));
    if (query.limit < 1)
        return Error{tr("The result limit must be at least 1, not %1").arg(query.limit)};
    for (const QString &kind : query.kinds) {
        if (!searchKinds().contains(kind))
            return Error{tr("Unknown kind \"%1\"; choose from %2").arg(kind, searchKinds().join(QStringLiteral(", ")))};
    }
    auto stmt = db.prepare(QStringLiteral(
        "SELECT kind, ref_id, document_id, snippet(search_index, 0, '[', ']', '…', 16), bm25(search_index) "
        "FROM search_index WHERE search_index MATCH ?1 "
        "AND (?2 = '' OR instr(?2, ',' || kind || ',') > 0) "
        "ORDER BY bm25(search_index) LIMIT ?3"));
    if (!stmt)
        return stmt.error();
    const QString kinds = query.kinds.isEmpty() ? QString()
                                                : QLatin1Char(',') + query.kinds.join(QLatin1Char(',')) + QLatin1Char(',');
    stmt->bind(1, match).bind(2, kinds).bind(3, qint64(query.limit));
    QList<SearchHit> hits;
    QList<qint64> documents;
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
        SearchHit hit;
        hit.kind = stmt->text(0);
        hit.refId = stmt->integer(1);
        documents << (stmt->isNull(2) ? 0 : stmt->integer(2));
        hit.snippet = stmt->text(3);
        hit.score = stmt->real(4);
        hits << hit;
    }
    for (qsizetype i = 0; i < hits.size(); ++i) {
        if (Status done = describe(db, hits[i], documents[i]); !done)
            return done.error();
    }
    return hits;
}

} // namespace

} // namespace standpoint::search
