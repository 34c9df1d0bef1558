// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "core/store/backups.h"
#include "core/sqlite/query.h"
#include "core/store/store.h"
#include "tests/gui/guifixture.h"

#include <QDir>
#include <QFile>
#include <QPushButton>

using namespace standpoint;
using fixtures::succeeded;
using fixtures::waitUntil;

TEST(StoreGui, ADamagedStoreOffersItsNewestGoodBackupAndRestoresItOnlyWhenAsked)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("standpoint.db"));
    fixtures::makeDamagedStoreWithBackup(path);
    ASSERT_FALSE(::testing::Test::HasFatalFailure());
    app::MainWindow window(path);
    int asked = 0;
    bool answer = false;
    window.setRestoreConfirmation([&](const QString &) {
        ++asked;
        return answer;
    });
    window.show();
    ASSERT_TRUE(waitUntil([&] { return window.restoreButton()->isVisible(); })) << window.pageMessage().toStdString();
    EXPECT_TRUE(window.pageMessage().contains(QStringLiteral("damaged"))) << window.pageMessage().toStdString();
    EXPECT_FALSE(window.isReady());
    if (const QString shots = qEnvironmentVariable("STANDPOINT_KEEP_EXPORTS"); !shots.isEmpty())
        window.grab().save(QDir(shots).filePath(QStringLiteral("damaged-store.png")));
    // Saying no changes nothing.
    window.restoreButton()->click();
    EXPECT_EQ(asked, 1);
    EXPECT_FALSE(store::storeProblem(path).isEmpty());
    EXPECT_TRUE(QDir(dir.path()).entryList({QStringLiteral("*.damaged-*")}).isEmpty());
    // Saying yes puts the backup in place, keeps the damaged file, and opens the debate.
    answer = true;
    window.restoreButton()->click();
    ASSERT_TRUE(waitUntil([&] { return window.isReady(); })) << window.pageMessage().toStdString();
    EXPECT_EQ(asked, 2);
    EXPECT_TRUE(store::storeProblem(path).isEmpty());
    const QStringList kept = QDir(dir.path()).entryList({QStringLiteral("standpoint.db.damaged-*")});
    EXPECT_EQ(std::count_if(kept.begin(), kept.end(), [](const QString &n) { return !n.endsWith(QLatin1String("-wal")) && !n.endsWith(QLatin1String("-shm")); }), 1)
        << kept.join(QLatin1Char(' ')).toStdString();
}

TEST(StoreGui, ASecondWindowOnTheSameStoreIsRefused)
{
    fixtures::TempStore store;
    app::MainWindow first(store.path());
    first.show();
    ASSERT_TRUE(waitUntil([&] { return first.isReady(); }));
    app::MainWindow second(store.path());
    second.show();
    ASSERT_TRUE(waitUntil([&] { return second.pageMessage().contains(QStringLiteral("already open")); }))
        << second.pageMessage().toStdString();
    EXPECT_FALSE(second.isReady());
    EXPECT_TRUE(first.isReady());
}

// The whole-file check runs after the debate is shown: damage that reading the debate does not meet is
// found then, and still leads to the damaged store's page, with the backup offered.
TEST(StoreGui, DamageFoundByTheCheckAfterTheDebateIsShownStillLeadsToTheBackup)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("standpoint.db"));
    qint64 pages = 0;
    {
        auto opened = store::Store::open(path);
        ASSERT_TRUE(succeeded(opened));
        ASSERT_TRUE(succeeded(store::makeBackup(opened->connection(), path, QStringLiteral("daily"))));
        ASSERT_TRUE(succeeded(opened->connection().exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"))));
        // The search index's own pages: searching reads them, showing the debate does not.
        pages = *sql::scalar(opened->connection(), QStringLiteral("SELECT max(pageno) FROM dbstat WHERE name = 'search_index_data'"));
    }
    ASSERT_GT(pages, 0);
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::ReadWrite));
        file.seek((pages - 1) * 4096);
        file.write(QByteArray(4096, '\x5A'));
    }
    app::MainWindow window(path);
    bool shown = false;
    QObject::connect(&window, &app::MainWindow::ready, [&] { shown = true; });
    window.setRestoreConfirmation([](const QString &) { return false; });
    window.show();
    ASSERT_TRUE(waitUntil([&] { return window.restoreButton()->isVisible(); })) << window.pageMessage().toStdString();
    EXPECT_TRUE(shown) << "the damage was found before the debate was shown";
    EXPECT_TRUE(window.pageMessage().contains(QStringLiteral("damaged"))) << window.pageMessage().toStdString();
    EXPECT_FALSE(window.isReady());
}
