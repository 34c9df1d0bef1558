// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include "core/result.h"

#include <QString>

namespace standpoint::sql {

class Connection;
class Statement;

// The connection's statement for this SQL, prepared on first use and kept until the connection closes,
// reset and with its bindings cleared. For statements run to completion before the same SQL is asked for
// again: work that repeats a statement thousands of times (an import, a search) skips parsing it each time.
Result<Statement *> cachedStatement(Connection &db, const QString &sql);

} // namespace standpoint::sql
