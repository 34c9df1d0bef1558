// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
// Every way a store can be refused or fail, each with its message, and nothing already saved lost.
#include "core/import/documentimporter.h"
#include "core/import/importreader.h"
#include "core/notes/annotations.h"
#include "core/sqlite/query.h"
#include "core/sqlite/sqliteerror.h"
#include "core/store/backups.h"
#include "core/store/instancelock.h"
#include "core/store/integrity.h"
#include "core/store/migrator.h"
#include "core/store/store.h"
#include "tests/support/testpack.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>

#include <thread>

using namespace standpoint;
using fixtures::succeeded;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// A store in a folder of its own (the folder holds its backups too).
struct StoreFolder
{
    QTemporaryDir dir;
    QString path() const { return dir.filePath(QStringLiteral("standpoint.db")); }
    void create() const { ASSERT_TRUE(succeeded(store::Store::open(path()))); }
};

importing::ImportDraft someDraft()
{
    QString text = QStringLiteral("Written While The Disk Fills\n\n");
    for (int i = 0; i < 400; ++i)
        text += QStringLiteral("Paragraph %1 says something long enough to need pages of its own in the store.\n\n").arg(i);
    auto d = importing::readBytesForImport(QStringLiteral("filler.txt"), text.toUtf8(), nullptr);
    EXPECT_TRUE(succeeded(d));
    return *d;
}

} // namespace

TEST(Refusals, AStoreFromANewerVersion)
{
    StoreFolder f;
    {
        auto db = sql::Connection::open(f.path());
        ASSERT_TRUE(succeeded(db));
        ASSERT_TRUE(succeeded(db->exec(QStringLiteral("CREATE TABLE future (x); PRAGMA user_version = 999;"))));
    }
    const QByteArray before = fileHash(f.path());
    auto opened = store::Store::open(f.path());
    ASSERT_FALSE(opened.ok());
    EXPECT_TRUE(opened.message().contains(QStringLiteral("newer version"))) << opened.message().toStdString();
    EXPECT_EQ(fileHash(f.path()), before);
}

TEST(Refusals, AFileThatIsNotAStore)
{
    StoreFolder f;
    QFile text(f.path());
    ASSERT_TRUE(text.open(QIODevice::WriteOnly));
    text.write("These are somebody's notes, not a database at all.\n");
    text.close();
    const QByteArray before = fileHash(f.path());
    auto opened = store::Store::open(f.path());
    ASSERT_FALSE(opened.ok());
    EXPECT_TRUE(opened.message().contains(QStringLiteral("is not a Standpoint store"))) << opened.message().toStdString();
    EXPECT_TRUE(opened.message().contains(f.path()));
    EXPECT_EQ(fileHash(f.path()), before);
}

TEST(Refusals, AReadOnlyFileAndAReadOnlyFolder)
{
    StoreFolder f;
    f.create();
    const QByteArray before = fileHash(f.path());
    ASSERT_TRUE(QFile::setPermissions(f.path(), QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    auto file = store::Store::open(f.path());
    ASSERT_FALSE(file.ok());
    EXPECT_TRUE(file.message().contains(QStringLiteral("is read-only"))) << file.message().toStdString();
    EXPECT_TRUE(file.message().contains(f.path()));
    // Reading it still works.
    EXPECT_TRUE(succeeded(store::Store::open(f.path(), store::Store::Options{false, true})));
    EXPECT_EQ(fileHash(f.path()), before);
    QFile::setPermissions(f.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    QTemporaryDir parent;
    const QString folder = parent.filePath(QStringLiteral("locked"));
    ASSERT_TRUE(QDir().mkpath(folder));
    ASSERT_TRUE(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    auto inFolder = store::Store::open(QDir(folder).filePath(QStringLiteral("new.db")));
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    ASSERT_FALSE(inFolder.ok());
    EXPECT_TRUE(inFolder.message().contains(QStringLiteral("folder"))) << inFolder.message().toStdString();
    EXPECT_TRUE(inFolder.message().contains(QStringLiteral("read-only")));
}

TEST(Refusals, AFullDiskLosesNothingAlreadySaved)
{
    StoreFolder f;
    f.create();
    auto opened = store::Store::open(f.path());
    ASSERT_TRUE(succeeded(opened));
    sql::Connection &db = opened->connection();
    notes::Annotation saved;
    saved.documentId = 1;
    saved.start = 0;
    saved.end = 10;
    saved.note = QStringLiteral("saved before");
    ASSERT_TRUE(succeeded(notes::addAnnotation(db, saved)));
    const qint64 documents = *sql::scalar(db, QStringLiteral("SELECT count(*) FROM document"));
    // The disk fills: the store may not grow by one more page.
    const qint64 pages = *sql::scalar(db, QStringLiteral("PRAGMA page_count"));
    ASSERT_TRUE(succeeded(db.exec(QStringLiteral("PRAGMA max_page_count = ") + QString::number(pages))));
    auto outcome = importing::importDrafts(db, {someDraft()});
    ASSERT_FALSE(outcome.ok());
    EXPECT_EQ(sql::failureOf(outcome.error()), sql::Failure::Full);
    EXPECT_TRUE(outcome.message().contains(QStringLiteral("The disk is full"))) << outcome.message().toStdString();
    EXPECT_TRUE(outcome.message().contains(QStringLiteral("nothing already saved was lost")));
    EXPECT_EQ(*sql::scalar(db, QStringLiteral("SELECT count(*) FROM document")), documents);
    EXPECT_EQ(*sql::scalar(db, QStringLiteral("SELECT count(*) FROM annotation WHERE note = 'saved before'")), 1);
    EXPECT_EQ(*sql::scalar(db, QStringLiteral("SELECT count(*) FROM pragma_integrity_check WHERE integrity_check = 'ok'")), 1);
}

TEST(Refusals, AStoreLockedByASecondInstance)
{
    StoreFolder f;
    f.create();
    auto first = store::InstanceLock::acquire(f.path());
    ASSERT_TRUE(succeeded(first));
    auto second = store::InstanceLock::acquire(f.path());
    ASSERT_FALSE(second.ok());
    EXPECT_TRUE(second.message().contains(QStringLiteral("already open in another Standpoint window"))) << second.message().toStdString();
    EXPECT_TRUE(second.message().contains(QString::number(QCoreApplication::applicationPid())));

    // A program holding the write lock: a second writer gives up with a message, and changes nothing.
    auto holder = store::Store::open(f.path());
    auto writer = store::Store::open(f.path());
    ASSERT_TRUE(succeeded(holder) && succeeded(writer));
    ASSERT_TRUE(succeeded(holder->connection().exec(QStringLiteral("BEGIN IMMEDIATE"))));
    writer->connection().setBusyTimeout(200);
    auto outcome = importing::importDrafts(writer->connection(), {someDraft()});
    ASSERT_FALSE(outcome.ok());
    EXPECT_EQ(sql::failureOf(outcome.error()), sql::Failure::Busy);
    EXPECT_TRUE(outcome.message().contains(QStringLiteral("locked by another program"))) << outcome.message().toStdString();
    ASSERT_TRUE(succeeded(holder->connection().exec(QStringLiteral("ROLLBACK"))));
}

TEST(Refusals, ADamagedStoreIsFoundAndRestoredFromItsBackup)
{
    StoreFolder f;
    f.create();
    {
        auto opened = store::Store::open(f.path());
        ASSERT_TRUE(succeeded(opened));
        ASSERT_TRUE(succeeded(store::makeBackup(opened->connection(), f.path(), QStringLiteral("daily"))));
        ASSERT_TRUE(succeeded(opened->connection().exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"))));
    }
    // Scribble over pages in the middle of the file, as a failing disk would.
    {
        QFile file(f.path());
        ASSERT_TRUE(file.open(QIODevice::ReadWrite));
        ASSERT_GT(file.size(), 64 * 4096);
        for (qint64 page = 8; page < 60; page += 3) {
            file.seek(page * 4096 + 100);
            file.write(QByteArray(600, '\xA5'));
        }
    }
    const QByteArray damagedBytes = fileHash(f.path());
    auto damaged = store::Store::open(f.path(), store::Store::Options{false, false, true, false});
    ASSERT_FALSE(damaged.ok());
    EXPECT_EQ(sql::failureOf(damaged.error()), sql::Failure::Damaged) << damaged.message().toStdString();
    EXPECT_TRUE(damaged.message().contains(QStringLiteral("damaged"))) << damaged.message().toStdString();
    EXPECT_EQ(fileHash(f.path()), damagedBytes); // found, not touched
    EXPECT_FALSE(store::storeProblem(f.path()).isEmpty());

    const auto backups = store::listBackups(f.path());
    ASSERT_EQ(backups.size(), 1);
    EXPECT_TRUE(store::storeProblem(backups.first().path).isEmpty());
    auto kept = store::restoreBackup(f.path(), backups.first().path);
    ASSERT_TRUE(succeeded(kept));
    EXPECT_EQ(fileHash(*kept), damagedBytes); // the damaged file is kept, byte for byte
    auto restored = store::Store::open(f.path(), store::Store::Options{false, false, true, false});
    ASSERT_TRUE(succeeded(restored));
    EXPECT_TRUE(succeeded(store::checkIntegrity(restored->connection())));
    EXPECT_TRUE(store::integrityProblems(restored->connection())->isEmpty());
    EXPECT_EQ(*sql::scalar(restored->connection(), QStringLiteral("SELECT count(*) FROM document")), 5);

    // A damaged backup is not put in place.
    QFile bad(backups.first().path);
    ASSERT_TRUE(bad.open(QIODevice::WriteOnly | QIODevice::Truncate));
    bad.write("not a database");
    bad.close();
    const QByteArray goodBytes = fileHash(f.path());
    auto refused = store::restoreBackup(f.path(), backups.first().path);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.message().contains(QStringLiteral("cannot be used")));
    EXPECT_EQ(fileHash(f.path()), goodBytes);
}

TEST(Refusals, TheIntegrityCheckRunsAloneOnAStoreAlreadyInUse)
{
    StoreFolder f;
    f.create();
    qint64 quotes = 0;
    {
        auto opened = store::Store::open(f.path(), store::Store::Options{false, false});
        ASSERT_TRUE(succeeded(opened));
        quotes = *sql::scalar(opened->connection(), QStringLiteral("SELECT rootpage FROM sqlite_schema WHERE name = 'quote'"));
        ASSERT_TRUE(succeeded(opened->connection().exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"))));
    }
    // The store is shown before it is checked: opened without the check, and read from.
    auto shown = store::Store::open(f.path(), store::Store::Options{false, true});
    ASSERT_TRUE(succeeded(shown));
    // The check, as the app runs it then: on a thread of its own, through a read-only connection of its own.
    const auto checkedOnAWorker = [&] {
        std::pair<Result<QStringList>, Status> outcome{QStringList(), success()};
        std::thread worker([&] {
            auto reader = sql::Connection::open(f.path(), sql::Connection::Mode::ReadOnly);
            ASSERT_TRUE(succeeded(reader));
            outcome = {store::integrityProblems(*reader), store::checkIntegrity(*reader)};
        });
        worker.join();
        return outcome;
    };
    const auto whole = checkedOnAWorker();
    ASSERT_TRUE(succeeded(whole.first));
    EXPECT_TRUE(whole.first->isEmpty());
    EXPECT_TRUE(succeeded(whole.second));
    // A failing disk scribbles over the quotes' table; the schema, read on open, is untouched.
    {
        QFile file(f.path());
        ASSERT_TRUE(file.open(QIODevice::ReadWrite));
        file.seek((quotes - 1) * 4096 + 16);
        file.write(QByteArray(1000, '\xA5'));
    }
    const QByteArray damagedBytes = fileHash(f.path());
    const auto damaged = checkedOnAWorker();
    ASSERT_TRUE(succeeded(damaged.first));
    EXPECT_FALSE(damaged.first->isEmpty());
    EXPECT_LE(damaged.first->size(), 3);
    ASSERT_FALSE(damaged.second.ok());
    EXPECT_EQ(sql::failureOf(damaged.second.error()), sql::Failure::Damaged);
    EXPECT_TRUE(damaged.second.message().contains(f.path())) << damaged.second.message().toStdString();
    EXPECT_EQ(fileHash(f.path()), damagedBytes); // found, not touched
}

TEST(Refusals, ARestoreThatCannotMoveTheLogAsideChangesNothing)
{
    QTemporaryDir dir;
    // The store and its log may have this name, but the log cannot be moved aside to
    // "<name>.damaged-<time>-wal": that is longer than a file name may be (255 bytes), even for root.
    const QString storePath = dir.filePath(QString(225, QLatin1Char('s')));
    const QString log = storePath + QStringLiteral("-wal");
    for (const QString &file : {storePath, log}) {
        QFile damaged(file);
        ASSERT_TRUE(damaged.open(QIODevice::WriteOnly)) << file.toStdString();
        damaged.write(QByteArray(8192, '\xA5'));
    }
    const QString backupPath = dir.filePath(QStringLiteral("backup.db"));
    {
        auto backup = sql::Connection::open(backupPath);
        ASSERT_TRUE(succeeded(backup));
        ASSERT_TRUE(succeeded(backup->exec(QStringLiteral("CREATE TABLE kept (x); INSERT INTO kept VALUES (1);"))));
    }
    const QByteArray storeBytes = fileHash(storePath), logBytes = fileHash(log);
    const QStringList before = QDir(dir.path()).entryList(QDir::Files);

    auto restored = store::restoreBackup(storePath, backupPath);
    ASSERT_FALSE(restored.ok());
    EXPECT_TRUE(restored.message().contains(log)) << restored.message().toStdString();
    EXPECT_TRUE(restored.message().contains(QStringLiteral("nothing was changed"))) << restored.message().toStdString();
    // The store went aside first; it is back, with its log, and nothing half-restored is left.
    EXPECT_EQ(fileHash(storePath), storeBytes);
    EXPECT_EQ(fileHash(log), logBytes);
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files), before);
}

TEST(Backups, MadeBeforeAnUpgradeAndOnceADayAndTheNewestFewKept)
{
    StoreFolder f;
    {
        // A store of an earlier schema: every migration but the last.
        auto db = sql::Connection::open(f.path());
        ASSERT_TRUE(succeeded(db));
        auto migrations = store::embeddedMigrations();
        ASSERT_TRUE(succeeded(migrations));
        ASSERT_GE(migrations->size(), 2);
        ASSERT_TRUE(succeeded(store::migrate(*db, migrations->mid(0, migrations->size() - 1))));
    }
    ASSERT_TRUE(succeeded(store::Store::open(f.path())));
    auto backups = store::listBackups(f.path());
    ASSERT_EQ(backups.size(), 1);
    EXPECT_EQ(backups.first().reason, QStringLiteral("before-upgrade-to-v%1").arg(store::latestSchemaVersion()));
    {
        auto old = sql::Connection::open(backups.first().path, sql::Connection::Mode::ReadOnly);
        ASSERT_TRUE(succeeded(old));
        EXPECT_EQ(*old->userVersion(), store::latestSchemaVersion() - 1);
    }
    // A day of use: one backup a day, however often the store is opened. Today already has one.
    const store::Store::Options daily{false, false, false, true};
    ASSERT_TRUE(succeeded(store::Store::open(f.path(), daily)));
    EXPECT_EQ(store::listBackups(f.path()).size(), 1);
    QFile::remove(backups.first().path);
    ASSERT_TRUE(succeeded(store::Store::open(f.path(), daily)));
    ASSERT_TRUE(succeeded(store::Store::open(f.path(), daily)));
    backups = store::listBackups(f.path());
    EXPECT_EQ(std::count_if(backups.begin(), backups.end(), [](const auto &b) { return b.reason == QLatin1String("daily"); }), 1);
    EXPECT_TRUE(store::hasBackupToday(f.path()));
    // Only the newest few are kept.
    auto opened = store::Store::open(f.path());
    ASSERT_TRUE(succeeded(opened));
    for (int i = 0; i < store::kKeptBackups + 3; ++i)
        ASSERT_TRUE(succeeded(store::makeBackup(opened->connection(), f.path(), QStringLiteral("test"))));
    EXPECT_EQ(store::listBackups(f.path()).size(), store::kKeptBackups);
    EXPECT_TRUE(QDir(store::backupFolder(f.path())).entryList({QStringLiteral("*.partial")}).isEmpty());
}
