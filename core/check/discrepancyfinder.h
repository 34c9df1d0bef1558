// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include "core/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace standpoint::sql {
class Connection;
}

namespace standpoint::check {

struct QuoteRef
{
    QString document;
    qint64 start = 0;
    qint64 end = 0;
    QString text;
};

// Where sources disagree: with each other, or with an outside reference series.
struct Discrepancy
{
    QString kind;    // "figure", "target-year", "reference-level", "reference-growth", "wording"
    QString subject; // the series key, or the two documents
    QString summary;
    QList<QuoteRef> quotes;
    QStringList references; // citations of reference rows used
    int disputed = -1;      // how many of the first quotes hold the figures in dispute; -1: all of them
};

// Computes discrepancies from the data: figures that documents give differently for the same
// measure and period, targets set for different years, figures that stray from the reference series,
// and sentences whose wording changed between a document and its revision.
Result<QList<Discrepancy>> findDiscrepancies(sql::Connection &db);

} // namespace standpoint::check
