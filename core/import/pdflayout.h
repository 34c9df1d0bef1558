// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include "core/import/importdraft.h"
#include "core/result.h"

#include <QByteArray>
#include <QList>

namespace standpoint::importing {

// One line of a PDF page's text layer, with its box in points from the page's top left.
struct PdfLine
{
    QString text;
    double top = 0, bottom = 0, left = 0, right = 0;
};

struct PdfPage
{
    double height = 0;
    QList<PdfLine> lines;
};

struct PdfText
{
    QList<PdfPage> pages;
    QString title, author, date;
};

// Reads a PDF's text layer; the app supplies one built on a PDF library, so the core stays headless.
// Refuses encrypted files and files it cannot parse, naming the file.
class PdfTextSource
{
public:
    virtual ~PdfTextSource() = default;
    virtual Result<PdfText> read(const QString &name, const QByteArray &bytes) const = 0;
};

// Turns pages of lines into blocks: lines into paragraphs by spacing, running headers and footers
// (a line at a page's top or bottom that recurs on other pages) and page numbers proposed for removal,
// and a paragraph that a page break cut in two joined again. An image-only PDF is refused.
Status layOutPdf(const QString &name, const PdfText &pdf, ImportDraft &draft);

} // namespace standpoint::importing
