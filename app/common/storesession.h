// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include "core/debate/debatesnapshot.h"
#include "core/figures/chartdata.h"
#include "core/store/connectionthread.h"
#include "core/timeline/timelinedata.h"

#include <QObject>
#include <QThreadPool>

#include <array>
#include <atomic>
#include <functional>
#include <memory>

namespace standpoint::app {

// What the Figures view shows, read in one go.
struct FiguresPayload
{
    QList<figures::ChartData> charts;
    QList<figures::EventMarker> events;
    QList<figures::UserSeries> userSeries;
    QString addedKey; // the series just added, if the request added one
};

// The app's one session with its store. It opens the store once (migrated, backed up and, on first run,
// filled) on the writer thread, which then owns the only connection that writes: every change the app
// makes is queued to it, in order. Reads go to two reader threads with long-lived read-only connections.
// Answers come back as plain value structs by signal, on the GUI thread, tagged with the request's token
// so that a view drops answers to requests it has since replaced. The GUI thread never runs SQL.
class StoreSession : public QObject
{
    Q_OBJECT
public:
    using Job = store::ConnectionThread::Job;

    explicit StoreSession(QString dbPath, QObject *parent = nullptr);
    // Lets the queued work finish (every change the user made is saved), then closes the connections.
    ~StoreSession() override;

    QString dbPath() const { return m_dbPath; }
    // Whether the writer has the store open (after opened(), until a restore closes it).
    bool isOpen() const { return m_open; }

    // Opens (creating and filling on first run) the store on the writer thread, then reads its debate.
    int openStore();
    // Reads the debate again (after an import), on a reader.
    int reloadDebate();
    // Checks the store whole and makes the day's backup, on a reader, once the debate is shown: a damaged
    // store found then is reported by storeDamaged() with token 0.
    void checkStore();
    int loadDocument(qint64 documentId);
    // Reads every chart with its figures, the events that can be marked, and the user's own series.
    int loadFigures();
    // Stores a user's series from a CSV file, then reloads the figures.
    int addUserSeries(const QString &filePath, const QString &title, const QString &unit);
    int removeUserSeries(const QString &key);
    int loadTimeline();

    // Runs a job on the writer thread, after every change queued before it. A job posts its answer back
    // with post(). Before the store is open the job sees a closed connection.
    void write(Job job);
    // Runs a job on a reader thread (the less busy one).
    void read(Job job);
    // Runs a job on a reader once every change queued before it is saved (an export of what was just
    // edited).
    void readAfterWrites(Job job);
    // The writer, for a long job that lets queued changes run between its steps (ConnectionThread::runWaiting).
    store::ConnectionThread *writer() const { return m_writer.get(); }
    // Calls fn on the GUI thread, unless this session is gone by then.
    void post(std::function<void()> fn);

    // The newest backup that passes the integrity check, looked for on a worker; empty if none.
    void findGoodBackup(std::function<void(const QString &path, const QDateTime &made)> done);
    // Closes the store, puts the backup in its place (the damaged file kept beside it) on a worker, and
    // reports the damaged file's new name or an error; call openStore() again after success.
    void restoreBackup(const QString &backupPath, std::function<void(const Result<QString> &)> done);

signals:
    // The writer opened the store; the readers are there.
    void opened();
    void debateLoaded(int token, const standpoint::debate::DebateSnapshot &debate);
    void documentLoaded(int token, const standpoint::debate::DocumentText &document);
    void figuresLoaded(int token, const standpoint::app::FiguresPayload &figures);
    void timelineLoaded(int token, const standpoint::timeline::TimelineData &timeline);
    void failed(int token, const QString &message);
    // Opening found the store damaged (it was not changed); token 0: the check after opening found it.
    void storeDamaged(int token, const QString &message);
    // Something the user should know that did not stop the work (a daily backup that failed).
    void storeNotice(const QString &message);

private:
    int nextToken() { return ++m_token; }
    void startReaders();
    // Reads the debate on the calling worker and sends it to the GUI thread.
    void sendDebate(sql::Connection &db, int token);
    void fail(int token, const Error &error);
    // Reads the figures on `thread` after `before` (a change, on the writer) succeeded.
    int readFigures(bool onWriter, const std::function<Result<QString>(sql::Connection &)> &before);

    QString m_dbPath;
    std::unique_ptr<store::ConnectionThread> m_writer;
    std::array<std::unique_ptr<store::ConnectionThread>, 2> m_readers;
    // The whole-file check and the day's backup, which read the whole store, on a reader of their own so
    // that no document waits behind them.
    std::unique_ptr<store::ConnectionThread> m_maintenance;
    std::shared_ptr<std::atomic_bool> m_closing = std::make_shared<std::atomic_bool>(false);
    QList<Job> m_readsBeforeOpen; // read requests made while the writer was still opening
    QThreadPool m_pool;           // backups: finding a good one, restoring it
    int m_token = 0;
    int m_openToken = 0; // the latest openStore()
    bool m_open = false;
    bool m_storeWasNew = false;
};

} // namespace standpoint::app

Q_DECLARE_METATYPE(standpoint::app::FiguresPayload)
Q_DECLARE_METATYPE(standpoint::timeline::TimelineData)
