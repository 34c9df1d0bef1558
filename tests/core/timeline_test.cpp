// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "core/timeline/timelinedata.h"
#include "tests/support/testpack.h"

using namespace standpoint;
using standpoint::fixtures::succeeded;

class Timeline : public fixtures::BundledStoreTest
{
protected:
    static timeline::TimelineData data()
    {
        auto read = timeline::readTimeline(db());
        EXPECT_TRUE(succeeded(read));
        return read ? *read : timeline::TimelineData{};
    }
    static const timeline::TimelineEvent &event(const timeline::TimelineData &d, const char *key)
    {
        for (const auto &e : d.events) {
            if (e.key == QLatin1String(key))
                return e;
        }
        static const timeline::TimelineEvent none;
        ADD_FAILURE() << "no event " << key;
        return none;
    }
};

TEST_F(Timeline, EventsAreInDateOrderFromTheThirteenthCenturyWithLanesAndQuotes)
{
    const auto d = data();
    ASSERT_GE(d.events.size(), 35);
    for (qsizetype i = 1; i < d.events.size(); ++i)
        EXPECT_LE(d.events[i - 1].start, d.events[i].start);
    EXPECT_LT(d.events.first().start, 1300);
    EXPECT_GE(d.events.last().finish, 2028);
    for (const auto &e : d.events) {
        EXPECT_FALSE(e.quotes.isEmpty()) << e.key.toStdString();
        EXPECT_FALSE(e.lanes.isEmpty()) << e.key.toStdString();
    }
    ASSERT_GE(d.eras.size(), 3);
}

TEST_F(Timeline, DatesAreHonestAboutTheirPrecision)
{
    const auto d = data();
    const auto &crimea = event(d, "e-crimea-annexation-2014");
    EXPECT_EQ(crimea.precision, QStringLiteral("year"));
    EXPECT_TRUE(crimea.isSpan());
    EXPECT_DOUBLE_EQ(crimea.start, 2014);
    EXPECT_DOUBLE_EQ(crimea.finish, 2015); // the whole year, never 1 January
    const auto &invasion = event(d, "e-invasion-2022-02-24");
    EXPECT_FALSE(invasion.isSpan());
    EXPECT_EQ(invasion.dateLabel(), QStringLiteral("24 Feb 2022"));
    const auto &split = event(d, "e-sino-soviet-split");
    EXPECT_EQ(split.dateLabel(), QStringLiteral("1960s–1980s"));
    EXPECT_DOUBLE_EQ(split.finish, 1990);
    EXPECT_EQ(event(d, "e-nevsky-mongol-vassal").dateLabel(), QStringLiteral("13th century"));
}

TEST_F(Timeline, AnEventCitedByManyIsInEachOfTheirLanes)
{
    const auto d = data();
    const auto &invasion = event(d, "e-invasion-2022-02-24");
    for (const char *lane : {"position:heritage", "position:gabuev", "position:afpc", "position:mcfaul-medeiros"})
        EXPECT_TRUE(invasion.lanes.contains(QString::fromUtf8(lane))) << lane;
    // A speaker's lane holds what that speaker's own words mention.
    const auto &prc = event(d, "e-prc-founded-1949");
    EXPECT_TRUE(prc.lanes.contains(QStringLiteral("speaker:berman")));
    EXPECT_FALSE(prc.lanes.contains(QStringLiteral("speaker:omelicheva")));
}

TEST_F(Timeline, FiltersCombineRangeLaneThemeAndWords)
{
    const auto d = data();
    timeline::TimelineFilter filter;
    filter.from = 2014;
    filter.to = 2026;
    filter.lanes = {QStringLiteral("speaker:berman")};
    EXPECT_TRUE(timeline::visibleEvents(d, filter).isEmpty()); // Berman speaks of 1949 and the 1960s only
    filter.lanes = {QStringLiteral("position:heritage")};
    const QList<int> heritage = timeline::visibleEvents(d, filter);
    ASSERT_FALSE(heritage.isEmpty());
    for (int i : heritage) {
        EXPECT_TRUE(d.events[i].lanes.contains(QStringLiteral("position:heritage")));
        EXPECT_GT(d.events[i].finish, 2014);
    }
    filter.lanes.clear();
    filter.theme = QStringLiteral("cold-war-analogies");
    filter.from = std::numeric_limits<double>::lowest();
    filter.to = std::numeric_limits<double>::max();
    for (int i : timeline::visibleEvents(d, filter))
        EXPECT_TRUE(d.events[i].themes.contains(QStringLiteral("cold-war-analogies")));
    filter.theme.clear();
    filter.text = QStringLiteral("Kissinger");
    const QList<int> kissinger = timeline::visibleEvents(d, filter);
    ASSERT_FALSE(kissinger.isEmpty());
    bool opening = false;
    for (int i : kissinger) {
        const auto &e = d.events[i];
        EXPECT_TRUE(QString(e.title + e.description).contains(QStringLiteral("Kissinger"), Qt::CaseInsensitive));
        opening |= e.key == QLatin1String("e-kissinger-nixon-opening");
    }
    EXPECT_TRUE(opening);
    filter.text = QStringLiteral("kissinger opening");
    EXPECT_LE(timeline::visibleEvents(d, filter).size(), kissinger.size());
}

TEST_F(Timeline, LanesAreResolvedOrNamed)
{
    const auto d = data();
    auto lanes = timeline::resolveLanes(d, {QStringLiteral("gabuev"), QStringLiteral("speaker:berman")});
    ASSERT_TRUE(succeeded(lanes));
    EXPECT_EQ(*lanes, (QStringList{QStringLiteral("position:gabuev"), QStringLiteral("speaker:berman")}));
    auto unknown = timeline::resolveLanes(d, {QStringLiteral("kremlin")});
    ASSERT_FALSE(unknown.ok());
    EXPECT_TRUE(unknown.message().contains(QStringLiteral("kremlin")));
    EXPECT_TRUE(unknown.message().contains(QStringLiteral("heritage")));
}
