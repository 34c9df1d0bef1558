// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "core/sqlite/transaction.h"

#include "core/sqlite/connection.h"

#include <utility>

namespace standpoint::sql {

Result<Transaction> Transaction::begin(Connection &db)
{
    if (auto begun = db.exec(QStringLiteral("BEGIN IMMEDIATE")); !begun)
        return begun.error();
    return Transaction(&db);
}

Transaction::Transaction(Transaction &&other) noexcept : m_db(std::exchange(other.m_db, nullptr)) {}

Transaction::~Transaction()
{
    if (m_db)
        (void)m_db->exec(QStringLiteral("ROLLBACK"));
}

Status Transaction::commit()
{
    if (!m_db)
        return Error{QStringLiteral("transaction already finished")};
    auto done = m_db->exec(QStringLiteral("COMMIT"));
    if (done)
        m_db = nullptr;
    return done;
}

} // namespace standpoint::sql
