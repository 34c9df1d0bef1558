// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "core/sqlite/query.h"
#include "core/sqlite/transaction.h"
#include "core/store/migrator.h"
#include "core/store/store.h"
#include "tests/support/testpack.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>

#include <sqlite3.h>

using namespace standpoint;
using standpoint::fixtures::succeeded;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

Result<sql::Connection> rawConnection(const QString &path)
{
    return sql::Connection::open(path);
}

// A connection to a new store at schema `version`, to fill with rows of that version before upgrading.
Result<sql::Connection> storeAtVersion(const QString &path, int version)
{
    auto db = rawConnection(path);
    if (!db)
        return db.error();
    auto all = store::embeddedMigrations();
    if (!all)
        return all.error();
    if (all->size() <= version)
        return Error{QStringLiteral("there is no migration after version %1").arg(version)};
    if (Status done = store::migrate(*db, all->mid(0, version)); !done)
        return done.error();
    return db;
}

// Brings a store up to the latest schema.
Status upgrade(sql::Connection &db)
{
    auto all = store::embeddedMigrations();
    if (!all)
        return all.error();
    return store::migrate(db, *all);
}

} // namespace

TEST(Migrations, FreshStoreReachesLatestVersion)
{
    fixtures::TempStore temp;
    auto store = store::Store::open(temp.path(), store::Store::Options{false, false});
    ASSERT_TRUE(succeeded(store));
    auto version = store->connection().userVersion();
    ASSERT_TRUE(succeeded(version));
    EXPECT_GE(*version, 1);
    EXPECT_EQ(*version, store::latestSchemaVersion());
    auto tables = sql::scalar(store->connection(),
                              QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name IN ('document', 'quote', "
                                             "'stance', 'annotation', 'reading_set', 'search_index')"));
    ASSERT_TRUE(succeeded(tables));
    EXPECT_EQ(*tables, 6);
}

TEST(Migrations, EmbeddedMigrationsAreNumberedFromOne)
{
    auto migrations = store::embeddedMigrations();
    ASSERT_TRUE(succeeded(migrations));
    ASSERT_FALSE(migrations->isEmpty());
    for (qsizetype i = 0; i < migrations->size(); ++i)
        EXPECT_EQ((*migrations)[i].version, i + 1);
}

TEST(Migrations, EmbeddedMigrationsAreReadOncePerProcess)
{
    auto first = store::embeddedMigrations();
    auto second = store::embeddedMigrations();
    ASSERT_TRUE(succeeded(first) && succeeded(second));
    // The same list, not a second reading of the files.
    EXPECT_EQ(first->constData(), second->constData());
}

TEST(Migrations, AFolderWithAGapInItsNumbersIsRefused)
{
    QTemporaryDir folder;
    for (const char *name : {"001_a.sql", "003_c.sql"}) {
        QFile f(folder.filePath(QString::fromLatin1(name)));
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("CREATE TABLE x (y);");
    }
    auto read = store::readMigrations(folder.path());
    ASSERT_FALSE(read.ok());
    EXPECT_TRUE(read.message().contains(QLatin1String("003_c.sql"))) << read.message().toStdString();
}

TEST(Migrations, AStoreUpgradedWhileWaitingForTheLockIsNotUpgradedAgain)
{
    fixtures::TempStore temp;
    auto first = rawConnection(temp.path());
    auto second = rawConnection(temp.path());
    ASSERT_TRUE(succeeded(first) && succeeded(second));
    const QList<store::Migration> v2 = {{1, QStringLiteral("001_a.sql"), QStringLiteral("CREATE TABLE a (x);")},
                                        {2, QStringLiteral("002_b.sql"), QStringLiteral("INSERT INTO a VALUES (1);")}};
    ASSERT_TRUE(succeeded(store::migrate(*first, v2.mid(0, 1))));
    // One program is upgrading: it holds the write lock, its work not yet committed.
    auto upgrading = sql::Transaction::begin(*first);
    ASSERT_TRUE(succeeded(upgrading));
    ASSERT_TRUE(succeeded(store::migrate(*first, v2)));
    // A second finds schema 1 and waits for the lock; while it waits, the first commits.
    struct Waiting
    {
        sql::Transaction *upgrading = nullptr;
        bool committed = false;
    } waiting{.upgrading = &*upgrading};
    sqlite3_busy_handler(
        second->handle(),
        [](void *context, int) {
            auto *w = static_cast<Waiting *>(context);
            if (!w->committed)
                w->committed = w->upgrading->commit().ok();
            return 1; // try again
        },
        &waiting);
    ASSERT_TRUE(succeeded(store::migrate(*second, v2)));
    EXPECT_TRUE(waiting.committed);
    EXPECT_EQ(*second->userVersion(), 2);
    EXPECT_EQ(*sql::scalar(*second, QStringLiteral("SELECT count(*) FROM a")), 1); // step 2 ran once
}

TEST(Migrations, UpgradeAppliesOnlyPendingStepsInOneTransaction)
{
    fixtures::TempStore temp;
    auto db = rawConnection(temp.path());
    ASSERT_TRUE(succeeded(db));
    const QList<store::Migration> v1 = {{1, QStringLiteral("001_a.sql"), QStringLiteral("CREATE TABLE a (x);")}};
    ASSERT_TRUE(succeeded(store::migrate(*db, v1)));
    QList<store::Migration> v3 = v1;
    v3 << store::Migration{2, QStringLiteral("002_b.sql"), QStringLiteral("CREATE TABLE b (x);")}
       << store::Migration{3, QStringLiteral("003_c.sql"), QStringLiteral("INSERT INTO a VALUES (1);")};
    ASSERT_TRUE(succeeded(store::migrate(*db, v3)));
    EXPECT_EQ(*db->userVersion(), 3);
    EXPECT_EQ(*sql::scalar(*db, QStringLiteral("SELECT count(*) FROM a")), 1);
}

TEST(Migrations, FailedUpgradeLeavesStoreAsItWas)
{
    fixtures::TempStore temp;
    auto db = rawConnection(temp.path());
    ASSERT_TRUE(succeeded(db));
    const QList<store::Migration> v1 = {{1, QStringLiteral("001_a.sql"), QStringLiteral("CREATE TABLE a (x);")}};
    ASSERT_TRUE(succeeded(store::migrate(*db, v1)));
    QList<store::Migration> broken = v1;
    broken << store::Migration{2, QStringLiteral("002_b.sql"), QStringLiteral("CREATE TABLE b (x);")}
           << store::Migration{3, QStringLiteral("003_bad.sql"), QStringLiteral("THIS IS NOT SQL;")};
    auto result = store::migrate(*db, broken);
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(result.message().contains(QLatin1String("003_bad.sql")));
    EXPECT_EQ(*db->userVersion(), 1);
    EXPECT_EQ(*sql::scalar(*db, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'b'")), 0);
}

TEST(Migrations, NewerStoreIsRefusedAndLeftUnmodified)
{
    fixtures::TempStore temp;
    {
        auto db = rawConnection(temp.path());
        ASSERT_TRUE(succeeded(db));
        ASSERT_TRUE(succeeded(db->exec(QStringLiteral("CREATE TABLE future (x); PRAGMA user_version = 999;"))));
    }
    const QByteArray before = fileHash(temp.path());
    auto store = store::Store::open(temp.path());
    ASSERT_FALSE(store.ok());
    EXPECT_TRUE(store.message().contains(QLatin1String("newer version"))) << store.message().toStdString();
    EXPECT_TRUE(store.message().contains(QLatin1String("not changed")));
    EXPECT_EQ(fileHash(temp.path()), before);
    EXPECT_FALSE(QFile::exists(temp.path() + QStringLiteral("-wal")));
}

TEST(Migrations, ForeignDatabaseIsRefused)
{
    fixtures::TempStore temp;
    {
        auto db = rawConnection(temp.path());
        ASSERT_TRUE(succeeded(db));
        ASSERT_TRUE(succeeded(db->exec(QStringLiteral("CREATE TABLE customers (name TEXT);"))));
    }
    const QByteArray before = fileHash(temp.path());
    auto store = store::Store::open(temp.path());
    ASSERT_FALSE(store.ok());
    EXPECT_TRUE(store.message().contains(QLatin1String("not a Standpoint store"))) << store.message().toStdString();
    EXPECT_EQ(fileHash(temp.path()), before);
}

TEST(Migrations, FileThatIsNotADatabaseIsRefused)
{
    fixtures::TempStore temp;
    {
        QFile f(temp.path());
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
    }
    auto store = store::Store::open(temp.path());
    ASSERT_FALSE(store.ok());
    EXPECT_TRUE(store.message().contains(QLatin1String("not a Standpoint store"))) << store.message().toStdString();
}

TEST(Migrations, ConnectionEnforcesForeignKeys)
{
    fixtures::TempStore temp;
    auto db = temp.open();
    auto bad = db.exec(QStringLiteral("INSERT INTO quote (document_id, start, end, text) VALUES (12345, 0, 1, 'x')"));
    EXPECT_FALSE(bad.ok());
}

TEST(Migrations, Version5MovesEverySentenceIntoItsParagraph)
{
    fixtures::TempStore temp;
    auto db = storeAtVersion(temp.path(), 4);
    ASSERT_TRUE(succeeded(db));
    ASSERT_TRUE(succeeded(db->exec(QStringLiteral(
        "INSERT INTO debate (id, key, title, pack_format, loaded_at) VALUES (1, 'd', 'D', 1, '2026-01-01');"
        "INSERT INTO document (id, debate_id, key, title, received_text, cleaned_text) VALUES (1, 1, 'a', 'A', 'One. Two.\n\nX', 'One. Two.\n\nX');"
        "INSERT INTO paragraph (id, document_id, ord, start, end, kind) VALUES (7, 1, 0, 0, 9, 'body'), (8, 1, 1, 11, 12, 'heading');"
        "INSERT INTO sentence (paragraph_id, start, end) VALUES (7, 5, 9), (7, 0, 4);"))));
    ASSERT_TRUE(succeeded(upgrade(*db)));
    EXPECT_EQ(*db->userVersion(), store::latestSchemaVersion());
    auto sentences = db->prepare(QStringLiteral("SELECT group_concat(sentences, ' ') FROM (SELECT sentences FROM paragraph ORDER BY id)"));
    ASSERT_TRUE(succeeded(sentences));
    ASSERT_TRUE(*sentences->step());
    EXPECT_EQ(sentences->text(0), QStringLiteral("[[0,4],[5,9]] []")); // in order; a paragraph without any has an empty list
    EXPECT_EQ(*sql::scalar(*db, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'sentence'")), 0);
    // A list that is not JSON is refused.
    EXPECT_FALSE(db->exec(QStringLiteral("UPDATE paragraph SET sentences = '[[0,4' WHERE id = 7")).ok());
}

TEST(Migrations, Version6IndexesTheStoredTextWithoutACopy)
{
    fixtures::TempStore temp;
    auto db = storeAtVersion(temp.path(), 5);
    ASSERT_TRUE(succeeded(db));
    // The second paragraph follows a character beyond the basic plane (two UTF-16 units, four UTF-8 bytes)
    // and an accented one (one unit, two bytes).
    const QString text = QStringLiteral("Caf\u00e9 \U0001F600 talks.\n\nPipelines to China.");
    const qsizetype second = text.indexOf(QStringLiteral("Pipelines"));
    auto insert = db->prepare(QStringLiteral(
        "INSERT INTO debate (id, key, title, pack_format, loaded_at) VALUES (1, 'd', 'D', 1, '2026-01-01')"));
    ASSERT_TRUE(succeeded(insert));
    ASSERT_TRUE(succeeded(insert->run()));
    auto document = db->prepare(QStringLiteral("INSERT INTO document (id, debate_id, key, title, received_text, cleaned_text) "
                                               "VALUES (1, 1, 'a', 'A', '', ?1)"));
    ASSERT_TRUE(succeeded(document));
    document->bind(1, text);
    ASSERT_TRUE(succeeded(document->run()));
    auto paragraph = db->prepare(QStringLiteral("INSERT INTO paragraph (id, document_id, ord, start, end, kind) VALUES "
                                                "(7, 1, 0, 0, ?1, 'body'), (8, 1, 1, ?2, ?3, 'body');"
                                                "INSERT INTO search_index (body, kind, ref_id, document_id) VALUES ('x', 'passage', 7, 1)"));
    ASSERT_TRUE(succeeded(paragraph));
    paragraph->bind(1, qint64(text.indexOf(QLatin1Char('\n')))).bind(2, qint64(second)).bind(3, qint64(text.size()));
    ASSERT_TRUE(succeeded(paragraph->run()));
    ASSERT_TRUE(succeeded(db->exec(QStringLiteral(
        "INSERT INTO annotation (id, uuid, document_id, start, end, anchor_text, color, note, created_at, updated_at) "
        "VALUES (3, 'u', 1, 0, 4, 'Caf', 'yellow', 'a note on gas', '2026-01-01', '2026-01-01')"))));

    ASSERT_TRUE(succeeded(upgrade(*db)));
    // The copy is gone; the index reads every text where it is kept, and matches it.
    EXPECT_EQ(*sql::scalar(*db, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'search_index_content'")), 0);
    EXPECT_TRUE(succeeded(db->exec(QStringLiteral("INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 1)"))));
    auto body = db->prepare(QStringLiteral("SELECT body FROM search_index WHERE rowid = 8"));
    ASSERT_TRUE(succeeded(body));
    ASSERT_TRUE(*body->step());
    EXPECT_EQ(body->text(0), QStringLiteral("Pipelines to China."));
    EXPECT_EQ(*sql::scalar(*db, QStringLiteral("SELECT rowid FROM search_index WHERE search_index MATCH 'talks'")), 7);
    EXPECT_EQ(*sql::scalar(*db, QStringLiteral("SELECT rowid FROM search_index WHERE search_index MATCH 'pipeline'")), 8);
    // Notes are rows of their own kind (3 in the bits from the 40th), and follow their edits and removal.
    EXPECT_EQ(*sql::scalar(*db, QStringLiteral("SELECT rowid FROM search_index WHERE search_index MATCH 'gas'")), (qint64(3) << 40) | 3);
    ASSERT_TRUE(succeeded(db->exec(QStringLiteral("UPDATE annotation SET note = 'now on oil' WHERE id = 3"))));
    EXPECT_EQ(*sql::scalar(*db, QStringLiteral("SELECT count(*) FROM search_index WHERE search_index MATCH 'gas'")), 0);
    EXPECT_EQ(*sql::scalar(*db, QStringLiteral("SELECT count(*) FROM search_index WHERE search_index MATCH 'oil'")), 1);
    ASSERT_TRUE(succeeded(db->exec(QStringLiteral("DELETE FROM annotation WHERE id = 3"))));
    EXPECT_EQ(*sql::scalar(*db, QStringLiteral("SELECT count(*) FROM search_index WHERE search_index MATCH 'oil'")), 0);
    EXPECT_TRUE(succeeded(db->exec(QStringLiteral("INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 1)"))));
}
