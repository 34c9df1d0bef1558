// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "app/reader/readerpane.h"
#include "app/reader/readerview.h"
#include "app/timeline/timelinecanvas.h"
#include "app/timeline/timelineview.h"
#include "tests/gui/guifixture.h"

#include <QListWidget>
#include <QTabWidget>
#include <QTest>

using namespace standpoint;
using fixtures::waitUntil;

class TimelineGui : public fixtures::GuiTest
{
protected:
    app::TimelineView *timeline()
    {
        app::TimelineView *view = window->timelineView();
        EXPECT_TRUE(waitUntil([&] { return view->isLoaded(); }));
        window->tabs()->setCurrentWidget(view);
        QApplication::processEvents();
        return view;
    }
};

TEST_F(TimelineGui, FilteringByPositionHidesTheRightEvents)
{
    app::TimelineView *view = timeline();
    const QString gabuev = QStringLiteral("position:gabuev");
    view->setLanes({gabuev});
    const auto &layout = view->canvas()->layout();
    ASSERT_EQ(layout.laneIndex.size(), 1);
    EXPECT_EQ(view->data().lanes[layout.laneIndex.first()].key, gabuev);
    int expected = 0;
    for (const auto &e : view->data().events)
        expected += e.lanes.contains(gabuev) && e.finish > view->canvas()->filter().from && e.start < view->canvas()->filter().to;
    EXPECT_EQ(layout.events.size(), expected);
    for (int e : layout.events)
        EXPECT_TRUE(view->data().events[e].lanes.contains(gabuev));
    view->setLanes({});
    EXPECT_GT(view->canvas()->layout().events.size(), expected);
}

TEST_F(TimelineGui, ClickingAnEventListsItsQuotesWhichOpenTheReader)
{
    app::TimelineView *view = timeline();
    view->canvas()->setRange(2021, 2024);
    const auto &layout = view->canvas()->layout();
    ASSERT_FALSE(layout.markers.isEmpty());
    // A day-dated event's diamond: a small target, clicked where it is drawn.
    auto marker = std::find_if(layout.markers.begin(), layout.markers.end(), [](const auto &m) { return !m.span; });
    ASSERT_NE(marker, layout.markers.end());
    const int event = marker->event;
    QTest::mouseClick(view->canvas(), Qt::LeftButton, {}, marker->rect.center().toPoint());
    ASSERT_EQ(view->canvas()->selectedEvent(), event);
    const auto &quotes = view->data().events[event].quotes;
    ASSERT_EQ(view->quoteList()->count(), quotes.size());
    EXPECT_TRUE(view->quoteList()->item(0)->text().contains(quotes.first().text));
    emit view->quoteList()->itemActivated(view->quoteList()->item(0));
    app::ReaderPane *pane = window->readerView()->primary();
    ASSERT_TRUE(waitUntil([&] { return pane->selectedText() == quotes.first().text; }));
    EXPECT_EQ(window->tabs()->currentWidget(), window->readerView());
}

TEST_F(TimelineGui, KeyboardVisitsTheEventsInDateOrder)
{
    app::TimelineView *view = timeline();
    app::TimelineCanvas *canvas = view->canvas();
    canvas->setFocus();
    canvas->fitAll();
    canvas->selectEvent(-1);
    QList<int> visited;
    for (int i = 0; i < view->data().events.size() + 2; ++i) {
        QTest::keyClick(canvas, Qt::Key_Right);
        if (visited.isEmpty() || visited.last() != canvas->selectedEvent())
            visited << canvas->selectedEvent();
    }
    ASSERT_EQ(visited.size(), view->data().events.size());
    for (qsizetype i = 1; i < visited.size(); ++i)
        EXPECT_LE(view->data().events[visited[i - 1]].start, view->data().events[visited[i]].start);
    QTest::keyClick(canvas, Qt::Key_Left);
    EXPECT_EQ(canvas->selectedEvent(), visited[visited.size() - 2]);
    // Zoom keeps working from the keyboard, and Home fits everything again.
    const double span = canvas->filter().to - canvas->filter().from;
    QTest::keyClick(canvas, Qt::Key_Plus);
    EXPECT_LT(canvas->filter().to - canvas->filter().from, span);
    QTest::keyClick(canvas, Qt::Key_Home);
    EXPECT_NEAR(canvas->filter().to - canvas->filter().from, span, 1e-6);
}

TEST_F(TimelineGui, VisibleLabelsNeverOverlap)
{
    app::TimelineView *view = timeline();
    for (const auto &[from, to] : {std::pair{0.0, 0.0}, std::pair{2014.0, 2026.0}, std::pair{1945.0, 1995.0}}) {
        if (from == 0)
            view->canvas()->fitAll();
        else
            view->canvas()->setRange(from, to);
        const auto &labels = view->canvas()->layout().labels;
        ASSERT_FALSE(labels.isEmpty());
        for (qsizetype i = 0; i < labels.size(); ++i)
            for (qsizetype j = i + 1; j < labels.size(); ++j)
                EXPECT_FALSE(labels[i].rect.intersects(labels[j].rect))
                    << labels[i].text.toStdString() << " / " << labels[j].text.toStdString();
    }
}

TEST_F(TimelineGui, ExportsTheVisibleRange)
{
    app::TimelineView *view = timeline();
    view->canvas()->setRange(2014, 2026);
    QTemporaryDir dir;
    for (const char *name : {"t.png", "t.svg", "t.pdf"})
        ASSERT_TRUE(view->exportTo(dir.filePath(QString::fromUtf8(name))).ok()) << name;
    EXPECT_EQ(QImage(dir.filePath(QStringLiteral("t.png"))).size(), QSize(1920, 1080));
    EXPECT_FALSE(view->exportTo(dir.filePath(QStringLiteral("t.jpg"))).ok());
}
