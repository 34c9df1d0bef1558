// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include <QStringView>

namespace standpoint::text {

// Offsets in a text are counted in UTF-16 code units (as QString counts them); SQLite slices a text's
// UTF-8 form by bytes. These convert between the two, as QString::toUtf8 encodes: a surrogate pair is
// four bytes, a lone surrogate becomes '?'.

// How many bytes `text` takes in UTF-8.
qsizetype utf8Length(QStringView text);

// The byte at which the UTF-16 offset `offset` falls in `utf8` (`size` bytes of valid UTF-8); the size
// when the offset lies beyond the end.
qsizetype utf8OffsetOf(const char *utf8, qsizetype size, qsizetype offset);

} // namespace standpoint::text
