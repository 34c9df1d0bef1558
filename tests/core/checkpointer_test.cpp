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

qint64 fileBytes(const QString &path) { return QFileInfo(path).size(); }

// Waits (up to a minute: this is no timing test) for `done` to say yes.
template<typename Done>
bool eventually(Done done)
{
    for (int i = 0; i < 6000 && !done(); ++i)
        QThread::msleep(10);
    return done();
}

// In WAL mode a store's own file is written only by checkpoints, which copy the log into it: its size
// shows that one ran, whoever counts them.
bool storeFileReaches(const QString &store, qint64 bytes)
{
    return eventually([&] { return fileBytes(store) >= bytes; });
}

constexpr qint64 kPage = 4096;

} // namespace

TEST(Checkpointer, ALargeCommitIsCopiedIntoTheStoreByTheThreadNotTheWriter)
{
    fixtures::TempStore temp;
    auto opened = store::Store::open(temp.path(), store::Store::Options{false, false});
    ASSERT_TRUE(succeeded(opened));
    sql::Connection &db = opened->connection();
    writePages(db, 200); // a small commit wakes no one
    const qint64 before = fileBytes(temp.path());
    writePages(db, 1500);
    // Nothing here checkpoints: the writer's own checkpoints are off, so the store's file grows by the
    // commit only if the thread copies the log into it.
    ASSERT_TRUE(storeFileReaches(temp.path(), before + 1500 * kPage)) << "the store file stayed at " << fileBytes(temp.path());
    // Once that checkpoint has finished, the log was copied whole, so the next commit writes it from its
    // start again instead of growing it.
    const store::Checkpointer &checkpointer = *db.attached<store::CheckpointsElsewhere>().checkpointer;
    ASSERT_TRUE(eventually([&] { return checkpointer.checkpoints() >= 1; }));
    const qint64 log = fileBytes(temp.path() + QStringLiteral("-wal"));
    EXPECT_GE(log, 1500 * kPage);
    writePages(db, 1000);
    EXPECT_LE(fileBytes(temp.path() + QStringLiteral("-wal")), log);
    EXPECT_EQ(*sql::scalar(db, QStringLiteral("SELECT count(*) FROM filler")), 2700);
}

TEST(Checkpointer, GoesWithAConnectionTakenOutOfItsStore)
{
    fixtures::TempStore temp;
    sql::Connection db = temp.open(false); // the store it came from is gone
    ASSERT_NE(db.attached<store::CheckpointsElsewhere>().checkpointer, nullptr);
    const qint64 before = fileBytes(temp.path());
    writePages(db, 1500);
    ASSERT_TRUE(storeFileReaches(temp.path(), before + 1500 * kPage)) << "the store file stayed at " << fileBytes(temp.path());
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
