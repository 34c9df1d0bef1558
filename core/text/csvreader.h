// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include "core/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace standpoint::text {

struct CsvRow
{
    int line = 0; // 1-based line where the row starts
    QStringList fields;
};

struct CsvTable
{
    QStringList header;
    QList<CsvRow> rows;
    int column(const QString &name) const { return int(header.indexOf(name)); }
};

// Parses RFC 4180 CSV (quoted fields, doubled quotes, CRLF or LF) with a header row.
// Rows with another number of fields than the header are refused with their line number.
Result<CsvTable> parseCsv(const QString &text, const QString &fileName);

} // namespace standpoint::text
