// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include "core/result.h"

#include <QList>
#include <QString>

#include <memory>

class QLockFile;

namespace standpoint::sql {
class Connection;
}

namespace standpoint::importing {

// Marks documents and positions an import has written as not yet imported, before it commits a step.
Status markPendingImport(sql::Connection &db, const QList<qint64> &documentIds, const QList<qint64> &positionIds);
// The import's last step: what it marked is imported after all.
Status clearPendingImport(sql::Connection &db);
// Removes what an unfinished import committed (its documents with their text, passages in the search
// index, and the positions it made), in one transaction; a store without any is left untouched.
// Returns how many documents were removed. Only the import itself calls it (on a Stop or an error).
Result<int> removePendingImport(sql::Connection &db);
// The same, when opening a store, for an import whose program is gone (a crash): an import still running
// in another program holds a lock file beside the store ("<store>.import-lock") and is left alone.
Result<int> removeAbandonedImport(sql::Connection &db);

// Held by an import from its first committed step until it ends, so that no other program takes its
// steps for an abandoned import.
class PendingImportLock
{
public:
    explicit PendingImportLock(const QString &storePath);
    ~PendingImportLock();
    PendingImportLock(const PendingImportLock &) = delete;
    PendingImportLock &operator=(const PendingImportLock &) = delete;
    // False when the lock could not be taken (another import holds it, or the folder cannot be written).
    bool isHeld() const;

private:
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace standpoint::importing
