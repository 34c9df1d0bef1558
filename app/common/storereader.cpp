// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "app/common/storereader.h"

#include "core/check/discrepancyfinder.h"
#include "core/debate/debatereader.h"
#include "core/figures/userseries.h"
#include "core/store/store.h"
#include "core/sqlite/sqliteerror.h"

#include <QMetaObject>

namespace standpoint::app {

StoreReader::StoreReader(QString dbPath, QObject *parent) : QObject(parent), m_dbPath(std::move(dbPath))
{
    qRegisterMetaType<debate::DebateSnapshot>();
    qRegisterMetaType<debate::DocumentText>();
    qRegisterMetaType<FiguresPayload>();
    qRegisterMetaType<timeline::TimelineData>();
    m_pool.setMaxThreadCount(2);
}

// Workers post back to this object; waiting here means none outlives it.
StoreReader::~StoreReader() { m_pool.waitForDone(); }

int StoreReader::openStore()
{
    const int token = nextToken();
    const QString path = m_dbPath;
    m_pool.start([this, token, path] {
        // The first open of a session checks the store whole and makes the day's backup.
        auto store = store::Store::open(path, store::Store::Options{true, false, true, true});
        if (!store) {
            const QString message = store.message();
            const bool damaged = sql::failureOf(store.error()) == sql::Failure::Damaged;
            QMetaObject::invokeMethod(
                this, [this, token, message, damaged] { damaged ? emit storeDamaged(token, message) : emit failed(token, message); },
                Qt::QueuedConnection);
            return;
        }
        for (const QString &notice : store->notices())
            QMetaObject::invokeMethod(this, [this, notice] { emit storeNotice(notice); }, Qt::QueuedConnection);
        auto snapshot = debate::readDebate(store->connection());
        if (!snapshot) {
            const QString message = snapshot.message();
            QMetaObject::invokeMethod(this, [this, token, message] { emit failed(token, message); }, Qt::QueuedConnection);
            return;
        }
        QMetaObject::invokeMethod(
            this, [this, token, debate = *snapshot] { emit debateLoaded(token, debate); }, Qt::QueuedConnection);
    });
    return token;
}

int StoreReader::loadDocument(qint64 documentId)
{
    const int token = nextToken();
    const QString path = m_dbPath;
    m_pool.start([this, token, path, documentId] {
        auto store = store::Store::open(path, store::Store::Options{false, true});
        auto document = store ? debate::readDocument(store->connection(), documentId)
                              : Result<debate::DocumentText>(store.error());
        if (!document) {
            const QString message = document.message();
            QMetaObject::invokeMethod(this, [this, token, message] { emit failed(token, message); }, Qt::QueuedConnection);
            return;
        }
        QMetaObject::invokeMethod(
            this, [this, token, doc = *document] { emit documentLoaded(token, doc); }, Qt::QueuedConnection);
    });
    return token;
}

int StoreReader::readFigures(bool writable, const std::function<Result<QString>(sql::Connection &)> &before)
{
    const int token = nextToken();
    const QString path = m_dbPath;
    m_pool.start([this, token, path, writable, before] {
        const auto fail = [&](const QString &message) {
            QMetaObject::invokeMethod(this, [this, token, message] { emit failed(token, message); }, Qt::QueuedConnection);
        };
        auto store = store::Store::open(path, store::Store::Options{false, !writable});
        if (!store)
            return fail(store.message());
        FiguresPayload payload;
        if (before) {
            auto added = before(store->connection());
            if (!added)
                return fail(added.message());
            payload.addedKey = *added;
        }
        auto list = figures::listCharts(store->connection());
        if (!list)
            return fail(list.message());
        auto discrepancies = check::findDiscrepancies(store->connection()); // once for every chart
        if (!discrepancies)
            return fail(discrepancies.message());
        for (const figures::ChartSummary &summary : *list) {
            auto chart = figures::readChart(store->connection(), summary.key, *discrepancies);
            if (!chart)
                return fail(chart.message());
            payload.charts << *chart;
        }
        auto events = figures::readEventMarkers(store->connection());
        auto users = events ? figures::listUserSeries(store->connection()) : Result<QList<figures::UserSeries>>(events.error());
        if (!users)
            return fail(users.message());
        payload.events = *events;
        payload.userSeries = *users;
        QMetaObject::invokeMethod(
            this, [this, token, payload] { emit figuresLoaded(token, payload); }, Qt::QueuedConnection);
    });
    return token;
}

int StoreReader::loadTimeline()
{
    const int token = nextToken();
    const QString path = m_dbPath;
    m_pool.start([this, token, path] {
        auto store = store::Store::open(path, store::Store::Options{false, true});
        auto data = store ? timeline::readTimeline(store->connection()) : Result<timeline::TimelineData>(store.error());
        if (!data) {
            const QString message = data.message();
            QMetaObject::invokeMethod(this, [this, token, message] { emit failed(token, message); }, Qt::QueuedConnection);
            return;
        }
        QMetaObject::invokeMethod(
            this, [this, token, timeline = *data] { emit timelineLoaded(token, timeline); }, Qt::QueuedConnection);
    });
    return token;
}

int StoreReader::loadFigures() { return readFigures(false, {}); }

int StoreReader::addUserSeries(const QString &filePath, const QString &title, const QString &unit)
{
    return readFigures(true, [filePath, title, unit](sql::Connection &db) {
        return figures::addUserSeries(db, filePath, title, unit);
    });
}

int StoreReader::removeUserSeries(const QString &key)
{
    return readFigures(true, [key](sql::Connection &db) -> Result<QString> {
        if (Status done = figures::removeUserSeries(db, key); !done)
            return done.error();
        return QString();
    });
}

} // namespace standpoint::app
