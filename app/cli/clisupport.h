// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include "core/result.h"
#include "core/store/store.h"

#include <QString>

namespace standpoint::cli {

// Opens an existing store for a command; never creates one by accident.
Result<store::Store> openExisting(const QString &path, bool readOnly);
// Prints the one-line message and returns the "failed" exit code.
int fail(const QString &message);
// Prints the command's usage and returns the "wrong command line" exit code.
int usage(const QString &form);

} // namespace standpoint::cli
