// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include "app/mainwindow/mainwindow.h"
#include "app/notes/userwork.h"
#include "core/sqlite/query.h"
#include "core/store/backups.h"
#include "core/store/store.h"
#include "tests/support/testpack.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QSettings>

#include <functional>
#include <memory>

namespace standpoint::fixtures {

// Processes events until done() holds or the time runs out.
inline bool waitUntil(const std::function<bool()> &done, int milliseconds = 15000)
{
    QDeadlineTimer deadline(milliseconds);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return true;
}

// A main window on a fresh store holding the bundled debate, with settings cleared.
class GuiTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        window = open();
    }
    std::unique_ptr<app::MainWindow> open()
    {
        auto w = std::make_unique<app::MainWindow>(store.path());
        w->resize(1600, 1000);
        w->show();
        EXPECT_TRUE(waitUntil([&] { return w->isReady(); })) << w->pageMessage().toStdString();
        QApplication::setActiveWindow(w.get());
        return w;
    }
    // The test's own connection to the window's store, to look at what the app saved (or to change the
    // store behind the app's back); the app itself never shares one with the GUI thread.
    sql::Connection &db()
    {
        if (!m_db.isOpen())
            m_db = store.open();
        return m_db;
    }
    qint64 count(const QString &query, const QVariantList &values = {}) { return *sql::scalar(db(), query, values); }
    // Waits until every change the window's user work has queued is saved and shown.
    bool settled() { return waitUntil([&] { return window->userWork()->isIdle(); }); }

    TempStore store;
    std::unique_ptr<app::MainWindow> window;

private:
    sql::Connection m_db;
};

// A store at `path` with a good backup from today, then damaged: pages 8 to 60 partly overwritten.
inline void makeDamagedStoreWithBackup(const QString &path)
{
    {
        auto opened = store::Store::open(path);
        ASSERT_TRUE(succeeded(opened));
        ASSERT_TRUE(succeeded(store::makeBackup(opened->connection(), path, QStringLiteral("daily"))));
        ASSERT_TRUE(succeeded(opened->connection().exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"))));
    }
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    for (qint64 page = 8; page < 60; page += 3) {
        file.seek(page * 4096 + 100);
        file.write(QByteArray(600, '\x5A'));
    }
}

} // namespace standpoint::fixtures
