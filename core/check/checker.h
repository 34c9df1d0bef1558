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
    QString integrity;          // "ok", or what SQLite's integrity check said
    int quotesVerified = 0;
    int quotesTotal = 0;
    int stanceCells = 0;        // question × voice pairs checked
    QStringList problems;       // each names what failed and where
    QList<Discrepancy> discrepancies;

    bool passed() const { return integrity == QLatin1String("ok") && problems.isEmpty(); }
};

// Verifies every quote against its document's text, every stance cell, speakers' quotes against
// their turns and the database's integrity, and finds discrepancies between sources.
Result<CheckReport> checkStore(sql::Connection &db);

} // namespace standpoint::check
