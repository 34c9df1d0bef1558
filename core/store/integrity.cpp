// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "core/store/integrity.h"

#include "core/sqlite/query.h"
#include "core/sqlite/sqliteerror.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace standpoint::store {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(Store) };

// A damaged store can report thousands of lines; a user needs the first few to see what is wrong.
constexpr int kReportedProblems = 3;
} // namespace

Result<QStringList> integrityProblems(sql::Connection &db)
{
    QStringList problems;
    Status checked = sql::forEachRow(db, QStringLiteral("PRAGMA quick_check"), {}, [&](const sql::Statement &s) {
        if (s.text(0) != QLatin1String("ok") && problems.size() < kReportedProblems)
            problems << s.text(0);
    });
    if (!checked) {
        // Pages too damaged to walk stop the check itself; that is what it found. Anything else (busy,
        // stopped) is no verdict on the file.
        if (sql::failureOf(checked.error()) != sql::Failure::Damaged)
            return checked.error();
        problems << QString::fromUtf8(sqlite3_errstr(checked.error().code));
    }
    return problems;
}

Status checkIntegrity(sql::Connection &db)
{
    auto problems = integrityProblems(db);
    if (!problems)
        return problems.error();
    if (problems->isEmpty())
        return success();
    return Error{Tr::tr("The store %1 is damaged: %2").arg(db.path(), problems->join(QStringLiteral("; "))), SQLITE_CORRUPT};
}

} // namespace standpoint::store
