// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include "core/debate/debatesnapshot.h"
#include "core/result.h"

namespace standpoint::sql {
class Connection;
}

namespace standpoint::debate {

// The keys of the debates in the store, oldest first.
Result<QStringList> debateKeys(sql::Connection &db);

// Reads one debate (the first one when key is empty) for the views.
Result<DebateSnapshot> readDebate(sql::Connection &db, const QString &key = QString());

// Reads one document with its paragraphs, claims and what cleaning removed.
Result<DocumentText> readDocument(sql::Connection &db, qint64 documentId);

} // namespace standpoint::debate
