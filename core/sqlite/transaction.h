// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include "core/result.h"

#include <QString>

namespace standpoint::sql {

class Connection;

// Rolls back unless commit() succeeded, so every early return leaves the store as it was.
// Inside another transaction it becomes a savepoint, so operations compose.
class Transaction
{
public:
    static Result<Transaction> begin(Connection &db);
    ~Transaction();
    Transaction(Transaction &&other) noexcept;
    Transaction &operator=(Transaction &&) = delete;
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    Status commit();

private:
    Transaction(Connection *db, QString savepoint) : m_db(db), m_savepoint(std::move(savepoint)) {}
    Connection *m_db = nullptr;
    QString m_savepoint; // empty for an outermost transaction
};

} // namespace standpoint::sql
