// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include "core/figures/chartdata.h"
#include "core/result.h"

namespace standpoint::sql {
class Connection;
}

namespace standpoint::figures {

// Parses a user's series: a CSV with the header year,value (and optionally note), one row a year.
// Every problem names the file and line: a missing column, a year that is not a year, a value that
// is not a number, a year given twice.
Result<QList<UserPoint>> parseUserSeriesCsv(const QString &text, const QString &fileName);

// Reads, validates and stores a user's series from a CSV file; returns its key. Nothing is stored
// when the file has any problem.
Result<QString> addUserSeries(sql::Connection &db, const QString &filePath, const QString &title, const QString &unit);

Status removeUserSeries(sql::Connection &db, const QString &key);

} // namespace standpoint::figures
