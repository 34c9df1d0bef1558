// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include "core/result.h"

#include <QList>

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
// Returns how many documents were removed.
Result<int> removePendingImport(sql::Connection &db);

} // namespace standpoint::importing
