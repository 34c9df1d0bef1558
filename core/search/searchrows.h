// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include <QString>

#include <array>

namespace standpoint::search {

// Every row of search_index says by its rowid what it indexes: the kind of thing in the bits above the
// 40th, its id in its own table below. A passage's row is its paragraph's id. The index keeps no copy
// of the text (the view search_text reads it from where it is stored, schema 6), so what a search
// needs of a row besides its text comes from the rowid alone.
enum class RowKind { Passage = 0, Claim = 1, Event = 2, Note = 3 };

inline constexpr int kRowKindShift = 40;
inline constexpr qint64 kRowIdMask = (qint64(1) << kRowKindShift) - 1;

constexpr qint64 searchRow(RowKind kind, qint64 id) { return (qint64(kind) << kRowKindShift) | id; }
constexpr qint64 refIdOfRow(qint64 row) { return row & kRowIdMask; }
constexpr int kindCodeOfRow(qint64 row) { return int(row >> kRowKindShift); }

// The kinds' names as search results and the schema spell them, by code.
inline constexpr std::array<const char *, 4> kRowKindNames{"passage", "claim", "event", "note"};

// The name of the row's kind ("passage"); empty for a row of no known kind.
inline QString kindNameOfRow(qint64 row)
{
    const int code = kindCodeOfRow(row);
    return code >= 0 && code < int(kRowKindNames.size()) ? QString::fromLatin1(kRowKindNames[size_t(code)]) : QString();
}

// The code of the kind named `name`, or -1 for no kind.
inline int rowKindCode(QStringView name)
{
    for (size_t i = 0; i < kRowKindNames.size(); ++i) {
        if (name == QLatin1String(kRowKindNames[i]))
            return int(i);
    }
    return -1;
}

} // namespace standpoint::search
