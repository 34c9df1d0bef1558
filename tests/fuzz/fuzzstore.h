// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include "core/sqlite/connection.h"

#include <QByteArray>
#include <QString>

namespace standpoint::fuzz {

// One store per fuzzing process, in a temporary folder, with the bundled debate when asked.
sql::Connection &store(bool withDebate);

// A folder for files a target writes its input into.
QString scratchFolder();

inline QByteArray bytes(const uint8_t *data, size_t size) { return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)); }

} // namespace standpoint::fuzz
