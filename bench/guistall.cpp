// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
// standpoint-stall: how long the GUI thread is kept from its events while the app works. A timer ticks on
// the GUI thread every 2 ms; the longest gap between two ticks, less the tick, is the longest stall: the
// longest time a key press or a repaint would have waited. Printed for each kind of work:
//   opening the store (to the debate shown, then the check after it), a search as you type, an import of
//   generated documents, and each export.
// Usage: standpoint-stall --db PATH [--import N] [--out DIR]   (run under xvfb-run; nothing is asserted;
// --out keeps the exported files there)
#include "app/common/backgroundexport.h"
#include "app/common/storesession.h"
#include "app/compare/compareview.h"
#include "app/figures/figuresview.h"
#include "app/import/importjob.h"
#include "app/mainwindow/mainwindow.h"
#include "app/notes/readingsetsview.h"
#include "app/notes/setcommands.h"
#include "app/notes/userwork.h"
#include "app/search/searchview.h"
#include "app/timeline/timelineview.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>

#include <cstdio>
#include <functional>

using namespace standpoint;

namespace {

// Measures the longest gap between ticks of a timer on the GUI thread, phase by phase.
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(kTick);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_longest = std::max(m_longest, now - m_last);
            m_last = now;
        });
        m_clock.start();
        m_timer.start();
    }
    void begin(const char *phase)
    {
        m_phase = phase;
        m_phaseClock.start();
        m_last = m_clock.nsecsElapsed();
        m_longest = 0;
    }
    void end()
    {
        // The gap still open counts too (work that ended the phase without a tick after it).
        m_longest = std::max(m_longest, m_clock.nsecsElapsed() - m_last);
        const double stall = std::max(0.0, m_longest / 1e6 - kTick);
        std::printf("%-34s longest GUI stall %7.1f ms  (phase took %.0f ms)\n", m_phase, stall, m_phaseClock.nsecsElapsed() / 1e6);
        std::fflush(stdout);
    }

private:
    static constexpr int kTick = 2;
    QTimer m_timer;
    QElapsedTimer m_clock, m_phaseClock;
    qint64 m_last = 0, m_longest = 0;
    const char *m_phase = "";
};

bool waitUntil(const std::function<bool()> &done, int milliseconds = 600000)
{
    QDeadlineTimer deadline(milliseconds);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

void settle(int milliseconds)
{
    QDeadlineTimer deadline(milliseconds);
    while (!deadline.hasExpired())
        QApplication::processEvents(QEventLoop::AllEvents, 5);
}

QList<importing::ImportDraft> generatedDrafts(int count)
{
    QList<importing::ImportDraft> out;
    for (int i = 0; i < count; ++i) {
        importing::ImportDraft d;
        d.path = QStringLiteral("generated-%1.txt").arg(i);
        d.format = QStringLiteral("text");
        d.title = QStringLiteral("Generated report %1").arg(i);
        for (int p = 0; p < 12; ++p)
            d.blocks << importing::ImportBlock{.text = QStringLiteral("Paragraph %1 of report %2: grain moves by rail and river to "
                                                                      "the Pacific ports, and the trade in energy follows it.")
                                                          .arg(p)
                                                          .arg(i), .heading = false, .removeRule = {}, .removeWhy = {}};
        out << d;
    }
    return out;
}

// Waits for an export the app runs beside the window.
Status waitFor(app::BackgroundExport *job)
{
    if (!job)
        return Error{QStringLiteral("the export did not start")};
    QString error;
    bool ended = false;
    QObject::connect(job, &app::BackgroundExport::finished, [&](const QString &e) {
        error = e;
        ended = true;
    });
    waitUntil([&] { return ended; });
    return error.isEmpty() ? success() : Status(Error{error});
}

// Runs an export as the app does, and reports its stall.
void measureExport(StallMeter &meter, const char *phase, const std::function<Status()> &run)
{
    meter.begin(phase);
    const Status done = run();
    settle(50);
    meter.end();
    if (!done)
        std::printf("  (failed: %s)\n", qPrintable(done.message()));
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("standpoint-stall"));
    const QStringList args = QApplication::arguments();
    const qsizetype dbAt = args.indexOf(QStringLiteral("--db"));
    if (dbAt < 0 || dbAt + 1 >= args.size()) {
        std::fprintf(stderr, "usage: standpoint-stall --db PATH [--import N] [--out DIR]\n");
        return 2;
    }
    const QString db = args[dbAt + 1];
    const qsizetype importAt = args.indexOf(QStringLiteral("--import"));
    const int importCount = importAt >= 0 ? args.value(importAt + 1).toInt() : 2000;
    // The exported files go to --out DIR when given (to look at them), else to a folder removed at the end.
    QTemporaryDir temporary;
    const qsizetype outAt = args.indexOf(QStringLiteral("--out"));
    const QDir out(outAt >= 0 && outAt + 1 < args.size() ? args[outAt + 1] : temporary.path());

    StallMeter meter;
    settle(50);
    meter.begin("open: window to debate shown");
    app::MainWindow window(db);
    window.resize(1600, 1000);
    window.show();
    if (!waitUntil([&] { return window.isReady(); }, 120000)) {
        std::fprintf(stderr, "standpoint-stall: the store did not open: %s\n", qPrintable(window.pageMessage()));
        return 1;
    }
    meter.end();
    meter.begin("open: the 3 s after (whole-file check)");
    settle(3000);
    meter.end();

    meter.begin("search: 12 queries as typed");
    window.showSearch();
    app::SearchView *search = window.searchView();
    for (const QString &query : {QStringLiteral("c"), QStringLiteral("ch"), QStringLiteral("chi"), QStringLiteral("china"),
                                 QStringLiteral("china r"), QStringLiteral("china russia"), QStringLiteral("energy"),
                                 QStringLiteral("\"power of siberia\""), QStringLiteral("trade OR sanctions"), QStringLiteral("yuan*"),
                                 QStringLiteral("nuclear"), QStringLiteral("grain")}) {
        search->setQuery(query);
        settle(30);
    }
    waitUntil([&] { return !search->isBusy(); });
    meter.end();

    meter.begin("import: generated documents");
    {
        app::ImportJob job(window.storeSession());
        bool ended = false;
        QObject::connect(&job, &app::ImportJob::writeFinished, [&] { ended = true; });
        QObject::connect(&job, &app::ImportJob::failed, [&](const QString &m) {
            std::printf("  (import failed: %s)\n", qPrintable(m));
            ended = true;
        });
        job.write(generatedDrafts(importCount));
        waitUntil([&] { return ended; });
    }
    meter.end();
    std::printf("  (%d documents)\n", importCount);

    window.showFigures();
    waitUntil([&] { return window.figuresView()->isLoaded(); });
    app::FiguresView *figures = window.figuresView();
    measureExport(meter, "export: chart PNG 1920x1080", [&] { return waitFor(figures->exportPngInBackground(out.filePath(QStringLiteral("c.png")))); });
    measureExport(meter, "export: chart SVG", [&] { return figures->exportTo(out.filePath(QStringLiteral("c.svg"))); });
    measureExport(meter, "export: chart PDF", [&] { return figures->exportTo(out.filePath(QStringLiteral("c.pdf"))); });
    measureExport(meter, "export: slide deck, every chart", [&]() -> Status {
        auto job = figures->exportDeck(out.filePath(QStringLiteral("d.pptx")), figures->chartKeys(), true);
        if (!job)
            return job.error();
        QString error;
        bool ended = false;
        QObject::connect(*job, &app::BackgroundExport::finished, [&](const QString &e) {
            error = e;
            ended = true;
        });
        (*job)->start();
        waitUntil([&] { return ended; });
        delete *job;
        return error.isEmpty() ? success() : Status(Error{error});
    });
    window.showTimeline();
    waitUntil([&] { return window.timelineView()->isLoaded(); });
    measureExport(meter, "export: timeline PNG", [&] { return waitFor(window.timelineView()->exportInBackground(out.filePath(QStringLiteral("t.png")))); });
    measureExport(meter, "export: timeline PDF", [&] { return waitFor(window.timelineView()->exportInBackground(out.filePath(QStringLiteral("t.pdf")))); });
    window.showCompare();
    for (const char *suffix : {"png", "pdf", "csv"}) {
        const QByteArray phase = QByteArrayLiteral("export: matrix ") + suffix;
        measureExport(meter, phase.constData(), [&] {
            return waitFor(window.compareView()->exportMatrix(out.filePath(QStringLiteral("m.") + QLatin1String(suffix))));
        });
    }

    // A handout of a set holding every chart: read on a reader, drawn here.
    app::UserWork *work = window.userWork();
    auto *create = new app::CreateSetCommand(work, QStringLiteral("Stall benchmark"));
    work->undoStack()->push(create);
    for (const QString &key : figures->chartKeys()) {
        notes::SetItem item;
        item.kind = notes::SetItemKind::Chart;
        item.chartKey = key;
        work->undoStack()->push(new app::AddItemCommand(work, create->setIdSlot(), item));
    }
    waitUntil([&] { return work->isIdle(); });
    window.showReadingSets();
    window.readingSetsView()->selectSet(create->setId());
    for (const char *suffix : {"pdf", "html"}) {
        const QByteArray phase = QByteArrayLiteral("export: handout ") + suffix;
        meter.begin(phase.constData());
        bool ended = false;
        window.readingSetsView()->exportCurrent(out.filePath(QStringLiteral("h.") + QLatin1String(suffix)),
                                                [&](const Result<app::BackgroundExport *> &job) {
                                                    if (!job) {
                                                        std::printf("  (failed: %s)\n", qPrintable(job.message()));
                                                        ended = true;
                                                        return;
                                                    }
                                                    QObject::connect(*job, &app::BackgroundExport::finished, [&](const QString &error) {
                                                        if (!error.isEmpty())
                                                            std::printf("  (failed: %s)\n", qPrintable(error));
                                                        ended = true;
                                                    });
                                                    (*job)->start();
                                                });
        waitUntil([&] { return ended; });
        meter.end();
    }
    return 0;
}
