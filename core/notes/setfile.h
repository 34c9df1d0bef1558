// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QStringList>
#include <QString>

namespace standpoint::sql {
class Connection;
}

namespace standpoint::notes {

// A reading set as one file to hand from one machine to another (.standpoint, JSON): its items with
// their anchors (document key, offsets and the exact text), notes, questions, and the annotations
// its author made on the set's documents.
Result<QByteArray> exportSetFile(sql::Connection &db, qint64 setId);

struct ImportReport
{
    qint64 setId = 0;
    bool alreadyPresent = false; // the same set (by its uuid) was in the store: nothing was added
    int items = 0;
    int orphaned = 0;    // anchors whose text no longer matches: kept, marked, never moved
    int annotations = 0;
    QStringList skipped; // what could not be placed at all, and why
};

// Adds a shared set, all or nothing. A set already present is not added twice; imported annotations
// stay apart from the user's own. fileName names the file in messages.
Result<ImportReport> importSetFile(sql::Connection &db, const QByteArray &content, const QString &fileName);

} // namespace standpoint::notes
