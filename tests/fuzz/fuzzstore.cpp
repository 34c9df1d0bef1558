// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "tests/fuzz/fuzzstore.h"

#include "core/store/store.h"

#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>
#include <memory>

namespace standpoint::fuzz {

namespace {
QTemporaryDir &folder()
{
    static QTemporaryDir dir;
    return dir;
}
} // namespace

QString scratchFolder() { return folder().path(); }

sql::Connection &store(bool withDebate)
{
    static std::unique_ptr<store::Store> opened;
    if (!opened) {
        auto s = store::Store::open(folder().filePath(QStringLiteral("fuzz.db")), store::Store::Options{withDebate, false});
        if (!s) {
            std::fprintf(stderr, "cannot open the fuzzing store: %s\n", qPrintable(s.message()));
            std::abort();
        }
        opened = std::make_unique<store::Store>(std::move(*s));
    }
    return opened->connection();
}

} // namespace standpoint::fuzz
