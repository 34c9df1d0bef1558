// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "core/search/searcher.h"
#include "tests/support/testpack.h"

using namespace standpoint;
using standpoint::fixtures::succeeded;

class Search : public fixtures::BundledStoreTest
{
protected:
    static Result<QList<search::SearchHit>> find(const QString &text, QStringList kinds = {}, int limit = 20)
    {
        return search::search(db(), search::SearchQuery{text, limit, kinds});
    }
};

TEST_F(Search, WordsFindPassagesRankedWithHighlightedSnippets)
{
    auto hits = find(QStringLiteral("Kissinger"));
    ASSERT_TRUE(succeeded(hits));
    ASSERT_FALSE(hits->isEmpty());
    EXPECT_TRUE(hits->first().snippet.contains(QStringLiteral("[Kissinger]"))) << hits->first().snippet.toStdString();
    for (qsizetype i = 1; i < hits->size(); ++i)
        EXPECT_LE((*hits)[i - 1].score, (*hits)[i].score);
}

TEST_F(Search, PhrasePrefixAndKindFilter)
{
    auto phrase = find(QStringLiteral("\"junior partner\""), {QStringLiteral("passage")});
    ASSERT_TRUE(succeeded(phrase));
    ASSERT_FALSE(phrase->isEmpty());
    for (const auto &hit : *phrase) {
        EXPECT_EQ(hit.kind, QStringLiteral("passage"));
        EXPECT_FALSE(hit.documentKey.isEmpty());
    }
    auto prefix = find(QStringLiteral("pipelin*"));
    ASSERT_TRUE(succeeded(prefix));
    EXPECT_FALSE(prefix->isEmpty());
    auto claims = find(QStringLiteral("energy"), {QStringLiteral("claim")});
    ASSERT_TRUE(succeeded(claims));
    ASSERT_FALSE(claims->isEmpty());
    EXPECT_EQ(claims->first().kind, QStringLiteral("claim"));
    EXPECT_FALSE(claims->first().title.isEmpty());
}

TEST_F(Search, LimitIsHonoured)
{
    auto hits = find(QStringLiteral("Russia"), {}, 3);
    ASSERT_TRUE(succeeded(hits));
    EXPECT_EQ(hits->size(), 3);
}

TEST_F(Search, MalformedQueriesGetAHintNotACrash)
{
    for (const char *bad : {"\"junior partner", "AND", "NOT", "energy OR", "(trade", "*", "Russia AND (", "\""}) {
        auto hits = find(QString::fromUtf8(bad));
        ASSERT_FALSE(hits.ok()) << bad;
        EXPECT_TRUE(hits.message().contains(QStringLiteral("is not valid"))) << hits.message().toStdString();
        EXPECT_TRUE(hits.message().contains(QStringLiteral("phrase"))) << hits.message().toStdString();
    }
}

TEST_F(Search, EmptyQueryUnknownKindAndBadLimitAreRefused)
{
    EXPECT_FALSE(find(QStringLiteral("   ")).ok());
    auto kind = find(QStringLiteral("trade"), {QStringLiteral("tweets")});
    ASSERT_FALSE(kind.ok());
    EXPECT_TRUE(kind.message().contains(QStringLiteral("tweets")));
    EXPECT_FALSE(find(QStringLiteral("trade"), {}, 0).ok());
}

TEST_F(Search, NoMatchIsAnEmptyList)
{
    auto hits = find(QStringLiteral("xylophone"));
    ASSERT_TRUE(succeeded(hits));
    EXPECT_TRUE(hits->isEmpty());
}

TEST_F(Search, PlainWordsWithPunctuationAreSearchedAsWords)
{
    for (const char *plain : {"U.S.", "Xi's", "Sino-Russian", "G-7", "Power of Siberia-2", "$200", "36%"}) {
        auto hits = find(QString::fromUtf8(plain));
        ASSERT_TRUE(succeeded(hits)) << plain;
        EXPECT_FALSE(hits->isEmpty()) << plain;
    }
}
