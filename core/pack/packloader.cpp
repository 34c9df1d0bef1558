// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "core/pack/packloader.h"

#include "core/pack/packreader.h"
#include "core/pack/packwriter.h"
#include "core/sqlite/transaction.h"

#include <QCoreApplication>
#include <QDir>

namespace standpoint::pack {

QString bundledPackPath() { return QStringLiteral(":/packs/russia-china"); }

Result<LoadSummary> loadPack(sql::Connection &db, const QString &directory)
{
    if (!QDir(directory).exists(QStringLiteral("pack.json")))
        return Error{QCoreApplication::translate("PackLoader", "%1 is not a debate pack: it has no pack.json").arg(directory)};
    auto spec = readPack(directory);
    if (!spec)
        return spec.error();
    auto transaction = sql::Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    PackWriter writer(db, *spec);
    auto summary = writer.write();
    if (!summary)
        return summary.error(); // the transaction rolls back
    if (Status committed = transaction->commit(); !committed)
        return committed.error();
    return summary;
}

} // namespace standpoint::pack
