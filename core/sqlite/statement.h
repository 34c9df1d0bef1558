// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>
#include <QVariant>

struct sqlite3_stmt;
struct sqlite3;

namespace standpoint::sql {

// Owns one prepared statement; values only ever go in through bind().
class Statement
{
public:
    Statement() = default;
    Statement(sqlite3 *db, sqlite3_stmt *stmt) : m_db(db), m_stmt(stmt) {}
    ~Statement();
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    // Binds 1-based parameters; returns *this so calls chain.
    Statement &bind(int index, const QString &value);
    Statement &bindUtf8(int index, QByteArrayView text); // text already in UTF-8
    // The same without a copy: SQLite reads `text` where it is, so it must stay alive and unchanged until
    // the statement has run; rebind before running it again.
    Statement &bindUtf8InPlace(int index, QByteArrayView text);
    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, double value);
    Statement &bindNull(int index);
    // Binds a QVariant: null, integer, double or string.
    Statement &bindVariant(int index, const QVariant &value);

    // Steps once: true while a row is available, false when done; errors become a Result error.
    Result<bool> step();
    // Steps to completion, for statements that return no rows.
    Status run();
    void reset();

    QString text(int column) const;
    qint64 integer(int column) const;
    double real(int column) const;
    bool isNull(int column) const;
    int columnCount() const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    bool m_bindFailed = false;
};

} // namespace standpoint::sql
