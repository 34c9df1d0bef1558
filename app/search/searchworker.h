// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include "core/search/searcher.h"
#include "core/sqlite/connection.h"

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QMutex>
#include <QObject>

#include <atomic>
#include <memory>
#include <utility>

class QThread;

namespace standpoint::app {

struct SearchRequest
{
    int token = 0;
    search::SearchQuery query;
};

// One search's answer, as a plain value for the GUI thread. An event hit's start and end are those of
// its first quote, so it can open in the Reader when the Timeline cannot show it.
struct SearchAnswer
{
    int token = 0;
    QString text;                   // the query text answered
    QString error;                  // why the query could not run; empty when it did
    search::SearchResults results;
    QHash<qint64, QString> eventKeys; // event hits' keys, by event id
};

// What the worker did, for the status line and the tests.
struct SearchStats
{
    int started = 0;
    int skipped = 0;     // superseded before they started
    int interrupted = 0; // superseded while they ran
    QList<QThread *> threads; // every thread that ran a search
    // When each search that ran began and ended, in nanoseconds of std::chrono::steady_clock.
    QList<std::pair<qint64, qint64>> runs;
};

// Runs searches on the thread it lives on, over a read-only connection of its own opened on first use.
// A request that a newer one has replaced before it starts is skipped; one replaced while it runs is
// interrupted.
class SearchWorker : public QObject
{
    Q_OBJECT
public:
    SearchWorker(QString dbPath, std::shared_ptr<std::atomic<int>> latest);
    ~SearchWorker() override;

    // On the worker's thread.
    void run(const standpoint::app::SearchRequest &request);
    // From any thread: stops the search in progress if a newer request has replaced it.
    void interruptStale();
    SearchStats stats() const;

signals:
    void answered(const standpoint::app::SearchAnswer &answer);

private:
    Status open();
    Status addEventTargets(SearchAnswer &answer);

    QString m_dbPath;
    std::shared_ptr<std::atomic<int>> m_latest;
    mutable QMutex m_mutex; // guards m_db's lifetime against interruptStale(), m_running and m_stats
    sql::Connection m_db;
    int m_running = 0;      // the token of the search in progress, 0 when idle
    SearchStats m_stats;
};

} // namespace standpoint::app

Q_DECLARE_METATYPE(standpoint::app::SearchAnswer)
