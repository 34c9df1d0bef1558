// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include "core/debate/debatesnapshot.h"
#include "core/figures/chartdata.h"
#include "core/timeline/timelinedata.h"

#include <QObject>
#include <QThreadPool>

#include <functional>

namespace standpoint::sql {
class Connection;
}

namespace standpoint::app {

// What the Figures view shows, read in one go.
struct FiguresPayload
{
    QList<figures::ChartData> charts;
    QList<figures::EventMarker> events;
    QList<figures::UserSeries> userSeries;
    QString addedKey; // the series just added, if the request added one
};

// Opens the store and reads from it on worker threads, each with its own SQLite connection, and
// delivers plain value structs by signal. Each request gets a token; a view drops answers to
// requests it has since replaced.
class StoreReader : public QObject
{
    Q_OBJECT
public:
    explicit StoreReader(QString dbPath, QObject *parent = nullptr);
    ~StoreReader() override;

    QString dbPath() const { return m_dbPath; }

    // Opens (creating and filling on first run) the store, then reads its first debate.
    int openStore();
    int loadDocument(qint64 documentId);
    // Reads every chart with its figures, the events that can be marked, and the user's own series.
    int loadFigures();
    // Stores a user's series from a CSV file, then reloads the figures.
    int addUserSeries(const QString &filePath, const QString &title, const QString &unit);
    int removeUserSeries(const QString &key);
    int loadTimeline();

signals:
    void debateLoaded(int token, const standpoint::debate::DebateSnapshot &debate);
    void documentLoaded(int token, const standpoint::debate::DocumentText &document);
    void figuresLoaded(int token, const standpoint::app::FiguresPayload &figures);
    void timelineLoaded(int token, const standpoint::timeline::TimelineData &timeline);
    void failed(int token, const QString &message);
    // Opening found the store damaged (it was not changed).
    void storeDamaged(int token, const QString &message);
    // Something the user should know that did not stop the work (a daily backup that failed).
    void storeNotice(const QString &message);

private:
    int nextToken() { return ++m_token; }
    // Runs work(connection) on a worker with a connection of its own; work returns a message on failure.
    int readFigures(bool writable, const std::function<Result<QString>(sql::Connection &)> &before);

    QString m_dbPath;
    QThreadPool m_pool;
    int m_token = 0;
};

} // namespace standpoint::app

Q_DECLARE_METATYPE(standpoint::app::FiguresPayload)
Q_DECLARE_METATYPE(standpoint::timeline::TimelineData)
