// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include "core/result.h"

#include <QString>

namespace standpoint::text {

// A date known only as precisely as a text supports: a day, month, year, decade or century.
struct PartialDate
{
    enum class Precision { Day, Month, Year, Decade, Century };

    QString text;
    Precision precision = Precision::Year;
    double start = 0; // fractional year where the known interval begins
    double end = 0;   // fractional year where it ends (exclusive)

    QString precisionName() const;
};

// Parses "2022-02-24", "2022-02", "2022", "1960s" or "13C" (the 13th century).
Result<PartialDate> parsePartialDate(const QString &text);

} // namespace standpoint::text
