// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include "core/import/importdraft.h"

namespace standpoint::importing {

// Proposes what cleaning should drop from a file's blocks: trailing page furniture (related
// stories, comments, reader-mail footers), copyright and sharing lines, page numbers and blocks
// repeated like running headers. Only proposes: the user can keep any block.
void markClutter(QList<ImportBlock> &blocks);

} // namespace standpoint::importing
