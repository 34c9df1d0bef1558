// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "core/import/splitahead.h"
#include "core/sqlite/statement.h"
#include "core/sqlite/statementcache.h"
#include "tests/support/testpack.h"

using namespace standpoint;

namespace {

QString textNumber(qsizetype i)
{
    return QStringLiteral("Heading %1\n\nFirst sentence of %1. Second one, longer, of %1!\n\nA last paragraph.").arg(i);
}

} // namespace

TEST(SplitAhead, GivesEachTextSplitAsTheSplitterDoesInOrder)
{
    constexpr qsizetype count = 300; // more than it works ahead, so it waits for the taker
    importing::SplitAhead split(count, textNumber);
    for (qsizetype i = 0; i < count; ++i) {
        const importing::SplitText got = split.take(i);
        ASSERT_EQ(got.cleaned, textNumber(i));
        const QList<text::Paragraph> expected = text::splitParagraphs(textNumber(i));
        ASSERT_EQ(got.paragraphs.size(), expected.size());
        for (qsizetype p = 0; p < expected.size(); ++p) {
            EXPECT_EQ(got.paragraphs[p].span.start, expected[p].span.start);
            EXPECT_EQ(got.paragraphs[p].span.end, expected[p].span.end);
            EXPECT_EQ(got.paragraphs[p].heading, expected[p].heading);
            EXPECT_EQ(got.paragraphs[p].sentences.size(), expected[p].sentences.size());
        }
    }
}

TEST(SplitAhead, StopsCleanlyWhenTheImportStopsEarly)
{
    importing::SplitAhead split(10000, textNumber);
    EXPECT_EQ(split.take(0).cleaned, textNumber(0));
    EXPECT_EQ(split.take(3).cleaned, textNumber(3));
    // Leaving the scope with thousands not taken must neither hang nor leak (the sanitizer run checks).
}

TEST(StatementCache, PreparesOnceAndHandsBackAResetStatement)
{
    fixtures::TempStore temp;
    sql::Connection db = temp.open();
    const QString sql = QStringLiteral("SELECT ?1 + 1");
    auto first = sql::cachedStatement(db, sql);
    ASSERT_TRUE(fixtures::succeeded(first));
    (*first)->bind(1, qint64(41));
    ASSERT_TRUE(*(*first)->step());
    EXPECT_EQ((*first)->integer(0), 42);
    auto again = sql::cachedStatement(db, sql);
    ASSERT_TRUE(fixtures::succeeded(again));
    EXPECT_EQ(*again, *first);
    ASSERT_TRUE(*(*again)->step()); // reset, and its old binding cleared: NULL + 1 is NULL
    EXPECT_TRUE((*again)->isNull(0));
    auto bad = sql::cachedStatement(db, QStringLiteral("SELEC nothing"));
    EXPECT_FALSE(bad.ok());
}
