// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "app/cli/clicommands.h"

#include "app/cli/clioutput.h"
#include "app/cli/drawingcommands.h"
#include "app/cli/clisupport.h"
#include "core/check/checker.h"
#include "core/export/jsonexporter.h"
#include "core/pack/packloader.h"
#include "core/search/searcher.h"
#include "core/debate/debatelookup.h"
#include "core/store/store.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>

#include <functional>

namespace standpoint::cli {

namespace {

struct Tr { Q_DECLARE_TR_FUNCTIONS(Cli) };



int expectArguments(const Invocation &inv, int count, const QString &usage)
{
    if (inv.arguments.size() != count) {
        printError(Tr::tr("usage: standpoint-cli %1").arg(usage));
        return Usage;
    }
    return Ok;
}

int init(const Invocation &inv)
{
    if (int usage = expectArguments(inv, 0, QStringLiteral("[--db PATH] init")); usage != Ok)
        return usage;
    auto opened = store::Store::open(inv.dbPath, store::Store::Options{true, false});
    if (!opened)
        return fail(opened.message());
    auto counts = debate::storeCounts(opened->connection());
    if (!counts)
        return fail(counts.message());
    printOut(Tr::tr("Store ready at %1: %2 debate(s), %3 document(s).\n")
                 .arg(inv.dbPath, QString::number(counts->debates), QString::number(counts->documents)));
    return Ok;
}

int loadPackCommand(const Invocation &inv)
{
    if (int usage = expectArguments(inv, 1, QStringLiteral("[--db PATH] load-pack DIR")); usage != Ok)
        return usage;
    auto opened = store::Store::open(inv.dbPath, store::Store::Options{false, false});
    if (!opened)
        return fail(opened.message());
    auto summary = pack::loadPack(opened->connection(), inv.arguments.first());
    if (!summary)
        return fail(Tr::tr("pack %1 not loaded: %2").arg(inv.arguments.first(), summary.message()));
    printOut(Tr::tr("Loaded debate \"%1\": %2 documents, %3 quotes, %4 claims, %5 stances, %6 events, %7 data points.\n")
                 .arg(summary->debateKey, QString::number(summary->documents), QString::number(summary->quotes),
                      QString::number(summary->claims), QString::number(summary->stances), QString::number(summary->events),
                      QString::number(summary->dataPoints)));
    return Ok;
}

int exportJson(const Invocation &inv)
{
    if (int usage = expectArguments(inv, 0, QStringLiteral("[--db PATH] export-json")); usage != Ok)
        return usage;
    auto opened = openExisting(inv.dbPath, true);
    if (!opened)
        return fail(opened.message());
    auto json = exporting::exportStore(opened->connection());
    if (!json)
        return fail(json.message());
    printOut(QJsonDocument(*json).toJson(QJsonDocument::Indented));
    return Ok;
}

// Every filter key must name something in the store, so a typo is not an empty result.
Status checkFilterKeys(sql::Connection &db, qint64 debateId, const QString &option, debate::Keyed kind,
                       const QStringList &keys)
{
    for (const QString &key : keys) {
        auto found = debate::findByKey(db, debateId, kind, key);
        if (!found)
            return found.error();
        if (!*found)
            return Error{Tr::tr("%1: there is no \"%2\" in the store (`standpoint-cli export-json` lists the ids)").arg(option, key)};
    }
    return success();
}

Result<search::SearchFilters> searchFilters(sql::Connection &db, const Invocation &inv)
{
    search::SearchFilters f{inv.filterPositions, inv.filterSpeakers, inv.filterDocuments, inv.filterThemes, {}};
    for (const QString &y : inv.filterYears) {
        bool ok = false;
        const int year = y.toInt(&ok);
        if (!ok)
            return Error{Tr::tr("--year takes years such as 2022,2024, not \"%1\"").arg(y)};
        f.years << year;
    }
    if (f.positions.isEmpty() && f.speakers.isEmpty() && f.documents.isEmpty() && f.themes.isEmpty())
        return f;
    auto debateId = debate::findDebate(db, inv.debate);
    if (!debateId)
        return debateId.error();
    const QList<std::pair<QString, std::pair<debate::Keyed, QStringList>>> checks = {
        {QStringLiteral("--position"), {debate::Keyed::Position, f.positions}},
        {QStringLiteral("--speaker"), {debate::Keyed::Speaker, f.speakers}},
        {QStringLiteral("--document"), {debate::Keyed::Document, f.documents}},
        {QStringLiteral("--theme"), {debate::Keyed::Theme, f.themes}},
    };
    for (const auto &[option, check] : checks) {
        if (Status ok = checkFilterKeys(db, *debateId, option, check.first, check.second); !ok)
            return ok.error();
    }
    return f;
}

int searchCommand(const Invocation &inv)
{
    if (int usage = expectArguments(inv, 1, QStringLiteral("[--db PATH] search QUERY [--limit N] [--kind K,...] [--position ID,...] "
                                                           "[--speaker ID,...] [--document ID,...] [--theme ID,...] "
                                                           "[--year Y,...] [--facets] [--json]"));
        usage != Ok)
        return usage;
    auto opened = openExisting(inv.dbPath, true);
    if (!opened)
        return fail(opened.message());
    auto filters = searchFilters(opened->connection(), inv);
    if (!filters)
        return fail(filters.message());
    search::SearchQuery query{inv.arguments.first(), inv.limit, inv.kinds, *filters};
    // Facets and filters need the pool of best matches; a plain search needs only the hits it prints.
    if (!inv.facets && filters->isEmpty())
        query.pool = inv.limit;
    auto results = search::searchFaceted(opened->connection(), query);
    if (!results)
        return fail(results.message());
    QList<search::SearchHit> hits = results->hits;
    std::stable_sort(hits.begin(), hits.end(), [](const search::SearchHit &a, const search::SearchHit &b) { return a.score < b.score; });
    if (hits.size() > inv.limit)
        hits.resize(inv.limit);
    if (inv.json)
        printOut(searchJson(hits, inv.facets ? &*results : nullptr));
    else
        printOut(formatSearch(hits) + (inv.facets ? formatFacets(*results) : QString()));
    return Ok;
}

int checkCommand(const Invocation &inv)
{
    if (int usage = expectArguments(inv, 0, QStringLiteral("[--db PATH] check [--json]")); usage != Ok)
        return usage;
    auto opened = openExisting(inv.dbPath, true);
    if (!opened)
        return fail(opened.message());
    auto report = check::checkStore(opened->connection());
    if (!report)
        return fail(report.message());
    printOut(inv.json ? checkJson(*report) : formatCheck(*report).toUtf8());
    if (!report->passed())
        return fail(Tr::tr("check failed: %1 problem(s), integrity: %2").arg(report->problems.size()).arg(report->integrity));
    return Ok;
}

const QList<std::pair<QString, std::function<int(const Invocation &)>>> &commands()
{
    static const QList<std::pair<QString, std::function<int(const Invocation &)>>> table = {
        {QStringLiteral("init"), init},
        {QStringLiteral("load-pack"), loadPackCommand},
        {QStringLiteral("export-json"), exportJson},
        {QStringLiteral("search"), searchCommand},
        {QStringLiteral("check"), checkCommand},
    };
    static const auto withDrawing = [] {
        auto all = table;
        for (const QString &name : drawingCommandNames())
            all.append({name, drawingCommand(name)});
        return all;
    }();
    return withDrawing;
}

} // namespace

const QStringList &drawingCommandNames()
{
    static const QStringList names = {QStringLiteral("charts"),   QStringLiteral("chart"),       QStringLiteral("deck"),
                                      QStringLiteral("series"),   QStringLiteral("timeline"),    QStringLiteral("set"),
                                      QStringLiteral("annotations"), QStringLiteral("import"), QStringLiteral("reuse")};
    return names;
}

QStringList commandNames()
{
    QStringList names;
    for (const auto &[name, fn] : commands())
        names << name;
    return names;
}

int run(const Invocation &inv)
{
    for (const auto &[name, fn] : commands()) {
        if (name == inv.command)
            return fn(inv);
    }
    printError(Tr::tr("unknown command \"%1\"; commands: %2").arg(inv.command, commandNames().join(QStringLiteral(", "))));
    return Usage;
}

} // namespace standpoint::cli
