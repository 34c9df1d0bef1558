// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
// PDF text as far as our code goes: pages of positioned lines, as poppler hands them over, laid out
// into paragraphs with running heads, page numbers and page-break joins.
// Input: [pages] then per line [page][top][height][left][width][length][text...], one byte each.
#include "core/import/pdflayout.h"
#include "tests/fuzz/fuzzstore.h"

using namespace standpoint;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    importing::PdfText pdf;
    const int pages = 1 + data[0] % 6;
    for (int p = 0; p < pages; ++p)
        pdf.pages.append(importing::PdfPage{842.0, {}});
    size_t at = 1;
    while (at + 6 <= size) {
        importing::PdfLine line;
        const int page = data[at] % pages;
        line.top = data[at + 1] * 3.3;
        line.bottom = line.top + 1 + data[at + 2] % 40;
        line.left = data[at + 3] * 2.0;
        line.right = line.left + data[at + 4] * 2.0;
        const size_t length = std::min<size_t>(data[at + 5], size - at - 6);
        line.text = QString::fromUtf8(reinterpret_cast<const char *>(data + at + 6), qsizetype(length));
        pdf.pages[page].lines << line;
        at += 6 + length;
    }
    importing::ImportDraft draft;
    if (importing::layOutPdf(QStringLiteral("fuzz.pdf"), pdf, draft))
        (void)draft.cleanedText();
    return 0;
}
