// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "app/cli/rendercommands.h"

#include "app/cli/clioutput.h"
#include "app/cli/clisupport.h"
#include "app/render/deckbuilder.h"
#include "app/render/figurerenderer.h"
#include "app/render/timelinerenderer.h"
#include "core/timeline/timelinedata.h"
#include "core/figures/chartdata.h"
#include "core/figures/overlayrule.h"
#include "core/figures/userseries.h"
#include "core/store/store.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace standpoint::cli {

namespace {

struct Tr { Q_DECLARE_TR_FUNCTIONS(Cli) };




// Reads a chart with the chosen event markers.
Result<std::pair<figures::ChartData, render::ChartOptions>> loadChart(sql::Connection &db, const QString &key,
                                                                      const Invocation &inv)
{
    auto chart = figures::readChart(db, key);
    if (!chart)
        return chart.error();
    render::ChartOptions options;
    if (!inv.events.isEmpty()) {
        auto all = figures::readEventMarkers(db);
        if (!all)
            return all.error();
        for (const QString &wanted : inv.events) {
            auto it = std::find_if(all->begin(), all->end(), [&](const figures::EventMarker &e) { return e.key == wanted; });
            if (it == all->end())
                return Error{Tr::tr("No event \"%1\"; event ids are in: standpoint-cli export-json").arg(wanted)};
            options.events << *it;
        }
    }
    return std::pair{*chart, options};
}

// The --size asked, or 1920x1080.
Result<QSize> requestedSize(const Invocation &inv)
{
    return inv.size.isEmpty() ? Result<QSize>(QSize(1920, 1080)) : render::parseSize(inv.size);
}

} // namespace

int chartsCommand(const Invocation &inv)
{
    if (!inv.arguments.isEmpty())
        return usage(QStringLiteral("[--db PATH] charts"));
    auto opened = openExisting(inv.dbPath, true);
    if (!opened)
        return fail(opened.message());
    auto charts = figures::listCharts(opened->connection());
    if (!charts)
        return fail(charts.message());
    QString out;
    for (const figures::ChartSummary &c : *charts)
        out += QStringLiteral("%1\t%2\t%3 figures\t%4\n").arg(c.key, c.kind, QString::number(c.points), c.title);
    printOut(out);
    return Ok;
}

int chartCommand(const Invocation &inv)
{
    const QString form = QStringLiteral("[--db PATH] chart ID (--out FILE.png|svg|pdf [--size WxH] | --csv) "
                                        "[--with SERIES,...] [--events EVENT,...]");
    if (inv.arguments.size() != 1 || inv.out.isEmpty() == !inv.csv)
        return usage(form);
    auto opened = openExisting(inv.dbPath, true);
    if (!opened)
        return fail(opened.message());
    auto loaded = loadChart(opened->connection(), inv.arguments.first(), inv);
    if (!loaded)
        return fail(loaded.message());
    auto &[data, options] = *loaded;
    // A series asked for by name is drawn or the command fails: nothing the user named is dropped quietly.
    if (!inv.with.isEmpty()) {
        if (Status accepts = figures::OverlayRule::acceptsOverlays(data); !accepts)
            return fail(accepts.message());
        auto overlays = figures::readUserSeries(opened->connection(), inv.with);
        if (!overlays)
            return fail(overlays.message());
        for (const figures::UserSeries &u : *overlays) {
            if (Status allowed = figures::OverlayRule::check(data, u); !allowed)
                return fail(allowed.message());
        }
        data.overlays = *overlays;
    }
    if (inv.csv) {
        printOut(figures::chartCsv(data));
        return Ok;
    }
    auto size = requestedSize(inv);
    if (!size)
        return fail(size.message());
    render::FigureRenderer renderer(data, options);
    const QString suffix = QFileInfo(inv.out).suffix().toLower();
    Status done = suffix == QLatin1String("png")   ? renderer.exportPng(inv.out, *size)
                  : suffix == QLatin1String("svg") ? renderer.exportSvg(inv.out, *size)
                  : suffix == QLatin1String("pdf") ? renderer.exportPdf(inv.out)
                                                   : Status(Error{Tr::tr("--out must end in .png, .svg or .pdf, not \"%1\"")
                                                                      .arg(QFileInfo(inv.out).fileName())});
    if (!done)
        return fail(done.message());
    printOut(Tr::tr("Wrote %1\n").arg(inv.out));
    return Ok;
}

int deckCommand(const Invocation &inv)
{
    const QString form = QStringLiteral("[--db PATH] deck --charts ID,ID,... --out FILE.pptx");
    if (!inv.arguments.isEmpty() || inv.charts.isEmpty() || inv.out.isEmpty())
        return usage(form);
    if (QFileInfo(inv.out).suffix().toLower() != QLatin1String("pptx"))
        return fail(Tr::tr("--out must end in .pptx, not \"%1\"").arg(QFileInfo(inv.out).fileName()));
    auto opened = openExisting(inv.dbPath, true);
    if (!opened)
        return fail(opened.message());
    QList<figures::UserSeries> overlays;
    if (!inv.with.isEmpty()) {
        auto read = figures::readUserSeries(opened->connection(), inv.with);
        if (!read)
            return fail(read.message());
        overlays = *read;
    }
    QList<render::DeckSlide> slides;
    for (const QString &key : inv.charts) {
        auto loaded = loadChart(opened->connection(), key, inv);
        if (!loaded)
            return fail(loaded.message());
        loaded->first.overlays = overlays;
        // As in the app, a series the deck cannot draw is left out of that slide, and the user is told.
        render::ChartSlide made = render::chartSlide(loaded->first, loaded->second);
        for (const QString &why : made.leftOut)
            printError(Tr::tr("left out of the deck: %1").arg(why));
        slides << made.slide;
    }
    if (Status done = render::writePptx(inv.out, Tr::tr("Standpoint charts"), slides); !done)
        return fail(done.message());
    printOut(Tr::tr("Wrote %1 (%2 slides)\n").arg(inv.out, QString::number(slides.size())));
    return Ok;
}

int seriesCommand(const Invocation &inv)
{
    const QString form = QStringLiteral("[--db PATH] series add FILE.csv --title TITLE --unit UNIT | series list | "
                                        "series remove KEY");
    const QString action = inv.arguments.value(0);
    if (action == QLatin1String("list") && inv.arguments.size() == 1) {
        auto opened = openExisting(inv.dbPath, true);
        if (!opened)
            return fail(opened.message());
        auto all = figures::listUserSeries(opened->connection());
        if (!all)
            return fail(all.message());
        QString out;
        for (const figures::UserSeries &u : *all)
            out += QStringLiteral("%1\t%2\t%3\t%4\t%5\n")
                       .arg(u.key, u.title, u.unit,
                            Tr::tr("%n year(s)", nullptr, int(u.points.size())), u.sourceFile);
        printOut(out.isEmpty() ? Tr::tr("You have added no series yet.\n") : out);
        return Ok;
    }
    if (action == QLatin1String("add") && inv.arguments.size() == 2) {
        if (inv.title.isEmpty() || inv.unit.isEmpty())
            return usage(form);
        auto opened = openExisting(inv.dbPath, false);
        if (!opened)
            return fail(opened.message());
        auto key = figures::addUserSeries(opened->connection(), inv.arguments[1], inv.title, inv.unit);
        if (!key)
            return fail(key.message());
        printOut(Tr::tr("Added your series \"%1\"; draw it with: standpoint-cli chart trade-turnover --with %1 --out FILE\n")
                     .arg(*key));
        return Ok;
    }
    if (action == QLatin1String("remove") && inv.arguments.size() == 2) {
        auto opened = openExisting(inv.dbPath, false);
        if (!opened)
            return fail(opened.message());
        if (Status done = figures::removeUserSeries(opened->connection(), inv.arguments[1]); !done)
            return fail(done.message());
        printOut(Tr::tr("Removed \"%1\"\n").arg(inv.arguments[1]));
        return Ok;
    }
    return usage(form);
}

int timelineCommand(const Invocation &inv)
{
    const QString form = QStringLiteral("[--db PATH] timeline [--from YEAR --to YEAR] [--positions ID,...] --out FILE "
                                        "[--size WxH]");
    if (!inv.arguments.isEmpty() || inv.out.isEmpty())
        return usage(form);
    auto opened = openExisting(inv.dbPath, true);
    if (!opened)
        return fail(opened.message());
    auto data = timeline::readTimeline(opened->connection());
    if (!data)
        return fail(data.message());
    timeline::TimelineFilter filter;
    const auto [fitFrom, fitTo] = render::fitRange(*data, filter);
    filter.from = fitFrom;
    filter.to = fitTo;
    for (const auto &[text, target, name] : {std::tuple{inv.from, &filter.from, "--from"}, std::tuple{inv.to, &filter.to, "--to"}}) {
        if (text.isEmpty())
            continue;
        bool ok = false;
        const int year = text.toInt(&ok);
        if (!ok || year < 1 || year > 3000)
            return fail(Tr::tr("%1 takes a year such as 2014, not \"%2\"").arg(QLatin1String(name), text));
        *target = year;
    }
    if (!inv.to.isEmpty())
        filter.to += 1; // --to 2025 includes the whole of 2025
    if (filter.to <= filter.from)
        return fail(Tr::tr("--to must come after --from"));
    if (!inv.positions.isEmpty()) {
        auto lanes = timeline::resolveLanes(*data, inv.positions);
        if (!lanes)
            return fail(lanes.message());
        filter.lanes = *lanes;
    }
    auto size = requestedSize(inv);
    if (!size)
        return fail(size.message());
    if (Status done = render::TimelineRenderer(*data, filter).exportTo(inv.out, *size); !done)
        return fail(done.message());
    printOut(Tr::tr("Wrote %1 (%2 events)\n").arg(inv.out, QString::number(timeline::visibleEvents(*data, filter).size())));
    return Ok;
}

} // namespace standpoint::cli
