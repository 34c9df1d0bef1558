// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
// The CSV reader behind users' own series.
#include "core/figures/userseries.h"
#include "tests/fuzz/fuzzstore.h"

using namespace standpoint;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    (void)figures::parseUserSeriesCsv(QString::fromUtf8(fuzz::bytes(data, size)), QStringLiteral("fuzz.csv"));
    return 0;
}
