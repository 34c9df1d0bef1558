// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "app/search/searchservice.h"

#include <QMetaObject>

namespace standpoint::app {

SearchService::SearchService(QString dbPath, QObject *parent)
    : QObject(parent), m_latest(std::make_shared<std::atomic<int>>(0)), m_worker(new SearchWorker(std::move(dbPath), m_latest))
{
    qRegisterMetaType<SearchAnswer>();
    m_thread.setObjectName(QStringLiteral("Search"));
    m_worker->moveToThread(&m_thread);
    connect(m_worker, &SearchWorker::answered, this, [this](const SearchAnswer &answer) {
        ++m_answered;
        emit answerReady(answer);
    });
    m_thread.start();
}

// Waits for the search in progress (interrupted, as it is stale by then), so the worker outlives no one.
SearchService::~SearchService()
{
    cancel();
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
}

int SearchService::request(const search::SearchQuery &query)
{
    const int token = ++*m_latest;
    ++m_requested;
    m_worker->interruptStale();
    SearchWorker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker, request = SearchRequest{token, query}] { worker->run(request); },
                              Qt::QueuedConnection);
    return token;
}

int SearchService::cancel()
{
    const int token = ++*m_latest;
    m_worker->interruptStale();
    return token;
}

bool SearchService::isIdle() const
{
    const SearchStats s = m_worker->stats();
    return s.started + s.skipped == m_requested && m_answered == s.started;
}

} // namespace standpoint::app
