// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include "core/import/importdraft.h"
#include "core/result.h"

#include <QByteArray>

namespace standpoint::importing {

// A Word document (DOCX: a ZIP of XML parts): the body's paragraphs in order, headings from their
// styles, tables cell by cell; title, authors and date from the document's properties.
Status readDocx(const QString &name, const QByteArray &bytes, ImportDraft &draft);

} // namespace standpoint::importing
