// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
// The search path: any text as a query, with facet filters taken from it, over the bundled debate.
#include "core/search/searcher.h"
#include "tests/fuzz/fuzzstore.h"

using namespace standpoint;

// The store (and the bundled debate in it) is made once, before fuzzing starts.
extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    (void)fuzz::store(true);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    sql::Connection &db = fuzz::store(true);
    const QString text = QString::fromUtf8(fuzz::bytes(data, size));
    search::SearchQuery query{text.section(QLatin1Char('\n'), 0, 0), 10, {}, {}};
    // A second line, if any, names facet values to filter by.
    const QString filter = text.section(QLatin1Char('\n'), 1, 1);
    if (!filter.isEmpty()) {
        query.filters.positions << filter;
        query.filters.years << filter.size() + 2000;
    }
    query.pool = 200;
    (void)search::searchFaceted(db, query);
    return 0;
}
