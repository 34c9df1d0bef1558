// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "app/import/popplertextsource.h"

#include <poppler-qt6.h>

#include <QCoreApplication>

#include <cmath>

namespace standpoint::app {

namespace {

struct Tr { Q_DECLARE_TR_FUNCTIONS(Import) };

// The most pages one import reads; beyond it the file is refused rather than half read.
constexpr int kMaxPages = 5000;

importing::PdfPage readPage(const Poppler::Page &page)
{
    importing::PdfPage out;
    out.height = page.pageSizeF().height();
    importing::PdfLine line;
    bool spaceAfter = false;
    for (const std::unique_ptr<Poppler::TextBox> &box : page.textList()) {
        const QRectF r = box->boundingBox();
        const bool sameLine = !line.text.isEmpty() && std::abs(r.center().y() - (line.top + line.bottom) / 2) < r.height() / 2
                              && r.left() >= line.left;
        if (!sameLine) {
            if (!line.text.isEmpty())
                out.lines << line;
            line = importing::PdfLine{box->text(), r.top(), r.bottom(), r.left(), r.right()};
        } else {
            line.text += (spaceAfter ? QStringLiteral(" ") : QString()) + box->text();
            line.top = std::min(line.top, r.top());
            line.bottom = std::max(line.bottom, r.bottom());
            line.right = std::max(line.right, r.right());
        }
        spaceAfter = box->hasSpaceAfter();
    }
    if (!line.text.isEmpty())
        out.lines << line;
    return out;
}

} // namespace

Result<importing::PdfText> PopplerTextSource::read(const QString &name, const QByteArray &bytes) const
{
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(bytes);
    if (!doc)
        return Error{Tr::tr("%1: the PDF cannot be read; it is damaged or not really a PDF").arg(name)};
    if (doc->isLocked())
        return Error{Tr::tr("%1: the PDF is encrypted with a password; open it in a PDF reader, save an unprotected copy, "
                        "and import that").arg(name)};
    if (doc->numPages() > kMaxPages)
        return Error{Tr::tr("%1: the PDF has %2 pages; Standpoint imports PDFs of up to %3 pages").arg(name, QString::number(doc->numPages()), QString::number(kMaxPages))};
    importing::PdfText text;
    text.title = doc->info(QStringLiteral("Title")).simplified();
    text.author = doc->info(QStringLiteral("Author")).simplified();
    if (const QDateTime created = doc->creationDate(); created.isValid())
        text.date = created.date().toString(Qt::ISODate);
    for (int i = 0; i < doc->numPages(); ++i) {
        std::unique_ptr<Poppler::Page> page = doc->page(i);
        if (page)
            text.pages << readPage(*page);
    }
    return text;
}

} // namespace standpoint::app
