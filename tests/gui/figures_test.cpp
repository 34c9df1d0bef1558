// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "app/common/checklistmodel.h"
#include "app/common/backgroundexport.h"
#include "app/figures/figuresview.h"
#include "app/reader/readerpane.h"
#include "app/reader/readerview.h"
#include "core/figures/userseries.h"
#include "tests/gui/guifixture.h"

#include <QAbstractItemModelTester>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QScatterSeries>
#include <QTabWidget>

#include <algorithm>
#include <optional>
#include <utility>

using namespace standpoint;
using fixtures::waitUntil;

class FiguresGui : public fixtures::GuiTest
{
protected:
    app::FiguresView *figures()
    {
        app::FiguresView *view = window->figuresView();
        EXPECT_TRUE(waitUntil([&] { return view->isLoaded(); }));
        return view;
    }
};

TEST_F(FiguresGui, EveryDrawnFigureHasAQuoteAndTheDisputedOneIsRinged)
{
    app::FiguresView *view = figures();
    EXPECT_EQ(view->chartKeys().size(), 8);
    view->showChart(QStringLiteral("trade-growth"));
    ASSERT_EQ(view->currentChart(), QStringLiteral("trade-growth"));
    bool ringed = false;
    for (auto it = view->built().points.cbegin(); it != view->built().points.cend(); ++it) {
        for (int index : it.value())
            EXPECT_FALSE(view->currentData()->points[index].quote.isEmpty());
        if (it.key()->name().contains(QLatin1String("Disagrees"))) {
            ringed = true;
            ASSERT_EQ(it.value().size(), 1);
            EXPECT_EQ(view->currentData()->points[it.value().first()].period, QStringLiteral("2022"));
        }
    }
    EXPECT_TRUE(ringed);
}

TEST_F(FiguresGui, ClickingAPointOpensTheReaderAtItsQuote)
{
    app::FiguresView *view = figures();
    view->showChart(QStringLiteral("trade-turnover"));
    QScatterSeries *series = nullptr;
    for (QAbstractSeries *s : view->chartView()->chart()->series()) {
        if (view->built().points.contains(s) && qobject_cast<QScatterSeries *>(s))
            series = static_cast<QScatterSeries *>(s);
    }
    ASSERT_NE(series, nullptr);
    const int index = view->built().points.value(series).first();
    const figures::ChartPoint &point = view->currentData()->points[index];
    emit series->clicked(series->points().first());
    app::ReaderPane *pane = window->readerView()->primary();
    ASSERT_TRUE(waitUntil([&] { return pane->selectedText() == point.quote; })) << pane->selectedText().toStdString();
    EXPECT_EQ(window->tabs()->currentWidget(), window->readerView());
}

TEST_F(FiguresGui, TickingAnEventMarksItOnTheChartAndInTheExport)
{
    app::FiguresView *view = figures();
    view->showChart(QStringLiteral("trade-turnover"));
    QAbstractItemModelTester tester(view->events(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_GT(view->events()->rowCount(), 5);
    const QString key = view->events()->index(0).data(app::CheckListModel::KeyRole).toString();
    view->events()->setChecked(key, true);
    ASSERT_EQ(view->built().events.size(), 1);
    EXPECT_EQ(view->built().events.first().key, key);
    EXPECT_EQ(view->exportOptions().events.size(), 1);
    QTemporaryDir dir;
    ASSERT_TRUE(view->exportTo(dir.filePath(QStringLiteral("c.png"))).ok());
    ASSERT_TRUE(view->exportTo(dir.filePath(QStringLiteral("c.csv"))).ok());
    EXPECT_FALSE(view->exportTo(dir.filePath(QStringLiteral("c.bmp"))).ok());
}

// The units rule in the view: a ticked series of another unit is not drawn, the note under the chart
// says why, and the deck leaves it out and returns the same reason.
TEST_F(FiguresGui, ASeriesOfAnotherUnitIsNotDrawnAndTheViewSaysWhy)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("growth.csv"));
    {
        QFile f(file);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("year,value\n2021,35\n2022,29\n");
    }
    {
        sql::Connection db = store.open();
        ASSERT_TRUE(figures::addUserSeries(db, file, QStringLiteral("My growth"), QStringLiteral("percent")).ok());
    }
    app::FiguresView *view = figures();
    view->load();
    ASSERT_TRUE(waitUntil([&] { return view->userSeries()->rowCount() == 1; }));
    view->showChart(QStringLiteral("trade-turnover"));
    view->userSeries()->setChecked(QStringLiteral("my-growth"), true);
    QStringList leftOut;
    EXPECT_TRUE(view->exportedData(&leftOut).overlays.isEmpty());
    ASSERT_EQ(leftOut.size(), 1);
    EXPECT_TRUE(leftOut.first().contains(QStringLiteral("My growth"))) << leftOut.first().toStdString();
    QLabel *notes = nullptr;
    for (QLabel *label : view->findChildren<QLabel *>()) {
        if (label->accessibleName() == QLatin1String("Where sources disagree"))
            notes = label;
    }
    ASSERT_NE(notes, nullptr);
    EXPECT_TRUE(notes->isVisibleTo(view));
    EXPECT_TRUE(notes->text().contains(QStringLiteral("My growth"))) << notes->text().toStdString();
    auto deck = view->exportDeck(dir.filePath(QStringLiteral("d.pptx")),
                                 {QStringLiteral("trade-turnover"), QStringLiteral("yuan")}, false);
    ASSERT_TRUE(deck.ok()) << deck.message().toStdString();
    std::optional<std::pair<QString, QStringList>> outcome;
    QObject::connect(*deck, &app::BackgroundExport::finished, view,
                     [&](const QString &error, const QStringList &names) { outcome = std::pair{error, names}; });
    (*deck)->start();
    ASSERT_TRUE(waitUntil([&] { return outcome.has_value(); }));
    EXPECT_TRUE(outcome->first.isEmpty()) << outcome->first.toStdString();
    EXPECT_EQ(outcome->second, leftOut);
    EXPECT_TRUE(QFile::exists(dir.filePath(QStringLiteral("d.pptx"))));
}

// The deck is drawn a slide at a time while the window goes on, with progress, and Stop leaves no file.
TEST_F(FiguresGui, DeckExportRunsBesideTheWindowAndStops)
{
    app::FiguresView *view = figures();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("all.pptx"));
    auto deck = view->exportDeck(path, view->chartKeys(), true);
    ASSERT_TRUE(deck.ok()) << deck.message().toStdString();
    QList<int> steps;
    std::optional<QString> error;
    app::BackgroundExport *running = *deck;
    QObject::connect(running, &app::BackgroundExport::progress, view, [&, running](int done, int) {
        steps << done;
        // Stop as a user would, after two slides.
        if (done == 2)
            running->stop();
    });
    QObject::connect(running, &app::BackgroundExport::finished, view, [&](const QString &e, const QStringList &) { error = e; });
    running->start();
    // start() returns before the slides are drawn: the event loop, and so the window, runs between them.
    EXPECT_FALSE(error.has_value());
    EXPECT_EQ(steps, QList<int>{0});
    ASSERT_TRUE(waitUntil([&] { return error.has_value(); }));
    EXPECT_EQ(steps.last(), 2);
    EXPECT_FALSE(error->isEmpty());
    EXPECT_FALSE(QFile::exists(path));
    EXPECT_TRUE(QDir(dir.path()).entryList(QDir::Files).isEmpty());

    auto again = view->exportDeck(path, view->chartKeys(), true);
    ASSERT_TRUE(again.ok());
    steps.clear();
    error.reset();
    QObject::connect(*again, &app::BackgroundExport::progress, view, [&](int done, int) { steps << done; });
    QObject::connect(*again, &app::BackgroundExport::finished, view, [&](const QString &e, const QStringList &) { error = e; });
    (*again)->start();
    ASSERT_TRUE(waitUntil([&] { return error.has_value(); }, 60000));
    EXPECT_TRUE(error->isEmpty()) << error->toStdString();
    EXPECT_EQ(steps.last(), (*again)->total());
    EXPECT_TRUE(std::is_sorted(steps.begin(), steps.end()));
    EXPECT_TRUE(QFile::exists(path));
}
