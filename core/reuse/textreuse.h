// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include "core/check/wordingdiff.h"
#include "core/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace standpoint::sql {
class Connection;
}

namespace standpoint::reuse {

// A run of sentences one document shares with another, nearly word for word.
struct SharedPassage
{
    qint64 startA = 0, endA = 0, startB = 0, endB = 0; // offsets in each document's cleaned text
    QString textA, textB;
    double similarity = 0; // of the wording, 0 to 1
    int words = 0;         // in A's text
    QList<check::WordEdit> changes; // A's words to B's
    bool identical() const { return similarity >= 1.0; }
};

// Two documents that share passages.
struct ReusePair
{
    QString keyA, keyB, titleA, titleB;
    double overlap = 0;  // share of the shorter document's words in shared passages, weighted by similarity
    int changed = 0;     // shared passages whose wording differs
    QList<SharedPassage> passages;
};

struct ReuseOptions
{
    QStringList documents;      // two keys for one pair; empty for every pair
    double minSimilarity = 0.5; // passages less alike than this are not reuse
    int minWords = 6;           // shorter sentences are too common to count
};

// Finds passages that documents share: sentences are cut into overlapping three-word shingles, sentences
// sharing shingles with another document's are compared word by word, and neighbours are merged into
// passages. Pairs come most-overlapping first; passages in A's order.
Result<QList<ReusePair>> findReuse(sql::Connection &db, const ReuseOptions &options = {});

} // namespace standpoint::reuse
