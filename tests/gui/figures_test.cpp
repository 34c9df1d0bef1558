// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "app/common/checklistmodel.h"
#include "app/figures/figuresview.h"
#include "app/reader/readerpane.h"
#include "app/reader/readerview.h"
#include "tests/gui/guifixture.h"

#include <QAbstractItemModelTester>
#include <QChart>
#include <QChartView>
#include <QScatterSeries>
#include <QTabWidget>

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
