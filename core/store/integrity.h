// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include "core/result.h"

#include <QStringList>

namespace standpoint::sql {
class Connection;
}

namespace standpoint::store {

// What SQLite's quick check finds wrong with an open store, the first few problems only; empty when
// the store is whole. It only reads, so it can run on a worker thread through a read-only connection
// once the store is already in use. An error means the check could not run (busy, interrupted).
Result<QStringList> integrityProblems(sql::Connection &db);

// The same as a verdict: an error saying the store is damaged (Failure::Damaged) with what was found,
// or success. A check that could not run returns why instead.
Status checkIntegrity(sql::Connection &db);

} // namespace standpoint::store
