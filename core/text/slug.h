// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include "core/result.h"

#include <QString>

#include <functional>

namespace standpoint::text {

// A key made from a title: lower-case letters and digits joined by hyphens, at most 40 characters.
QString slugify(const QString &title, const QString &fallback);

// `base`, or base-2, base-3 … : the first that `taken` says is free.
Result<QString> firstFreeKey(const QString &base, const std::function<Result<bool>(const QString &)> &taken);

} // namespace standpoint::text
