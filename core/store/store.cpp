// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "core/store/store.h"

#include "core/import/pendingimport.h"
#include "core/pack/packloader.h"
#include "core/sqlite/query.h"
#include "core/sqlite/statement.h"
#include "core/sqlite/transaction.h"
#include "core/store/checkpointer.h"
#include "core/store/migrator.h"
#include "core/store/backups.h"
#include "core/store/integrity.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace standpoint::store {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(Store) };

// How long an open waits for the write lock while another program upgrades the store or loads the
// bundled debate into it: that work is done once, takes longer than an ordinary write, and must not
// make the others fail.
constexpr int kFirstUseWait = 30000; // milliseconds

// A store we did not create has tables but no user_version; refuse it rather than write to it. Both are
// read in one statement, so a store that another program is creating at this moment is seen either
// before it has tables or once it has its version, never in between.
Result<bool> isForeignDatabase(sql::Connection &db)
{
    auto stmt = db.prepare(QStringLiteral("SELECT user_version, (SELECT count(*) FROM sqlite_schema) FROM pragma_user_version"));
    if (!stmt)
        return stmt.error();
    auto row = stmt->step();
    if (!row)
        return row.error();
    return stmt->integer(0) == 0 && stmt->integer(1) > 0;
}

Result<bool> hasNoDebate(sql::Connection &db)
{
    auto count = sql::scalar(db, QStringLiteral("SELECT count(*) FROM debate"));
    if (!count)
        return count.error();
    return *count == 0;
}

// Upgrades the store (backed up first) and gives it the bundled debate if it has none, under one write
// lock. Several programs opening one new or older store at once each look only once they hold the lock,
// so the first does the work and the others find it done: one upgrade, one backup, one debate.
Status prepareForUse(sql::Connection &db, const QList<Migration> &migrations, bool loadBundledPack)
{
    const int latest = int(migrations.size());
    // Without the lock, a look can only tell that nothing is to be done: a store at the latest schema
    // stays there, and a debate once loaded stays. Then no open waits on another program's long write.
    auto seen = db.userVersion();
    if (!seen)
        return seen.error();
    if (*seen == latest) {
        auto empty = loadBundledPack ? hasNoDebate(db) : Result<bool>(false);
        if (!empty)
            return empty.error();
        if (!*empty)
            return success();
    }
    const int usualWait = db.busyTimeout();
    db.setBusyTimeout(kFirstUseWait);
    auto transaction = sql::Transaction::begin(db);
    db.setBusyTimeout(usualWait);
    if (!transaction)
        return transaction.error();
    auto version = schemaVersion(db, latest);
    if (!version)
        return version.error();
    if (*version > 0 && *version < latest) {
        // Keep the store as it was before changing its schema. SQLite copies nothing from a connection in
        // the middle of a write, so the backup reads through one of its own, which sees the store as it
        // was before this transaction.
        auto reader = sql::Connection::open(db.path(), sql::Connection::Mode::ReadOnly);
        auto backup = reader ? makeBackup(*reader, db.path(), QStringLiteral("before-upgrade-to-v%1").arg(latest))
                             : Result<BackupInfo>(reader.error());
        if (!backup)
            return Error{Tr::tr("The store %1 needs an upgrade, but it could not be backed up first, so it was left as it was: %2")
                             .arg(db.path(), backup.message()), backup.error().code};
    }
    if (Status migrated = migrate(db, migrations); !migrated)
        return migrated;
    if (loadBundledPack) {
        auto empty = hasNoDebate(db);
        if (!empty)
            return empty.error();
        if (*empty) {
            // A savepoint of this transaction: the debate is loaded only if no one else loaded one first.
            auto loaded = pack::loadPack(db, pack::bundledPackPath());
            if (!loaded)
                return Error{Tr::tr("The bundled debate could not be loaded: %1").arg(loaded.message())};
        }
    }
    return transaction->commit();
}
} // namespace

QString Store::defaultPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(QStringLiteral("standpoint.db"));
}

Result<Store> Store::open(const QString &path, Options options)
{
    const QFileInfo info(path);
    if (options.readOnly && !info.exists())
        return Error{Tr::tr("The store %1 does not exist").arg(path)};
    if (!options.readOnly && !QDir().mkpath(info.absolutePath()))
        return Error{Tr::tr("Cannot create the folder %1 for the store").arg(info.absolutePath())};
    if (!options.readOnly) {
        // A file or folder marked read-only is respected, even by a user (such as root) who could write it anyway.
        const auto writeBits = QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther;
        if (info.exists() && !(QFile::permissions(path) & writeBits))
            return Error{Tr::tr("The store %1 is read-only, so Standpoint cannot save to it; make it writable, or copy it to a "
                            "folder of yours and open the copy with --db").arg(path)};
        if (!(QFile::permissions(info.absolutePath()) & writeBits))
            return Error{Tr::tr("The folder %1 is read-only, so Standpoint cannot save the store %2 there; choose another folder "
                            "with --db").arg(info.absolutePath(), info.fileName())};
    }
    auto db = sql::Connection::open(path, options.readOnly ? sql::Connection::Mode::ReadOnly
                                                           : sql::Connection::Mode::ReadWrite);
    if (!db)
        return db.error();
    auto foreign = isForeignDatabase(*db);
    if (!foreign)
        return Error{Tr::tr("%1 is not a Standpoint store (%2)").arg(path, foreign.message())};
    if (*foreign)
        return Error{Tr::tr("%1 is an SQLite database, but not a Standpoint store; it was not changed").arg(path)};
    auto migrations = embeddedMigrations();
    if (!migrations)
        return migrations.error();
    const int latest = int(migrations->size());
    auto version = schemaVersion(*db, latest);
    if (!version)
        return version.error();
    if (options.checkIntegrity) {
        if (Status whole = checkIntegrity(*db); !whole)
            return whole.error();
    }
    if (options.readOnly) {
        if (*version < latest)
            return Error{Tr::tr("The store %1 needs an upgrade; open it once for writing").arg(path)};
        return Store(std::move(*db));
    }
    if (Status wal = db->enableWriteAheadLog(); !wal)
        return Error{Tr::tr("Cannot write to the store %1: %2").arg(path, wal.message())};
    Store store(std::move(*db));
    // The checkpointer goes with the connection (which callers may take out of the store) and stops
    // before it closes.
    store.m_db.attached<CheckpointsElsewhere>().checkpointer = Checkpointer::start(store.m_db);
    if (Status prepared = prepareForUse(store.m_db, *migrations, options.loadBundledPack); !prepared)
        return prepared.error();
    // An import cut short by a crash after it had committed steps is taken back: all of it or none.
    if (auto removed = importing::removeAbandonedImport(store.m_db); !removed)
        return Error{Tr::tr("The store %1 holds an unfinished import that could not be taken back: %2").arg(path, removed.message())};
    if (options.dailyBackup && *version > 0 && !hasBackupToday(path)) {
        // A failed daily backup does not stop the work; the user is told.
        if (auto backup = makeBackup(store.m_db, path, QStringLiteral("daily")); !backup)
            store.m_notices << backup.message();
    }
    return store;
}

} // namespace standpoint::store
