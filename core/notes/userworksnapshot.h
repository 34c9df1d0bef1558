// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include "core/notes/annotations.h"
#include "core/notes/readingsets.h"

namespace standpoint::notes {

// Everything of the user's own work that the app shows, read in one go after each change on the thread
// that made it, so the views show it without going back to the store.
struct UserWorkSnapshot
{
    QList<Annotation> annotations; // every annotation, in document order
    QStringList tags;              // every tag in use, sorted
    QList<ReadingSet> sets;        // every set with its items, by title
};

Result<UserWorkSnapshot> readUserWork(sql::Connection &db);

} // namespace standpoint::notes
