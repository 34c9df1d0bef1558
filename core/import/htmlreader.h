// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include "core/import/importdraft.h"

namespace standpoint::importing {

// HTML through an HTML5 parser (gumbo): scripts, styles and embedded media are dropped; navigation,
// headers, footers, asides, forms and sharing/comment widgets become blocks proposed for removal;
// title, authors and date come from <title>, <h1> and the page's meta tags.
void readHtml(const QString &html, ImportDraft &draft);

} // namespace standpoint::importing
