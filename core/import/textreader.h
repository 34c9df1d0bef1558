// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include "core/import/importdraft.h"

namespace standpoint::importing {

// Plain text: paragraphs are separated by blank lines; hard-wrapped lines inside one are joined.
void readPlainText(const QString &text, ImportDraft &draft);

// Markdown: front matter becomes metadata, markup is taken off, images and rules are dropped,
// each heading, list item and paragraph becomes a block.
void readMarkdown(const QString &text, ImportDraft &draft);

} // namespace standpoint::importing
