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
        return search::search(db(), search::SearchQuery{text, limit, kinds, {}});
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

TEST_F(Search, FacetsCountHitsAndFiltersNarrowThem)
{
    auto all = search::searchFaceted(db(), search::SearchQuery{QStringLiteral("energy"), 50, {}, {}});
    ASSERT_TRUE(succeeded(all));
    ASSERT_FALSE(all->hits.isEmpty());
    const QList<search::FacetValue> positions = all->facets.value(QStringLiteral("position"));
    ASSERT_FALSE(positions.isEmpty());
    const auto heritage = std::find_if(positions.begin(), positions.end(), [](const auto &v) { return v.key == QLatin1String("heritage"); });
    ASSERT_NE(heritage, positions.end());
    EXPECT_EQ(heritage->label, QStringLiteral("Heritage Foundation"));
    EXPECT_FALSE(all->facets.value(QStringLiteral("theme")).isEmpty());
    EXPECT_FALSE(all->facets.value(QStringLiteral("year")).isEmpty());

    search::SearchQuery narrowed{QStringLiteral("energy"), 50, {}, {}};
    narrowed.filters.positions = {QStringLiteral("heritage")};
    auto only = search::searchFaceted(db(), narrowed);
    ASSERT_TRUE(succeeded(only));
    ASSERT_FALSE(only->hits.isEmpty());
    EXPECT_LT(only->hits.size(), all->hits.size());
    int total = 0;
    for (const auto &hit : only->hits) {
        EXPECT_TRUE(hit.positions.contains(QStringLiteral("heritage"))) << hit.title.toStdString();
        ++total;
    }
    EXPECT_EQ(total, heritage->count);
    // The position facet still lists the others, counted without its own filter, so the user can switch.
    EXPECT_GT(only->facets.value(QStringLiteral("position")).size(), 1);

    narrowed.filters.years = {1900};
    auto none = search::searchFaceted(db(), narrowed);
    ASSERT_TRUE(succeeded(none));
    EXPECT_TRUE(none->hits.isEmpty());
    const auto years = none->facets.value(QStringLiteral("year"));
    EXPECT_TRUE(std::any_of(years.begin(), years.end(), [](const auto &v) { return v.key == QLatin1String("1900") && v.count == 0; }));
}

TEST_F(Search, SpeakerFacetFollowsTranscriptTurns)
{
    search::SearchQuery query{QStringLiteral("China"), 100, {QStringLiteral("passage")}, {}};
    query.filters.speakers = {QStringLiteral("berman")};
    auto hits = search::searchFaceted(db(), query);
    ASSERT_TRUE(succeeded(hits));
    ASSERT_FALSE(hits->hits.isEmpty());
    for (const auto &hit : hits->hits) {
        EXPECT_EQ(hit.documentKey, QStringLiteral("afpc-2023"));
        EXPECT_TRUE(hit.speakers.contains(QStringLiteral("berman")));
        EXPECT_GE(hit.start, 0);
        EXPECT_GT(hit.end, hit.start);
    }
}

TEST_F(Search, SnippetHighlightsMatchTheMatchedWords)
{
    auto hits = search::searchFaceted(db(), search::SearchQuery{QStringLiteral("pipeline"), 5, {QStringLiteral("passage")}, {}});
    ASSERT_TRUE(succeeded(hits));
    ASSERT_FALSE(hits->hits.isEmpty());
    const auto &hit = hits->hits.first();
    ASSERT_FALSE(hit.highlights.isEmpty());
    for (const auto &[start, length] : hit.highlights)
        EXPECT_TRUE(hit.plainSnippet.mid(start, length).startsWith(QStringLiteral("pipeline"), Qt::CaseInsensitive));
    EXPECT_FALSE(hit.plainSnippet.contains(QChar(0x2)));
}
