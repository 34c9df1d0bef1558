// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include "core/import/importdraft.h"
#include "core/result.h"

#include <QByteArray>

namespace standpoint::importing {

class PdfTextSource;

// Reads one file into a draft for the preview: checks it, reads it in its format, proposes what
// cleaning removes, and fills in what metadata it can. `pdf` may be null, and then PDFs are refused.
// Every refusal names the file and the reason.
Result<ImportDraft> readForImport(const QString &path, const PdfTextSource *pdf);
// The same for bytes in memory; `name` stands for the file in messages and gives the extension.
Result<ImportDraft> readBytesForImport(const QString &name, const QByteArray &bytes, const PdfTextSource *pdf);

} // namespace standpoint::importing
