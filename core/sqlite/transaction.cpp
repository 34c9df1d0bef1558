// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "core/sqlite/transaction.h"

#include "core/sqlite/connection.h"

#include <sqlite3.h>

#include <atomic>
#include <utility>

namespace standpoint::sql {

Result<Transaction> Transaction::begin(Connection &db)
{
    if (sqlite3_get_autocommit(db.handle()) == 0) {
        // Threads with connections of their own nest transactions at once; a name need only be unique
        // on its connection, and an atomic count makes it so without a lock.
        static std::atomic<quint64> counter = 0;
        const QString name = QStringLiteral("nested_%1").arg(counter.fetch_add(1, std::memory_order_relaxed) + 1);
        if (auto begun = db.exec(QStringLiteral("SAVEPOINT ") + name); !begun)
            return begun.error();
        return Transaction(&db, name);
    }
    if (auto begun = db.exec(QStringLiteral("BEGIN IMMEDIATE")); !begun)
        return begun.error();
    return Transaction(&db, QString());
}

Transaction::Transaction(Transaction &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_savepoint(std::move(other.m_savepoint))
{
}

Transaction::~Transaction()
{
    if (!m_db)
        return;
    if (m_savepoint.isEmpty())
        (void)m_db->exec(QStringLiteral("ROLLBACK"));
    else
        (void)m_db->exec(QStringLiteral("ROLLBACK TO %1; RELEASE %1").arg(m_savepoint));
}

Status Transaction::commit()
{
    if (!m_db)
        return Error{QStringLiteral("transaction already finished")};
    auto done = m_db->exec(m_savepoint.isEmpty() ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ") + m_savepoint);
    if (done)
        m_db = nullptr;
    return done;
}

} // namespace standpoint::sql
