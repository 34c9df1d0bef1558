// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include "core/pack/packspec.h"
#include "core/result.h"

namespace standpoint::pack {

// The manifest format this build reads.
inline constexpr int kPackFormat = 1;

// Reads a pack folder's pack.json and the files it includes into a PackSpec.
// It checks syntax, field names and types; references and quotes are checked by PackResolver.
Result<PackSpec> readPack(const QString &directory);

} // namespace standpoint::pack
