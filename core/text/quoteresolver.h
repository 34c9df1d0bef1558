// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include "core/result.h"
#include "core/text/textsplitter.h"

#include <QString>

namespace standpoint::text {

// Finds where a quote sits in a cleaned text. Text that occurs more than once needs an
// occurrence number (1-based) or a unique context that contains it; otherwise it is ambiguous.
Result<Span> resolveQuote(const QString &cleaned, const QString &quote, int occurrence = 0,
                          const QString &context = QString());

} // namespace standpoint::text
