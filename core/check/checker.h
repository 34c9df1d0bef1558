// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include "core/check/discrepancyfinder.h"
#include "core/result.h"

#include <QStringList>

namespace standpoint::sql {
class Connection;
}

namespace standpoint::check {

// What `standpoint-cli check` found. Problems fail the check; discrepancies are findings to report.
struct CheckReport
{
    // How a check that may not run came out: Skipped is no verdict, neither a pass nor a failure.
    enum class Outcome { Passed, Failed, Skipped };

    QString integrity;          // "ok", or what SQLite's integrity check said
    // FTS5's comparison of the search index with the text it reads needs to write (it writes nothing);
    // a store that cannot be written, or that another program is writing, is not compared.
    Outcome searchIndex = Outcome::Skipped;
    QString searchIndexSkipped; // why it was skipped
    int quotesVerified = 0;
    int quotesTotal = 0;
    int stanceCells = 0;        // question × voice pairs checked
    QStringList problems;       // each names what failed and where
    QList<Discrepancy> discrepancies;

    // A skipped search-index check does not fail the check; the report says it was skipped.
    bool passed() const { return integrity == QLatin1String("ok") && problems.isEmpty(); }
};

// Verifies every quote against its document's text, every stance cell, speakers' quotes against
// their turns and the database's integrity, and finds discrepancies between sources.
Result<CheckReport> checkStore(sql::Connection &db);

} // namespace standpoint::check
