// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "core/search/ranking.h"
#include "core/sqlite/statement.h"
#include "tests/support/testpack.h"

using namespace standpoint;
using standpoint::fixtures::succeeded;

namespace {

// One-phrase, many-phrase, phrase, prefix, OR and NOT queries.
const QStringList kQueries = {QStringLiteral("Russia"),           QStringLiteral("Kissinger"),
                              QStringLiteral("\"junior partner\""), QStringLiteral("pipelin*"),
                              QStringLiteral("energy OR trade"),  QStringLiteral("China NOT Kissinger"),
                              QStringLiteral("Beijing Moscow")};

// What FTS5's own bm25 gives, ties broken by rowid as bestMatches breaks them.
QList<search::RankedRow> bm25(sql::Connection &db, const QString &match, int limit, const QString &kind = {})
{
    auto stmt = db.prepare(QStringLiteral("SELECT rowid, bm25(search_index) AS score FROM search_index WHERE search_index "
                                          "MATCH ?1 AND (?2 = '' OR kind = ?2) ORDER BY score, rowid LIMIT ?3"));
    EXPECT_TRUE(succeeded(stmt));
    stmt->bind(1, match).bind(2, kind).bind(3, qint64(limit));
    QList<search::RankedRow> rows;
    while (*stmt->step())
        rows.append({stmt->integer(0), stmt->real(1)});
    return rows;
}

qint64 count(sql::Connection &db, const QString &sql, const QString &match = {})
{
    auto stmt = db.prepare(sql);
    if (!match.isEmpty())
        stmt->bind(1, match);
    return *stmt->step() ? stmt->integer(0) : -1;
}

void expectSameAsBm25(sql::Connection &db, const QString &match, int limit, const QStringList &kinds = {})
{
    auto ours = search::bestMatches(db, match, limit, kinds);
    ASSERT_TRUE(succeeded(ours)) << match.toStdString();
    const auto theirs = bm25(db, match, limit, kinds.isEmpty() ? QString() : kinds.first());
    ASSERT_FALSE(theirs.isEmpty()) << match.toStdString();
    ASSERT_EQ(ours->size(), theirs.size()) << match.toStdString();
    for (qsizetype i = 0; i < theirs.size(); ++i) {
        EXPECT_EQ((*ours)[i].row, theirs[i].row) << match.toStdString() << " at " << i;
        EXPECT_DOUBLE_EQ((*ours)[i].score, theirs[i].score) << match.toStdString() << " at " << i;
    }
}

} // namespace

TEST(Ranking, ScoresAndOrdersExactlyAsBm25OnAFreshConnection)
{
    fixtures::TempStore temp;
    sql::Connection db = temp.open(true);
    // Rare words first, so none of them has made the connection read the row lengths yet.
    for (const QString &q : {QStringLiteral("Kissinger"), QStringLiteral("\"junior partner\""), QStringLiteral("pipelin*")})
        expectSameAsBm25(db, q, 15);
}

TEST(Ranking, ScoresExactlyAsBm25OnceTheRowLengthsAreHeld)
{
    fixtures::TempStore temp;
    sql::Connection db = temp.open(true);
    // "Russia" matches more than a fifth of the rows, which makes the connection read every row's length;
    // from then on a one-phrase query's weight is worked out after its pass.
    const qint64 rows = count(db, QStringLiteral("SELECT count(*) FROM search_index"));
    const qint64 russia = count(db, QStringLiteral("SELECT count(*) FROM search_index WHERE search_index MATCH ?1"),
                                QStringLiteral("Russia"));
    ASSERT_GT(russia * 5, rows);
    for (int round = 0; round < 2; ++round) {
        for (const QString &q : kQueries)
            expectSameAsBm25(db, q, 25);
    }
}

TEST(Ranking, FollowsTheStoreWhenItChanges)
{
    fixtures::TempStore temp;
    sql::Connection db = temp.open(true);
    expectSameAsBm25(db, QStringLiteral("Russia"), 10); // the connection now holds every row's length
    // New notes, some short and full of the word, change the mean length and every weight.
    auto note = db.prepare(QStringLiteral(
        "INSERT INTO annotation (uuid, document_id, start, end, anchor_text, color, note, created_at, updated_at) "
        "SELECT ?1, min(id), 0, 1, 'x', 'yellow', ?2, '2026-01-01', '2026-01-01' FROM document"));
    ASSERT_TRUE(succeeded(note));
    for (int i = 0; i < 40; ++i) {
        note->reset();
        note->bind(1, QStringLiteral("note-%1").arg(i));
        note->bind(2, QStringLiteral("Russia ").repeated(1 + i % 4) + QStringLiteral("and a note of some length"));
        ASSERT_TRUE(succeeded(note->step()));
    }
    expectSameAsBm25(db, QStringLiteral("Russia"), 30);
    expectSameAsBm25(db, QStringLiteral("Russia note"), 30);
    // Notes rewritten in place keep their rows but not their lengths.
    ASSERT_TRUE(succeeded(db.exec(QStringLiteral(
        "UPDATE annotation SET note = 'Russia, and then many more words ' || note || replace(hex(zeroblob(60)), '00', ' words') "
        "WHERE uuid IN ('note-1', 'note-2', 'note-5', 'note-8')"))));
    expectSameAsBm25(db, QStringLiteral("Russia"), 30);
    expectSameAsBm25(db, QStringLiteral("Russia note"), 30);
    // The index still matches the text it reads from the store.
    EXPECT_TRUE(succeeded(db.exec(QStringLiteral("INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 1)"))));
}

TEST(Ranking, KeepsOnlyTheKindsAsked)
{
    fixtures::TempStore temp;
    sql::Connection db = temp.open(true);
    expectSameAsBm25(db, QStringLiteral("energy"), 10, {QStringLiteral("claim")});
    auto claims = search::bestMatches(db, QStringLiteral("energy"), 1000, {QStringLiteral("claim")});
    ASSERT_TRUE(succeeded(claims));
    EXPECT_EQ(claims->size(), count(db, QStringLiteral("SELECT count(*) FROM search_index WHERE search_index MATCH ?1 AND kind = 'claim'"),
                                    QStringLiteral("energy")));
}

TEST(Ranking, ReturnsEveryMatchWhenFewerThanTheLimitAndNoneForALimitOfZero)
{
    fixtures::TempStore temp;
    sql::Connection db = temp.open(true);
    auto all = search::bestMatches(db, QStringLiteral("Kissinger"), 100000);
    ASSERT_TRUE(succeeded(all));
    EXPECT_EQ(all->size(), count(db, QStringLiteral("SELECT count(*) FROM search_index WHERE search_index MATCH ?1"),
                                 QStringLiteral("Kissinger")));
    auto none = search::bestMatches(db, QStringLiteral("Kissinger"), 0);
    ASSERT_TRUE(succeeded(none));
    EXPECT_TRUE(none->isEmpty());
    auto nothing = search::bestMatches(db, QStringLiteral("zzyzxnotaword"), 10);
    ASSERT_TRUE(succeeded(nothing));
    EXPECT_TRUE(nothing->isEmpty());
}

TEST(Ranking, BadSyntaxIsSqlitesOwnErrorAndTheConnectionStillWorks)
{
    fixtures::TempStore temp;
    sql::Connection db = temp.open(true);
    for (const char *bad : {"\"junior partner", "AND", "energy OR", "(trade"}) {
        auto r = search::bestMatches(db, QString::fromUtf8(bad), 10);
        ASSERT_FALSE(r.ok()) << bad;
        EXPECT_EQ(r.error().code & 0xff, 1) << bad; // SQLITE_ERROR
    }
    expectSameAsBm25(db, QStringLiteral("Russia"), 10);
}
