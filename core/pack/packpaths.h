// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include "core/result.h"

#include <QString>

namespace standpoint::pack {

// Resolves a file named inside a pack, refusing absolute paths and any path that leaves the pack folder.
Result<QString> resolveInside(const QString &packDirectory, const QString &relativePath);

// Reads a pack file as UTF-8 text, refusing invalid UTF-8 and NUL bytes.
Result<QString> readPackText(const QString &packDirectory, const QString &relativePath);

} // namespace standpoint::pack
