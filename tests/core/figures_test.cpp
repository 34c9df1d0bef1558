// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "core/figures/chartdata.h"
#include "core/figures/overlayrule.h"
#include "core/figures/userseries.h"
#include "core/sqlite/query.h"
#include "core/text/csvreader.h"
#include "tests/support/testpack.h"

#include <QFile>
#include <QTemporaryDir>

using namespace standpoint;
using standpoint::fixtures::succeeded;

class Figures : public fixtures::BundledStoreTest
{
protected:
    static QString cleaned(qint64 documentId)
    {
        QString text;
        EXPECT_TRUE(sql::forEachRow(db(), QStringLiteral("SELECT cleaned_text FROM document WHERE id = ?"), {documentId},
                                    [&](const sql::Statement &s) { text = s.text(0); })
                        .ok());
        return text;
    }
};

TEST_F(Figures, EveryChartedFigureHasItsExactQuote)
{
    auto charts = figures::listCharts(db());
    ASSERT_TRUE(succeeded(charts));
    ASSERT_GE(charts->size(), 5);
    int points = 0;
    for (const figures::ChartSummary &summary : *charts) {
        auto chart = figures::readChart(db(), summary.key);
        ASSERT_TRUE(succeeded(chart));
        EXPECT_FALSE(chart->points.isEmpty()) << summary.key.toStdString();
        EXPECT_FALSE(chart->sourceLine().isEmpty());
        for (const figures::ChartPoint &p : chart->points) {
            ++points;
            ASSERT_FALSE(p.quote.isEmpty()) << p.seriesKey.toStdString();
            EXPECT_EQ(cleaned(p.documentId).mid(p.quoteStart, p.quoteEnd - p.quoteStart), p.quote);
            EXPECT_FALSE(p.shortSource.isEmpty());
        }
    }
    EXPECT_GE(points, 25);
}

TEST_F(Figures, The2022GrowthIsMarkedAsDisagreeingAndTheMatchingOnesAreNot)
{
    auto chart = figures::readChart(db(), QStringLiteral("trade-growth"));
    ASSERT_TRUE(succeeded(chart));
    bool marked2022 = false;
    for (const figures::ChartPoint &p : chart->points) {
        if (p.period == QLatin1String("2022")) {
            ASSERT_FALSE(p.disagreements.isEmpty());
            EXPECT_TRUE(p.disagreements.first().contains(QLatin1String("29.3")));
            marked2022 = true;
        } else {
            EXPECT_TRUE(p.disagreements.isEmpty()) << p.period.toStdString() << " " << p.documentKey.toStdString();
        }
    }
    EXPECT_TRUE(marked2022);
    ASSERT_FALSE(chart->notes.isEmpty());
    EXPECT_TRUE(chart->notes.first().contains(QLatin1String("36%")));
    // The growth chart draws the customs series' own yearly change.
    ASSERT_FALSE(chart->reference.isEmpty());
    const auto y2022 = std::find_if(chart->reference.begin(), chart->reference.end(),
                                    [](const figures::ReferencePoint &r) { return r.year == 2022; });
    ASSERT_NE(y2022, chart->reference.end());
    EXPECT_DOUBLE_EQ(y2022->value, 29.3);
    // The levels chart has no disagreement on the 2022 level: $190 billion matches.
    auto levels = figures::readChart(db(), QStringLiteral("trade-turnover"));
    ASSERT_TRUE(succeeded(levels));
    for (const figures::ChartPoint &p : levels->points) {
        if (p.period == QLatin1String("2022")) {
            EXPECT_TRUE(p.disagreements.isEmpty());
        }
    }
}

TEST_F(Figures, ChartCsvRoundTripsWithACitationOnEveryRow)
{
    auto chart = figures::readChart(db(), QStringLiteral("trade-turnover"));
    ASSERT_TRUE(succeeded(chart));
    auto table = text::parseCsv(figures::chartCsv(*chart), QStringLiteral("chart.csv"));
    ASSERT_TRUE(succeeded(table));
    const int role = table->column(QStringLiteral("role")), value = table->column(QStringLiteral("value")),
              quote = table->column(QStringLiteral("quote")), citation = table->column(QStringLiteral("citation")),
              period = table->column(QStringLiteral("period"));
    ASSERT_GE(std::min({role, value, quote, citation, period}), 0);
    qsizetype documentRows = 0, referenceRows = 0;
    for (const text::CsvRow &row : table->rows) {
        EXPECT_FALSE(row.fields[citation].isEmpty());
        if (row.fields[role] == QLatin1String("reference")) {
            const auto &r = chart->reference[referenceRows++];
            EXPECT_EQ(row.fields[period].toInt(), r.year);
            EXPECT_DOUBLE_EQ(row.fields[value].toDouble(), r.value);
        } else {
            const figures::ChartPoint &p = chart->points[documentRows++];
            EXPECT_DOUBLE_EQ(row.fields[value].toDouble(), p.value);
            EXPECT_EQ(row.fields[quote], p.quote);
            EXPECT_EQ(row.fields[period], p.period);
        }
    }
    EXPECT_EQ(documentRows, chart->points.size());
    EXPECT_EQ(referenceRows, chart->reference.size());
}

TEST_F(Figures, UnknownChartIsNamed)
{
    auto chart = figures::readChart(db(), QStringLiteral("pie-in-the-sky"));
    ASSERT_FALSE(chart.ok());
    EXPECT_TRUE(chart.message().contains(QLatin1String("pie-in-the-sky")));
}

TEST(UserSeries, BadFilesAreRefusedWithFileAndLine)
{
    const QString f = QStringLiteral("mine.csv");
    const struct
    {
        const char *csv;
        const char *expected;
    } cases[] = {
        {"year,amount\n2020,1\n", "mine.csv:1: the header must name the columns year and value"},
        {"year,value\n", "there are no rows"},
        {"year,value\n2020,1\ntwenty21,2\n", "mine.csv:3: \"twenty21\" is not a year"},
        {"year,value\n2020,1\n2021,1,5\n", "mine.csv:3: 3 fields"},
        {"year,value\n2020,1\n2021,lots\n", "mine.csv:3: \"lots\" is not a number"},
        {"year,value\n2020,1\n2020,2\n", "mine.csv:3: the year 2020 is given twice"},
        {"year,value\n99,1\n", "mine.csv:2: \"99\" is not a year"},
        {"year,value\n2020,inf\n", "is not a number"},
    };
    for (const auto &c : cases) {
        auto parsed = figures::parseUserSeriesCsv(QString::fromUtf8(c.csv), f);
        ASSERT_FALSE(parsed.ok()) << c.csv;
        EXPECT_TRUE(parsed.message().contains(QString::fromUtf8(c.expected))) << parsed.message().toStdString();
    }
    auto good = figures::parseUserSeriesCsv(QStringLiteral("Year,Value,Note\n2021,150,estimate\n2020,110,\n"), f);
    ASSERT_TRUE(succeeded(good));
    ASSERT_EQ(good->size(), 2);
    EXPECT_EQ(good->first().year, 2020);
    EXPECT_EQ(good->last().note, QStringLiteral("estimate"));
}

TEST(UserSeries, AddingStoresAllOrNothing)
{
    fixtures::TempStore temp;
    sql::Connection db = temp.open(false);
    QTemporaryDir dir;
    const auto write = [&](const char *name, const QByteArray &bytes) {
        QFile file(dir.filePath(QString::fromUtf8(name)));
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return file.fileName();
    };
    const QString good = write("good.csv", "year,value,note\n2020,100,\n2021,140,rough\n");
    auto key = figures::addUserSeries(db, good, QStringLiteral("My trade estimate"), QStringLiteral("USD bn"));
    ASSERT_TRUE(succeeded(key));
    EXPECT_EQ(*key, QStringLiteral("my-trade-estimate"));
    auto again = figures::addUserSeries(db, good, QStringLiteral("My trade estimate"), QStringLiteral("USD bn"));
    ASSERT_TRUE(succeeded(again));
    EXPECT_EQ(*again, QStringLiteral("my-trade-estimate-2"));

    const qint64 before = *sql::scalar(db, QStringLiteral("SELECT count(*) FROM user_point"));
    for (const auto &[name, bytes, expected] :
         {std::tuple{"bad.csv", QByteArray("year,value\n2020,1\n2021,x\n"), "bad.csv:3"},
          std::tuple{"binary.csv", QByteArray("year,value\n\0\0", 13), "binary"},
          std::tuple{"latin1.csv", QByteArray("year,value,note\n2020,1,caf\xe9\n"), "not valid UTF-8"},
          std::tuple{"big.csv", QByteArray(1024 * 1024 + 10, 'a'), "at most 1024 KB"}}) {
        auto refused = figures::addUserSeries(db, write(name, bytes), QStringLiteral("Broken"), QStringLiteral("USD bn"));
        ASSERT_FALSE(refused.ok()) << name;
        EXPECT_TRUE(refused.message().contains(QString::fromUtf8(expected))) << refused.message().toStdString();
    }
    auto missing = figures::addUserSeries(db, dir.filePath(QStringLiteral("nope.csv")), QStringLiteral("X"),
                                          QStringLiteral("u"));
    EXPECT_FALSE(missing.ok());
    EXPECT_FALSE(figures::addUserSeries(db, good, QString(), QStringLiteral("u")).ok());
    EXPECT_EQ(*sql::scalar(db, QStringLiteral("SELECT count(*) FROM user_point")), before);

    auto read = figures::readUserSeries(db, {QStringLiteral("my-trade-estimate")});
    ASSERT_TRUE(succeeded(read));
    ASSERT_EQ(read->first().points.size(), 2);
    EXPECT_EQ(read->first().points[1].note, QStringLiteral("rough"));
    EXPECT_FALSE(figures::readUserSeries(db, {QStringLiteral("nobody")}).ok());
    EXPECT_TRUE(figures::removeUserSeries(db, QStringLiteral("my-trade-estimate")).ok());
    EXPECT_FALSE(figures::removeUserSeries(db, QStringLiteral("my-trade-estimate")).ok());
}

TEST(Periods, MidPointOfWhatIsKnown)
{
    EXPECT_DOUBLE_EQ(*figures::periodToYear(QStringLiteral("2021")), 2021.5);
    EXPECT_NEAR(*figures::periodToYear(QStringLiteral("2023-11")), 2023 + 10.5 / 12, 1e-9);
    EXPECT_FALSE(figures::periodToYear(QString()).has_value());
}

TEST_F(Figures, OverlayRuleTakesOnlyTheChartsUnitOnATimeChart)
{
    auto turnover = figures::readChart(db(), QStringLiteral("trade-turnover"));
    auto bars = figures::readChart(db(), QStringLiteral("yuan"));
    ASSERT_TRUE(succeeded(turnover));
    ASSERT_TRUE(succeeded(bars));
    ASSERT_TRUE(turnover->isTime());
    ASSERT_FALSE(bars->isTime());
    const figures::UserSeries same{.key = QStringLiteral("mine"), .title = QStringLiteral("My estimate"),
                                   .unit = turnover->unit, .sourceFile = QStringLiteral("mine.csv"),
                                   .points = {{2021, 150, {}}}};
    const figures::UserSeries other{.key = QStringLiteral("growth"), .title = QStringLiteral("My growth"),
                                    .unit = QStringLiteral("percent"), .sourceFile = QStringLiteral("growth.csv"),
                                    .points = {{2021, 35, {}}}};
    EXPECT_TRUE(figures::OverlayRule::check(*turnover, same).ok());
    const Status refused = figures::OverlayRule::check(*turnover, other);
    ASSERT_FALSE(refused.ok());
    // The message names the series, its unit, the chart and the chart's unit.
    for (const QString &named : {other.title, other.unit, turnover->title, turnover->unit})
        EXPECT_TRUE(refused.message().contains(named)) << refused.message().toStdString();
    EXPECT_FALSE(figures::OverlayRule::acceptsOverlays(*bars).ok());
    EXPECT_FALSE(figures::OverlayRule::check(*bars, same).ok());

    figures::ChartData chart = *turnover;
    const QStringList leftOut = figures::OverlayRule::addAllowed(chart, {same, other});
    ASSERT_EQ(chart.overlays.size(), 1);
    EXPECT_EQ(chart.overlays.first().key, same.key);
    ASSERT_EQ(leftOut.size(), 1);
    EXPECT_EQ(leftOut.first(), refused.message());
    // Users' series are offered to time charts only: a bar chart takes none, and says nothing of them.
    figures::ChartData barChart = *bars;
    EXPECT_TRUE(figures::OverlayRule::addAllowed(barChart, {same, other}).isEmpty());
    EXPECT_TRUE(barChart.overlays.isEmpty());
}
