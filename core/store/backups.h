// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace standpoint::sql {
class Connection;
}

namespace standpoint::store {

// How many backups of one store are kept; older ones are deleted as new ones are made.
constexpr int kKeptBackups = 5;

struct BackupInfo
{
    QString path;
    QDateTime made;  // local time, from the file's name
    QString reason;  // "daily", or "before-upgrade-to-v3"
    qint64 bytes = 0;
};

// The folder holding a store's backups: "backups" beside the store.
QString backupFolder(const QString &storePath);

// Copies the open store with SQLite's backup API into the backup folder (written under a temporary
// name, then renamed, so a half-made backup never looks like one), then keeps the newest few.
Result<BackupInfo> makeBackup(sql::Connection &db, const QString &storePath, const QString &reason);

// The store's backups, newest first.
QList<BackupInfo> listBackups(const QString &storePath);

// True when a backup made today exists.
bool hasBackupToday(const QString &storePath);

// Whether a file is a store SQLite can read whole: it opens, and PRAGMA quick_check says ok.
// Returns the problem found, or an empty string.
QString storeProblem(const QString &path);

// Puts a backup in the store's place. The damaged store is never overwritten: it is renamed to
// "<name>.damaged-<time>" first (with its -wal and -shm files), and its new path returned.
// The backup must pass the same check as a store.
Result<QString> restoreBackup(const QString &storePath, const QString &backupPath);

} // namespace standpoint::store
