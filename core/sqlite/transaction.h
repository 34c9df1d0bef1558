// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include "core/result.h"

namespace standpoint::sql {

class Connection;

// Rolls back unless commit() succeeded, so every early return leaves the store as it was.
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
    explicit Transaction(Connection *db) : m_db(db) {}
    Connection *m_db = nullptr;
};

} // namespace standpoint::sql
