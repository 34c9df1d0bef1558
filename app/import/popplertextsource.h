// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include "core/import/pdflayout.h"

namespace standpoint::app {

// Reads a PDF's text layer with poppler, line by line with each line's box; refuses encrypted files.
class PopplerTextSource : public importing::PdfTextSource
{
public:
    Result<importing::PdfText> read(const QString &name, const QByteArray &bytes) const override;
};

} // namespace standpoint::app
