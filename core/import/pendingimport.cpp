// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "core/import/pendingimport.h"

#include "core/sqlite/query.h"
#include "core/sqlite/transaction.h"

#include <QLockFile>

namespace standpoint::importing {

namespace {

std::unique_ptr<QLockFile> importLock(const QString &storePath)
{
    auto lock = std::make_unique<QLockFile>(storePath + QStringLiteral(".import-lock"));
    lock->setStaleLockTime(0); // only a lock whose process is gone is stale
    return lock;
}

} // namespace

PendingImportLock::PendingImportLock(const QString &storePath) : m_lock(importLock(storePath))
{
    if (!m_lock->tryLock(0))
        m_lock.reset();
}

PendingImportLock::~PendingImportLock() = default;

bool PendingImportLock::isHeld() const { return m_lock != nullptr; }

Status markPendingImport(sql::Connection &db, const QList<qint64> &documentIds, const QList<qint64> &positionIds)
{
    for (const qint64 id : documentIds) {
        if (Status done = sql::forEachCachedRow(db, QStringLiteral("INSERT OR IGNORE INTO pending_import_document (document_id) VALUES (?)"),
                                                {id}, [](const sql::Statement &) {});
            !done)
            return done;
    }
    for (const qint64 id : positionIds) {
        if (Status done = sql::forEachCachedRow(db, QStringLiteral("INSERT OR IGNORE INTO pending_import_position (position_id) VALUES (?)"),
                                                {id}, [](const sql::Statement &) {});
            !done)
            return done;
    }
    return success();
}

Status clearPendingImport(sql::Connection &db)
{
    if (Status done = db.exec(QStringLiteral("DELETE FROM pending_import_document")); !done)
        return done;
    return db.exec(QStringLiteral("DELETE FROM pending_import_position"));
}

Result<int> removePendingImport(sql::Connection &db)
{
    auto pending = sql::scalar(db, QStringLiteral("SELECT (SELECT count(*) FROM pending_import_document) + "
                                                  "(SELECT count(*) FROM pending_import_position)"));
    if (!pending)
        return pending.error();
    if (*pending == 0)
        return 0;
    auto documents = sql::scalar(db, QStringLiteral("SELECT count(*) FROM pending_import_document"));
    if (!documents)
        return documents.error();
    auto transaction = sql::Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    // The index reads passages from the documents' text, so each passage is taken out of it (FTS5's
    // 'delete', which needs the text as indexed) while the text is still there.
    if (Status done = db.exec(QStringLiteral(
            "INSERT INTO search_index (search_index, rowid, body) "
            "SELECT 'delete', p.id, CAST(substr(CAST(d.cleaned_text AS BLOB), p.utf8_start + 1, p.utf8_end - p.utf8_start) AS TEXT) "
            "FROM pending_import_document pd JOIN document d ON d.id = pd.document_id JOIN paragraph p ON p.document_id = d.id"));
        !done)
        return done.error();
    if (Status done = db.exec(QStringLiteral("DELETE FROM document WHERE id IN (SELECT document_id FROM pending_import_document)")); !done)
        return done.error();
    if (Status done = db.exec(QStringLiteral("DELETE FROM position WHERE id IN (SELECT position_id FROM pending_import_position)")); !done)
        return done.error();
    if (Status done = clearPendingImport(db); !done)
        return done.error();
    if (Status done = transaction->commit(); !done)
        return done.error();
    return int(*documents);
}

Result<int> removeAbandonedImport(sql::Connection &db)
{
    auto pending = sql::scalar(db, QStringLiteral("SELECT count(*) FROM pending_import_document"));
    if (!pending)
        return pending.error();
    if (*pending == 0)
        return 0;
    const auto lock = importLock(db.path());
    if (!lock->tryLock(0))
        return 0; // its import is still running, in another program
    return removePendingImport(db);
}

} // namespace standpoint::importing
