// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include "core/result.h"

#include <QJsonObject>

namespace standpoint::sql {
class Connection;
}

namespace standpoint::exporting {

// The whole store as one JSON object; the schema is documented in docs/export-json.md.
Result<QJsonObject> exportStore(sql::Connection &db);

} // namespace standpoint::exporting
