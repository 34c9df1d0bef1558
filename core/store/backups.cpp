// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "core/store/backups.h"

#include "core/sqlite/connection.h"
#include "core/sqlite/sqliteerror.h"
#include "core/store/integrity.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <sqlite3.h>

namespace standpoint::store {

namespace {

struct Tr { Q_DECLARE_TR_FUNCTIONS(Store) };

const QString kTimeFormat = QStringLiteral("yyyyMMdd-HHmmss-zzz");

// Copies `from` into the database at `to` page by page, with SQLite's online backup API.
Status copyDatabase(sqlite3 *from, const QString &to)
{
    sqlite3 *target = nullptr;
    int rc = sqlite3_open_v2(to.toUtf8().constData(), &target, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (rc != SQLITE_OK) {
        Error error = sql::sqliteError(target, rc);
        sqlite3_close_v2(target);
        return error;
    }
    sqlite3_backup *backup = sqlite3_backup_init(target, "main", from, "main");
    if (!backup) {
        Error error = sql::sqliteError(target, sqlite3_errcode(target));
        sqlite3_close_v2(target);
        return error;
    }
    // All pages in one step, under one read transaction: a backup copied a few pages at a time starts
    // over whenever another connection commits between two steps, and the app's writer commits every
    // edit, so on a large store it might never end.
    do {
        rc = sqlite3_backup_step(backup, -1);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            sqlite3_sleep(20);
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    sqlite3_backup_finish(backup);
    Status result = rc == SQLITE_DONE ? success() : Status(sql::sqliteError(target, rc));
    sqlite3_close_v2(target);
    return result;
}

void prune(const QString &storePath)
{
    const QList<BackupInfo> backups = listBackups(storePath);
    for (qsizetype i = kKeptBackups; i < backups.size(); ++i)
        QFile::remove(backups[i].path);
}

} // namespace

QString backupFolder(const QString &storePath)
{
    return QFileInfo(storePath).absoluteDir().filePath(QStringLiteral("backups"));
}

Result<BackupInfo> makeBackup(sql::Connection &db, const QString &storePath, const QString &reason)
{
    const QString folder = backupFolder(storePath);
    if (!QDir().mkpath(folder))
        return Error{Tr::tr("Cannot create the backup folder %1").arg(folder)};
    BackupInfo info;
    info.made = QDateTime::currentDateTime();
    info.reason = reason;
    const QString base = QFileInfo(storePath).completeBaseName();
    info.path = QDir(folder).filePath(QStringLiteral("%1-%2-%3.db").arg(base, info.made.toString(kTimeFormat), reason));
    for (int n = 1; QFileInfo::exists(info.path); ++n) { // two backups in one millisecond keep both
        info.made = info.made.addMSecs(1);
        info.path = QDir(folder).filePath(QStringLiteral("%1-%2-%3.db").arg(base, info.made.toString(kTimeFormat), reason));
    }
    const QString partial = info.path + QStringLiteral(".partial");
    QFile::remove(partial);
    if (Status copied = copyDatabase(db.handle(), partial); !copied) {
        QFile::remove(partial);
        return Error{Tr::tr("Could not back up the store to %1: %2").arg(info.path, copied.message()), copied.error().code};
    }
    if (!QFile::rename(partial, info.path)) {
        QFile::remove(partial);
        return Error{Tr::tr("Could not finish the backup %1").arg(info.path)};
    }
    info.bytes = QFileInfo(info.path).size();
    prune(storePath);
    return info;
}

QList<BackupInfo> listBackups(const QString &storePath)
{
    const QString base = QFileInfo(storePath).completeBaseName();
    const QRegularExpression name(QStringLiteral("^%1-(\\d{8}-\\d{6}-\\d{3})-([a-z0-9-]+)\\.db$").arg(QRegularExpression::escape(base)));
    QList<BackupInfo> out;
    const QDir folder(backupFolder(storePath));
    for (const QFileInfo &file : folder.entryInfoList({QStringLiteral("*.db")}, QDir::Files)) {
        const auto m = name.match(file.fileName());
        if (!m.hasMatch())
            continue;
        out.append({file.absoluteFilePath(), QDateTime::fromString(m.captured(1), kTimeFormat), m.captured(2), file.size()});
    }
    std::sort(out.begin(), out.end(), [](const BackupInfo &a, const BackupInfo &b) {
        return a.made != b.made ? a.made > b.made : a.path > b.path;
    });
    return out;
}

bool hasBackupToday(const QString &storePath)
{
    const QDate today = QDate::currentDate();
    const QList<BackupInfo> backups = listBackups(storePath);
    return std::any_of(backups.begin(), backups.end(), [&](const BackupInfo &b) { return b.made.date() == today; });
}

QString storeProblem(const QString &path)
{
    if (!QFileInfo::exists(path))
        return Tr::tr("the file does not exist");
    auto db = sql::Connection::open(path, sql::Connection::Mode::ReadOnly);
    if (!db)
        return db.message();
    auto problems = integrityProblems(*db);
    return problems ? problems->join(QStringLiteral("; ")) : problems.message();
}

Result<QString> restoreBackup(const QString &storePath, const QString &backupPath)
{
    if (const QString problem = storeProblem(backupPath); !problem.isEmpty())
        return Error{Tr::tr("The backup %1 cannot be used: %2").arg(backupPath, problem)};
    const QString damaged = storePath + QStringLiteral(".damaged-") + QDateTime::currentDateTime().toString(kTimeFormat);
    // The store's -wal and -shm go aside with it, or not at all: a log left beside the restored file
    // would be read into it as if it were its own, and a store without its log has lost its last commits.
    QList<std::pair<QString, QString>> aside; // from, to
    const auto putBack = [&aside] {
        QStringList stuck;
        for (auto it = aside.crbegin(); it != aside.crend(); ++it) {
            if (!QFile::rename(it->second, it->first))
                stuck << it->second;
        }
        return stuck;
    };
    const auto unchangedOr = [](const QStringList &stuck) {
        return stuck.isEmpty() ? Tr::tr("nothing was changed")
                               : Tr::tr("these could not be put back and keep the store's data: %1").arg(stuck.join(QStringLiteral(", ")));
    };
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        const QString file = storePath + suffix;
        if (!QFileInfo::exists(file))
            continue;
        if (!QFile::rename(file, damaged + suffix)) {
            const QStringList stuck = putBack();
            return Error{Tr::tr("Cannot move %1 aside, so the backup was not restored; %2").arg(file, unchangedOr(stuck))};
        }
        aside.append({file, damaged + suffix});
    }
    // Copied beside the store and renamed into place, so the store's name never holds half a copy.
    const QString partial = storePath + QStringLiteral(".restoring");
    QFile::remove(partial);
    auto source = sql::Connection::open(backupPath, sql::Connection::Mode::ReadOnly);
    Status copied = source ? copyDatabase(source->handle(), partial) : Status(source.error());
    if (copied && !QFile::rename(partial, storePath))
        copied = Error{Tr::tr("cannot rename %1 to %2").arg(partial, storePath)};
    if (!copied) {
        QFile::remove(partial);
        QFile::remove(partial + QStringLiteral("-journal"));
        const QStringList stuck = putBack();
        return Error{Tr::tr("Could not restore %1: %2; %3").arg(backupPath, copied.message(), unchangedOr(stuck))};
    }
    return damaged;
}

} // namespace standpoint::store
