// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include <QString>

namespace standpoint::app {

// Applies a light or dark palette (Fusion style), or leaves the platform's own when "system".
// Returns false for an unknown name.
bool applyAppearance(const QString &name);

} // namespace standpoint::app
