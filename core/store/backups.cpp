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
    do {
        rc = sqlite3_backup_step(backup, 256);
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
    if (QFileInfo::exists(storePath)) {
        if (!QFile::rename(storePath, damaged))
            return Error{Tr::tr("Cannot move the damaged store %1 aside; nothing was changed").arg(storePath)};
        for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            if (QFileInfo::exists(storePath + suffix))
                QFile::rename(storePath + suffix, damaged + suffix);
        }
    }
    auto source = sql::Connection::open(backupPath, sql::Connection::Mode::ReadOnly);
    Status copied = source ? copyDatabase(source->handle(), storePath) : Status(source.error());
    if (!copied) {
        QFile::remove(storePath);
        QFile::rename(damaged, storePath); // put things back as they were
        return Error{Tr::tr("Could not restore %1: %2").arg(backupPath, copied.message())};
    }
    return damaged;
}

} // namespace standpoint::store
