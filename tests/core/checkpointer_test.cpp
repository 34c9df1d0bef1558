// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "core/sqlite/query.h"
#include "core/sqlite/transaction.h"
#include "core/store/checkpointer.h"
#include "core/store/store.h"
#include "tests/support/testpack.h"

#include <QFileInfo>
#include <QThread>

using namespace standpoint;
using standpoint::fixtures::succeeded;

namespace {

// Writes about `pages` pages of 4 KB in one transaction.
void writePages(sql::Connection &db, int pages)
{
    ASSERT_TRUE(succeeded(db.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS filler (x BLOB)"))));
    auto tx = sql::Transaction::begin(db);
    ASSERT_TRUE(succeeded(tx));
    for (int i = 0; i < pages; ++i)
        ASSERT_TRUE(succeeded(db.exec(QStringLiteral("INSERT INTO filler VALUES (randomblob(4000))"))));
    ASSERT_TRUE(succeeded(tx->commit()));
}

// Waits (up to a minute: this is no timing test) for the store's checkpointer to have run `count` times.
bool checkpointsReach(const store::Checkpointer &checkpointer, int count)
{
    for (int i = 0; i < 6000 && checkpointer.checkpoints() < count; ++i)
        QThread::msleep(10);
    return checkpointer.checkpoints() >= count;
}

qint64 walBytes(const QString &store) { return QFileInfo(store + QStringLiteral("-wal")).size(); }

} // namespace

TEST(Checkpointer, ALargeCommitIsCopiedIntoTheStoreByTheThreadNotTheWriter)
{
    fixtures::TempStore temp;
    auto opened = store::Store::open(temp.path(), store::Store::Options{false, false});
    ASSERT_TRUE(succeeded(opened));
    sql::Connection &db = opened->connection();
    store::Checkpointer *checkpointer = db.attached<store::CheckpointsElsewhere>().checkpointer.get();
    ASSERT_NE(checkpointer, nullptr);
    const int before = checkpointer->checkpoints();
    writePages(db, 200); // a small commit wakes no one
    writePages(db, 1500);
    ASSERT_TRUE(checkpointsReach(*checkpointer, before + 1));
    // The log was copied: a checkpoint now finds nothing left to copy, and the rows are all there.
    auto checkpoint = db.prepare(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
    ASSERT_TRUE(succeeded(checkpoint));
    ASSERT_TRUE(*checkpoint->step());
    EXPECT_EQ(checkpoint->integer(1), checkpoint->integer(2)); // pages in the log == pages copied
    EXPECT_EQ(*sql::scalar(db, QStringLiteral("SELECT count(*) FROM filler")), 1700);
}

TEST(Checkpointer, GoesWithAConnectionTakenOutOfItsStore)
{
    fixtures::TempStore temp;
    sql::Connection db = temp.open(false); // the store it came from is gone
    store::Checkpointer *checkpointer = db.attached<store::CheckpointsElsewhere>().checkpointer.get();
    ASSERT_NE(checkpointer, nullptr);
    writePages(db, 1500);
    ASSERT_TRUE(checkpointsReach(*checkpointer, 1));
    EXPECT_GT(walBytes(temp.path()), 0);
    writePages(db, 1500);
    EXPECT_EQ(*sql::scalar(db, QStringLiteral("SELECT count(*) FROM filler")), 3000);
}

TEST(Checkpointer, AReadOnlyStoreHasNone)
{
    fixtures::TempStore temp;
    { (void)temp.open(false); }
    auto opened = store::Store::open(temp.path(), store::Store::Options{false, true});
    ASSERT_TRUE(succeeded(opened));
    EXPECT_EQ(opened->connection().attached<store::CheckpointsElsewhere>().checkpointer, nullptr);
}
