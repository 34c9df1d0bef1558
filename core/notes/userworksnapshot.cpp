// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "core/notes/userworksnapshot.h"

namespace standpoint::notes {

Result<UserWorkSnapshot> readUserWork(sql::Connection &db)
{
    UserWorkSnapshot out;
    auto annotations = listAnnotations(db);
    if (!annotations)
        return annotations.error();
    out.annotations = std::move(*annotations);
    auto tags = annotationTags(db);
    if (!tags)
        return tags.error();
    out.tags = std::move(*tags);
    auto sets = listSets(db);
    if (!sets)
        return sets.error();
    for (const ReadingSet &summary : std::as_const(*sets)) {
        auto set = readSet(db, summary.id);
        if (!set)
            return set.error();
        set->itemCount = summary.itemCount;
        out.sets << std::move(*set);
    }
    return out;
}

} // namespace standpoint::notes
