// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include "core/result.h"

#include <QString>

namespace standpoint::bench {

// Writes `count` plain-text documents into `folder` (000001.txt …), the same every time: a title and
// five to fifteen paragraphs of text made by a word-level Markov chain trained on the bundled debate's
// five documents, so words, sentence lengths and vocabulary are those of real policy writing.
// Returns the bytes written.
Result<qint64> generateCorpus(int count, const QString &folder);

} // namespace standpoint::bench
