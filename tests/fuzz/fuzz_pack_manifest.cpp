// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
// The pack manifest loader: any bytes as pack.json, loaded into a store and rolled back.
#include "core/pack/packloader.h"
#include "core/sqlite/transaction.h"
#include "tests/fuzz/fuzzstore.h"

#include <QDir>
#include <QFile>

using namespace standpoint;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    sql::Connection &db = fuzz::store(false);
    const QString dir = fuzz::scratchFolder() + QStringLiteral("/pack");
    QDir().mkpath(dir);
    QFile manifest(dir + QStringLiteral("/pack.json"));
    if (!manifest.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return 0;
    manifest.write(fuzz::bytes(data, size));
    manifest.close();
    auto outer = sql::Transaction::begin(db); // never committed: every input starts from the same store
    (void)pack::loadPack(db, dir);
    return 0;
}
