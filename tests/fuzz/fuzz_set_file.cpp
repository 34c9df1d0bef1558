// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
// The .standpoint set reader: any bytes imported into a store holding the bundled debate, rolled back.
#include "core/notes/setfile.h"
#include "core/sqlite/transaction.h"
#include "tests/fuzz/fuzzstore.h"

using namespace standpoint;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    sql::Connection &db = fuzz::store(true);
    auto outer = sql::Transaction::begin(db); // never committed
    (void)notes::importSetFile(db, fuzz::bytes(data, size), QStringLiteral("fuzz.standpoint"));
    return 0;
}
