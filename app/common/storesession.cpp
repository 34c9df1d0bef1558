// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "app/common/storesession.h"

#include "core/check/discrepancyfinder.h"
#include "core/debate/debatereader.h"
#include "core/figures/userseries.h"
#include "core/sqlite/sqliteerror.h"
#include "core/store/backups.h"
#include "core/store/integrity.h"
#include "core/store/store.h"

#include <QFileInfo>
#include <QMetaObject>

namespace standpoint::app {

namespace {

// A closed connection's reason, for a job that finds its thread could not open the store.
Error closedReason(const store::ConnectionThread &thread)
{
    Error reason = thread.openError();
    if (reason.message.isEmpty())
        reason.message = StoreSession::tr("The store is not open");
    return reason;
}

// Opens a reader's read-only connection, on the reader's own thread.
store::ConnectionThread::Opener readOnlyOpener(const QString &path)
{
    return [path]() -> Result<sql::Connection> {
        auto store = store::Store::open(path, store::Store::Options{.loadBundledPack = false, .readOnly = true});
        if (!store)
            return store.error();
        return std::move(store->connection());
    };
}

} // namespace

StoreSession::StoreSession(QString dbPath, QObject *parent) : QObject(parent), m_dbPath(std::move(dbPath))
{
    qRegisterMetaType<debate::DebateSnapshot>();
    qRegisterMetaType<debate::DocumentText>();
    qRegisterMetaType<FiguresPayload>();
    qRegisterMetaType<timeline::TimelineData>();
    m_pool.setMaxThreadCount(1);
}

StoreSession::~StoreSession()
{
    // Reads are given up (a whole-file check can take seconds); every change still queued is saved.
    m_closing->store(true);
    for (auto &reader : m_readers) {
        if (reader)
            reader->interrupt();
    }
    if (m_maintenance)
        m_maintenance->interrupt();
    for (auto &reader : m_readers)
        reader.reset();
    m_maintenance.reset();
    m_writer.reset(); // runs every change still queued before it closes
    m_pool.waitForDone();
}

void StoreSession::post(std::function<void()> fn) { QMetaObject::invokeMethod(this, std::move(fn), Qt::QueuedConnection); }

void StoreSession::fail(int token, const Error &error)
{
    // A damaged file can pass opening and show itself only when read: it gets the damaged store's page.
    const bool damaged = sql::failureOf(error) == sql::Failure::Damaged;
    post([this, token, message = error.message, damaged] { damaged ? emit storeDamaged(token, message) : emit failed(token, message); });
}

int StoreSession::openStore()
{
    const int token = nextToken();
    m_openToken = token;
    m_open = false;
    const QString path = m_dbPath;
    m_storeWasNew = !QFileInfo::exists(path);
    m_writer = std::make_unique<store::ConnectionThread>([path]() -> Result<sql::Connection> {
        // The writer migrates and, on first run, fills the store; the whole-file check and the day's
        // backup wait until the debate is shown (checkStore).
        auto store = store::Store::open(path, store::Store::Options{.loadBundledPack = true, .readOnly = false});
        if (!store)
            return store.error();
        return std::move(store->connection());
    });
    store::ConnectionThread *writer = m_writer.get();
    writer->post([this, token, writer](sql::Connection &db) {
        if (!db.isOpen()) {
            return fail(token, closedReason(*writer));
        }
        post([this, token] {
            if (token != m_openToken)
                return;
            m_open = true;
            startReaders();
            emit opened();
        });
        sendDebate(db, token);
    });
    return token;
}

void StoreSession::sendDebate(sql::Connection &db, int token)
{
    auto snapshot = db.isOpen() ? debate::readDebate(db) : Result<debate::DebateSnapshot>(Error{tr("The store is not open")});
    if (!snapshot)
        return fail(token, snapshot.error());
    post([this, token, debate = *snapshot] { emit debateLoaded(token, debate); });
}

void StoreSession::startReaders()
{
    const QString path = m_dbPath;
    for (auto &reader : m_readers) {
        reader = std::make_unique<store::ConnectionThread>(readOnlyOpener(path));
    }
    for (Job &job : m_readsBeforeOpen)
        read(std::move(job));
    m_readsBeforeOpen.clear();
}

int StoreSession::reloadDebate()
{
    const int token = nextToken();
    read([this, token](sql::Connection &db) { sendDebate(db, token); });
    return token;
}

void StoreSession::checkStore()
{
    const QString path = m_dbPath;
    const bool dailyBackup = !m_storeWasNew;
    if (!m_maintenance) {
        m_maintenance = std::make_unique<store::ConnectionThread>(readOnlyOpener(path));
    }
    m_maintenance->post([this, path, dailyBackup](sql::Connection &db) {
        if (!db.isOpen())
            return;
        if (Status whole = store::checkIntegrity(db); !whole) {
            // A check that could not run (the store busy) is not a damaged store; the user hears of it.
            const bool damaged = sql::failureOf(whole.error()) == sql::Failure::Damaged;
            post([this, damaged, message = whole.message()] { damaged ? emit storeDamaged(0, message) : emit storeNotice(message); });
            return;
        }
        // A failed daily backup does not stop the work; the user is told.
        if (dailyBackup && !store::hasBackupToday(path)) {
            if (auto backup = store::makeBackup(db, path, QStringLiteral("daily")); !backup)
                post([this, message = backup.message()] { emit storeNotice(message); });
        }
    });
}

void StoreSession::write(Job job)
{
    if (m_writer) {
        m_writer->post(std::move(job));
        return;
    }
    // No store open (it is being restored, or could not be opened): the job hears so at once, and says
    // so through its own answer, as it would from the writer.
    sql::Connection closed;
    job(closed);
}

void StoreSession::readAfterWrites(Job job)
{
    write([this, job = std::move(job)](sql::Connection &) mutable { post([this, job = std::move(job)]() mutable { read(std::move(job)); }); });
}

void StoreSession::read(Job job)
{
    if (!m_readers[0]) {
        m_readsBeforeOpen << std::move(job);
        return;
    }
    // The reader with less to do, the job it is running counted, so a long read (every chart) does not
    // hold up a document.
    auto &reader = m_readers[0]->load() <= m_readers[1]->load() ? m_readers[0] : m_readers[1];
    reader->post(std::move(job));
}

int StoreSession::loadDocument(qint64 documentId)
{
    const int token = nextToken();
    read([this, token, documentId](sql::Connection &db) {
        auto document = db.isOpen() ? debate::readDocument(db, documentId)
                                    : Result<debate::DocumentText>(Error{tr("The store is not open")});
        if (!document)
            return fail(token, document.error());
        post([this, token, doc = *document] { emit documentLoaded(token, doc); });
    });
    return token;
}

int StoreSession::readFigures(bool onWriter, const std::function<Result<QString>(sql::Connection &)> &before)
{
    const int token = nextToken();
    auto read = [this, token](const QString &addedKey) {
        return [this, token, addedKey](sql::Connection &db) {
            if (!db.isOpen())
                return fail(token, Error{tr("The store is not open")});
            FiguresPayload payload;
            payload.addedKey = addedKey;
            auto list = figures::listCharts(db);
            if (!list)
                return fail(token, list.error());
            auto discrepancies = check::findDiscrepancies(db); // once for every chart
            if (!discrepancies)
                return fail(token, discrepancies.error());
            for (const figures::ChartSummary &summary : *list) {
                auto chart = figures::readChart(db, summary.key, *discrepancies);
                if (!chart)
                    return fail(token, chart.error());
                payload.charts << *chart;
            }
            auto events = figures::readEventMarkers(db);
            auto users = events ? figures::listUserSeries(db) : Result<QList<figures::UserSeries>>(events.error());
            if (!users)
                return fail(token, users.error());
            payload.events = *events;
            payload.userSeries = *users;
            post([this, token, payload] { emit figuresLoaded(token, payload); });
        };
    };
    if (!onWriter) {
        this->read(read(QString()));
        return token;
    }
    // The change on the writer; the charts are then read on a reader, so edits need not wait for them.
    write([this, token, before, read](sql::Connection &db) {
        auto added = db.isOpen() ? before(db) : Result<QString>(Error{tr("The store is not open")});
        if (!added)
            return fail(token, added.error());
        post([this, job = read(*added)] { this->read(job); });
    });
    return token;
}

int StoreSession::loadTimeline()
{
    const int token = nextToken();
    read([this, token](sql::Connection &db) {
        auto data = db.isOpen() ? timeline::readTimeline(db) : Result<timeline::TimelineData>(Error{tr("The store is not open")});
        if (!data)
            return fail(token, data.error());
        post([this, token, timeline = *data] { emit timelineLoaded(token, timeline); });
    });
    return token;
}

int StoreSession::loadFigures() { return readFigures(false, {}); }

int StoreSession::addUserSeries(const QString &filePath, const QString &title, const QString &unit)
{
    return readFigures(true, [filePath, title, unit](sql::Connection &db) {
        return figures::addUserSeries(db, filePath, title, unit);
    });
}

int StoreSession::removeUserSeries(const QString &key)
{
    return readFigures(true, [key](sql::Connection &db) -> Result<QString> {
        if (Status done = figures::removeUserSeries(db, key); !done)
            return done.error();
        return QString();
    });
}

void StoreSession::findGoodBackup(std::function<void(const QString &, const QDateTime &)> done)
{
    const QString path = m_dbPath;
    m_pool.start([this, path, done, closing = m_closing] {
        for (const store::BackupInfo &b : store::listBackups(path)) {
            if (closing->load())
                return;
            if (store::storeProblem(b.path).isEmpty())
                return post([done, b] { done(b.path, b.made); });
        }
        post([done] { done(QString(), QDateTime()); });
    });
}

void StoreSession::restoreBackup(const QString &backupPath, std::function<void(const Result<QString> &)> done)
{
    m_open = false;
    // The connections close on the worker, after their queued work, so the GUI never waits for them.
    auto closing = std::make_shared<std::vector<std::unique_ptr<store::ConnectionThread>>>();
    closing->push_back(std::move(m_writer));
    for (auto &reader : m_readers)
        closing->push_back(std::move(reader));
    closing->push_back(std::move(m_maintenance));
    const QString path = m_dbPath;
    m_pool.start([this, path, backupPath, done, closing] {
        closing->clear();
        auto restored = store::restoreBackup(path, backupPath);
        post([done, restored] { done(restored); });
    });
}

} // namespace standpoint::app
