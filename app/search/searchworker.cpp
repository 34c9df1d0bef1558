// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "app/search/searchworker.h"

#include "core/debate/debatelookup.h"
#include "core/store/store.h"

#include <QMutexLocker>
#include <QThread>

#include <chrono>

namespace standpoint::app {

namespace {

constexpr int kSqliteInterrupt = 9; // SQLITE_INTERRUPT, without including sqlite3.h here

qint64 steadyNanoseconds()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

} // namespace

SearchWorker::SearchWorker(QString dbPath, std::shared_ptr<std::atomic<int>> latest)
    : m_dbPath(std::move(dbPath)), m_latest(std::move(latest))
{
}

SearchWorker::~SearchWorker() = default;

Status SearchWorker::open()
{
    if (m_db.isOpen())
        return success();
    // Opened outside the lock, so the GUI thread never waits for a store to open.
    auto store = store::Store::open(m_dbPath, store::Store::Options{false, true});
    if (!store)
        return store.error();
    QMutexLocker lock(&m_mutex);
    m_db = std::move(store->connection());
    return success();
}

void SearchWorker::run(const SearchRequest &request)
{
    {
        QMutexLocker lock(&m_mutex);
        if (request.token != m_latest->load()) {
            ++m_stats.skipped;
            return;
        }
        ++m_stats.started;
        if (!m_stats.threads.contains(QThread::currentThread()))
            m_stats.threads << QThread::currentThread();
        m_running = request.token;
    }
    const qint64 began = steadyNanoseconds();
    SearchAnswer answer;
    answer.token = request.token;
    answer.text = request.query.text;
    Status done = open();
    if (done) {
        auto results = search::searchFaceted(m_db, request.query);
        if (results) {
            answer.results = std::move(*results);
            done = addEventTargets(answer);
        } else {
            done = results.error();
        }
    }
    {
        QMutexLocker lock(&m_mutex);
        m_stats.runs.append({began, steadyNanoseconds()});
        m_running = 0;
        if (!done && (done.error().code & 0xff) == kSqliteInterrupt)
            ++m_stats.interrupted;
    }
    if (!done)
        answer.error = done.message();
    emit answered(answer);
}

// Event hits carry their key, for the Timeline, and their first quote's span, for the Reader.
Status SearchWorker::addEventTargets(SearchAnswer &answer)
{
    for (search::SearchHit &hit : answer.results.hits) {
        if (hit.kind != QLatin1String("event"))
            continue;
        auto target = debate::eventTarget(m_db, hit.refId);
        if (!target)
            return target.error();
        answer.eventKeys.insert(hit.refId, target->key);
        if (hit.start < 0 && target->start >= 0) {
            hit.start = target->start;
            hit.end = target->end;
        }
    }
    return success();
}

void SearchWorker::interruptStale()
{
    QMutexLocker lock(&m_mutex);
    if (m_running != 0 && m_running != m_latest->load())
        m_db.interrupt();
}

SearchStats SearchWorker::stats() const
{
    QMutexLocker lock(&m_mutex);
    return m_stats;
}

} // namespace standpoint::app
