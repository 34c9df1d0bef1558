// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include "core/result.h"

struct sqlite3;

namespace standpoint::sql {

// An SQLite failure as an Error a user can act on: a full disk, a store locked by another program,
// a read-only file and a damaged file are said in plain words (SQLite's own text follows in brackets);
// the extended result code is kept for callers that tell errors apart.
Error sqliteError(sqlite3 *db, int code);
Error sqliteError(int code, const QString &detail);

// Primary result codes callers test for, without including sqlite3.h.
enum class Failure { Other, Full, Busy, ReadOnly, Damaged, Interrupted };
Failure failureOf(const Error &error);

} // namespace standpoint::sql
