// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "app/cli/clisupport.h"

#include "app/cli/clicommands.h"
#include "app/cli/clioutput.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace standpoint::cli {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(Cli) };
} // namespace

Result<store::Store> openExisting(const QString &path, bool readOnly)
{
    if (!QFileInfo::exists(path))
        return Error{Tr::tr("no store at %1; create one with: standpoint-cli --db %1 init")
                         .arg(path)};
    return store::Store::open(path, store::Store::Options{false, readOnly});
}

int fail(const QString &message)
{
    printError(message);
    return Failed;
}

int usage(const QString &form)
{
    printError(Tr::tr("usage: standpoint-cli %1").arg(form));
    return Usage;
}

} // namespace standpoint::cli
