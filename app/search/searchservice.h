// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include "app/search/searchworker.h"

#include <QObject>
#include <QThread>

namespace standpoint::app {

// The GUI thread's side of searching: gives every request a token, hands it to a worker on a thread
// of its own, and passes the worker's answers on. Views drop answers whose token is not the latest.
class SearchService : public QObject
{
    Q_OBJECT
public:
    explicit SearchService(QString dbPath, QObject *parent = nullptr);
    ~SearchService() override;

    // Queues a search and returns its token; any search still waiting or running becomes stale.
    int request(const search::SearchQuery &query);
    // Makes every request stale without asking a new one (an emptied search box); returns the new token.
    int cancel();
    int latestToken() const { return m_latest->load(); }
    int requested() const { return m_requested; }
    int answered() const { return m_answered; }
    // Every request has been skipped or answered.
    bool isIdle() const;
    SearchStats stats() const { return m_worker->stats(); }

signals:
    void answerReady(const standpoint::app::SearchAnswer &answer);

private:
    QThread m_thread;
    std::shared_ptr<std::atomic<int>> m_latest;
    SearchWorker *m_worker;
    int m_requested = 0;
    int m_answered = 0;
};

} // namespace standpoint::app
