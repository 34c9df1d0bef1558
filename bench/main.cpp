// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
// standpoint-bench: the measurements behind scripts/bench.sh, in process.
//   corpus N DIR            write N generated documents into DIR
//   import DIR --db PATH    import every file in DIR in one import, as standpoint-cli does (--batch N: N at a time)
//   search --db PATH        search latency over a fixed set of queries, p50 and p95 (--each: per query; --query: your own)
#include "bench/corpusgenerator.h"
#include "core/import/documentimporter.h"
#include "core/import/importreader.h"
#include "core/search/searcher.h"
#include "core/process/peakmemory.h"
#include "core/store/store.h"

#include <climits>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QFileInfo>

#include <algorithm>
#include <cstdio>
#include <optional>

using namespace standpoint;

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "standpoint-bench: %s\n", qPrintable(message));
    return 1;
}

QString option(const QStringList &args, const QString &name, const QString &fallback = QString())
{
    const qsizetype at = args.indexOf(name);
    return at >= 0 && at + 1 < args.size() ? args[at + 1] : fallback;
}

int corpus(const QStringList &args)
{
    bool ok = false;
    const int count = args.value(0).toInt(&ok);
    if (!ok || args.size() < 2)
        return fail(QStringLiteral("usage: standpoint-bench corpus N DIR"));
    QElapsedTimer clock;
    clock.start();
    auto bytes = bench::generateCorpus(count, args[1]);
    if (!bytes)
        return fail(bytes.message());
    std::printf("corpus: %d documents, %.1f MB in %s (%.1f s)\n", count, *bytes / 1e6, qPrintable(args[1]), clock.elapsed() / 1000.0);
    return 0;
}

int import(const QStringList &args)
{
    const QString folder = args.value(0);
    const QString db = option(args, QStringLiteral("--db"));
    const int batch = option(args, QStringLiteral("--batch"), QStringLiteral("%1").arg(INT_MAX)).toInt();
    if (folder.isEmpty() || db.isEmpty() || batch < 1)
        return fail(QStringLiteral("usage: standpoint-bench import DIR --db PATH [--batch N]"));
    std::optional<store::Store> store;
    if (auto opened = store::Store::open(db); opened)
        store.emplace(std::move(*opened));
    else
        return fail(opened.message());
    QStringList files = QDir(folder).entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
    if (files.isEmpty())
        return fail(QStringLiteral("no .txt files in %1").arg(folder));
    qint64 bytes = 0;
    for (const QString &file : std::as_const(files))
        bytes += QFileInfo(QDir(folder).filePath(file)).size();
    QElapsedTimer clock;
    clock.start();
    int done = 0;
    // As `standpoint-cli import` does: one import of every file (unless --batch splits them), files read on
    // a second thread while earlier ones are written.
    for (qsizetype first = 0; first < files.size(); first += batch) {
        importing::DraftSource source;
        source.count = std::min(files.size() - first, qsizetype(batch));
        source.make = [&](qsizetype i) { return importing::readForImport(QDir(folder).filePath(files[first + i]), nullptr); };
        QString refusal;
        source.refused = [&refusal](const QString &message) { refusal = message; };
        auto outcome = importing::importDrafts(store->connection(), source);
        if (!outcome)
            return fail(refusal.isEmpty() ? outcome.message() : refusal);
        done += int(outcome->documents.size());
    }
    store.reset(); // closing copies what is left of the write-ahead log into the store: part of the work
    const double seconds = clock.nsecsElapsed() / 1e9;
    std::printf("import: %d documents, %.1f MB in %.2f s: %.1f MB/s (%.0f documents/s), peak memory %.0f MiB\n", done,
                bytes / 1e6, seconds, bytes / 1e6 / seconds, done / seconds, process::peakMemoryMiB());
    return 0;
}

// Common and rare words, phrases, prefixes and OR: what people type.
const QStringList &queries()
{
    static const QStringList q = {
        QStringLiteral("energy"), QStringLiteral("China"), QStringLiteral("sanctions"), QStringLiteral("Kissinger"),
        QStringLiteral("\"junior partner\""), QStringLiteral("pipelin*"), QStringLiteral("Ukraine war"),
        QStringLiteral("trade OR yuan"), QStringLiteral("NATO deterrence"), QStringLiteral("Central Asia"),
        QStringLiteral("alliance NOT alignment"), QStringLiteral("Putin Xi"), QStringLiteral("Power of Siberia"),
        QStringLiteral("wedge"), QStringLiteral("\"United States\""), QStringLiteral("Taiwan"), QStringLiteral("econom*"),
        QStringLiteral("Arctic"), QStringLiteral("military cooperation"), QStringLiteral("Beijing Moscow"),
    };
    return q;
}

int searchLatency(const QStringList &args)
{
    const QString db = option(args, QStringLiteral("--db"));
    const int runs = option(args, QStringLiteral("--runs"), QStringLiteral("5")).toInt();
    if (db.isEmpty() || runs < 1)
        return fail(QStringLiteral("usage: standpoint-bench search --db PATH [--runs N] [--each] [--query TEXT]..."));
    auto opened = store::Store::open(db, store::Store::Options{false, true});
    if (!opened)
        return fail(opened.message());
    // --query TEXT (repeatable) measures the user's own queries instead of the fixed set.
    QStringList chosenQueries;
    for (qsizetype i = args.indexOf(QStringLiteral("--query")); i >= 0 && i + 1 < args.size();
         i = args.indexOf(QStringLiteral("--query"), i + 2))
        chosenQueries << args.at(i + 1);
    const QStringList &measured = chosenQueries.isEmpty() ? queries() : chosenQueries;
    for (const QString &q : measured) // warm the page cache, as a running app has
        (void)search::searchFaceted(opened->connection(), search::SearchQuery{q, 20, {}, {}});
    const bool each = args.contains(QStringLiteral("--each"));
    QList<double> times;
    QMap<QString, QList<double>> byQuery;
    int hits = 0;
    for (int r = 0; r < runs; ++r) {
        for (const QString &q : measured) {
            QElapsedTimer clock;
            clock.start();
            auto results = search::searchFaceted(opened->connection(), search::SearchQuery{q, 20, {}, {}});
            const double ms = clock.nsecsElapsed() / 1e6;
            times << ms;
            byQuery[q] << ms;
            if (!results)
                return fail(results.message());
            hits += int(results->hits.size());
        }
    }
    if (each) {
        for (auto it = byQuery.begin(); it != byQuery.end(); ++it) {
            std::sort(it->begin(), it->end());
            std::printf("  %-28s median %7.2f ms\n", qPrintable(it.key()), it->at(it->size() / 2));
        }
    }
    std::sort(times.begin(), times.end());
    const auto at = [&](double share) { return times[std::min(times.size() - 1, qsizetype(share * times.size()))]; };
    std::printf("search: %lld searches of %lld queries, p50 %.2f ms, p95 %.2f ms, max %.2f ms (%d hits shown), peak memory %.0f MiB\n",
                static_cast<long long>(times.size()), static_cast<long long>(measured.size()), at(0.5), at(0.95), times.last(),
                hits, process::peakMemoryMiB());
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments().mid(1);
    const QString command = args.isEmpty() ? QString() : args.takeFirst();
    if (command == QLatin1String("corpus"))
        return corpus(args);
    if (command == QLatin1String("import"))
        return import(args);
    if (command == QLatin1String("search"))
        return searchLatency(args);
    return fail(QStringLiteral("usage: standpoint-bench corpus N DIR | import DIR --db PATH | search --db PATH"));
}
