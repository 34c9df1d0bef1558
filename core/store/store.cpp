// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "core/store/store.h"

#include "core/pack/packloader.h"
#include "core/sqlite/query.h"
#include "core/sqlite/statement.h"
#include "core/store/checkpointer.h"
#include "core/store/migrator.h"
#include "core/store/backups.h"
#include "core/store/integrity.h"
#include "core/sqlite/sqliteerror.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace standpoint::store {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(Store) };

// A store we did not create has tables but no user_version; refuse it rather than write to it.
Result<bool> isForeignDatabase(sql::Connection &db)
{
    auto version = db.userVersion();
    if (!version)
        return version.error();
    if (*version > 0)
        return false;
    auto stmt = db.prepare(QStringLiteral("SELECT count(*) FROM sqlite_schema"));
    if (!stmt)
        return stmt.error();
    auto row = stmt->step();
    if (!row)
        return row.error();
    return stmt->integer(0) > 0;
}
} // namespace

Result<bool> Store::hasNoDebate()
{
    auto count = m_db.prepare(QStringLiteral("SELECT count(*) FROM debate"));
    if (!count)
        return count.error();
    auto row = count->step();
    if (!row)
        return row.error();
    return count->integer(0) == 0;
}

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
    auto version = db->userVersion();
    if (!version)
        return version.error();
    const int latest = int(migrations->size());
    if (*version > latest)
        return migrate(*db, *migrations).error(); // refuses without writing
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
    if (*version > 0 && *version < latest) {
        // Keep the store as it was before changing its schema.
        auto backup = makeBackup(*db, path, QStringLiteral("before-upgrade-to-v%1").arg(latest));
        if (!backup)
            return Error{Tr::tr("The store %1 needs an upgrade, but it could not be backed up first, so it was left as it was: %2")
                             .arg(path, backup.message()), backup.error().code};
    }
    if (Status migrated = migrate(*db, *migrations); !migrated)
        return migrated.error();
    QStringList notices;
    if (options.dailyBackup && *version > 0 && !hasBackupToday(path)) {
        // A failed daily backup does not stop the work; the user is told.
        if (auto backup = makeBackup(*db, path, QStringLiteral("daily")); !backup)
            notices << backup.message();
    }
    Store store(std::move(*db));
    store.m_notices = notices;
    // The checkpointer goes with the connection (which callers may take out of the store) and stops
    // before it closes.
    store.m_db.attached<CheckpointsElsewhere>().checkpointer = Checkpointer::start(store.m_db);
    if (options.loadBundledPack) {
        auto empty = store.hasNoDebate();
        if (!empty)
            return empty.error();
        if (*empty) {
            auto loaded = pack::loadPack(store.m_db, pack::bundledPackPath());
            if (!loaded)
                return Error{Tr::tr("The bundled debate could not be loaded: %1").arg(loaded.message())};
        }
    }
    return store;
}

} // namespace standpoint::store
