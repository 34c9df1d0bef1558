// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "core/import/prepareahead.h"
#include "core/sqlite/statement.h"
#include "core/sqlite/statementcache.h"
#include "tests/support/testpack.h"

using namespace standpoint;

namespace {

Result<importing::ImportDraft> draftNumber(qsizetype i)
{
    if (i % 7 == 3)
        return Error{QStringLiteral("file %1 cannot be read").arg(i)};
    importing::ImportDraft d;
    d.path = QStringLiteral("%1.txt").arg(i);
    const auto kept = [](const QString &text, bool heading = false) { return importing::ImportBlock{text, heading, {}, {}}; };
    d.blocks = {kept(QStringLiteral("  Heading %1").arg(i), true),
                importing::ImportBlock{QStringLiteral("Clutter %1").arg(i), false, QStringLiteral("rule"), QStringLiteral("why")},
                kept(QStringLiteral("First sentence of %1. Second one, longer, of %1!").arg(i)), kept(QStringLiteral("A last paragraph, caf\u00e9."))};
    return d;
}

} // namespace

TEST(PrepareAhead, GivesEachDraftPreparedAsTheWriterWouldInOrder)
{
    constexpr qsizetype count = 300; // more than it works ahead, so it waits for the taker
    importing::PrepareAhead ahead(count, draftNumber);
    for (qsizetype i = 0; i < count; ++i) {
        const importing::PreparedDraft &got = ahead.next();
        if (i % 7 == 3) {
            EXPECT_EQ(got.refusal, QStringLiteral("file %1 cannot be read").arg(i));
            continue;
        }
        ASSERT_TRUE(got.refusal.isEmpty()) << qPrintable(got.refusal);
        const importing::ImportDraft d = *draftNumber(i);
        EXPECT_EQ(got.draft.path, d.path);
        ASSERT_EQ(got.cleaned, d.cleanedText().trimmed());
        EXPECT_EQ(got.cleanedUtf8, got.cleaned.toUtf8());
        EXPECT_EQ(got.receivedUtf8, d.receivedText().toUtf8());
        EXPECT_NE(got.receivedUtf8, got.cleanedUtf8); // the clutter block is in the one, not the other
        const QList<text::Paragraph> expected = text::splitParagraphs(got.cleaned);
        ASSERT_EQ(got.paragraphs.size(), expected.size());
        ASSERT_EQ(got.paragraphBytes.size(), expected.size());
        for (qsizetype p = 0; p < expected.size(); ++p) {
            EXPECT_EQ(got.paragraphs[p].span.start, expected[p].span.start);
            EXPECT_EQ(got.paragraphs[p].span.end, expected[p].span.end);
            EXPECT_EQ(got.paragraphs[p].heading, expected[p].heading);
            EXPECT_EQ(got.paragraphs[p].sentences.size(), expected[p].sentences.size());
            const text::Span bytes = got.paragraphBytes[p];
            EXPECT_EQ(got.cleanedUtf8.mid(bytes.start, bytes.length()), got.cleaned.mid(expected[p].span.start, expected[p].span.length()).toUtf8());
        }
    }
    EXPECT_FALSE(ahead.next().refusal.isEmpty()); // asked once too often: says so instead of waiting
}

TEST(PrepareAhead, StopsCleanlyWhenTheImportStopsEarly)
{
    importing::PrepareAhead ahead(10000, draftNumber);
    EXPECT_EQ(ahead.next().draft.path, QStringLiteral("0.txt"));
    EXPECT_EQ(ahead.next().draft.path, QStringLiteral("1.txt"));
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
