// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "core/import/importreader.h"

#include "core/import/clutterfinder.h"
#include "core/import/docxreader.h"
#include "core/import/formatsniffer.h"
#include "core/import/htmlreader.h"
#include "core/import/pdflayout.h"
#include "core/import/textreader.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace standpoint::importing {

namespace {

struct Tr { Q_DECLARE_TR_FUNCTIONS(Import) };

Result<ImportDraft> readSniffed(const QString &name, const SniffedFile &file, const PdfTextSource *pdf)
{
    ImportDraft draft;
    draft.format = file.format;
    draft.notices = file.notices;
    if (file.format == QLatin1String("pdf")) {
        if (!pdf)
            return Error{Tr::tr("%1: PDF import is not available in this build").arg(name)};
        auto text = pdf->read(name, file.bytes);
        if (!text)
            return text.error();
        if (Status done = layOutPdf(name, *text, draft); !done)
            return done.error();
    } else if (file.format == QLatin1String("docx")) {
        if (Status done = readDocx(name, file.bytes, draft); !done)
            return done.error();
    } else {
        auto text = decodeText(name, file.bytes);
        if (!text)
            return text.error();
        if (file.format == QLatin1String("html"))
            readHtml(*text, draft);
        else if (file.format == QLatin1String("markdown"))
            readMarkdown(*text, draft);
        else
            readPlainText(*text, draft);
    }
    markClutter(draft.blocks);
    if (draft.cleanedText().trimmed().isEmpty()) {
        return Error{draft.blocks.isEmpty() ? Tr::tr("%1: there is no text in the file to import").arg(name)
                                            : Tr::tr("%1: cleaning would remove all of its text; there is nothing left to import").arg(name)};
    }
    if (draft.title.trimmed().isEmpty()) {
        for (const ImportBlock &b : draft.blocks) {
            if (!b.removed()) {
                draft.title = b.heading || b.text.size() <= 100 ? b.text : QFileInfo(name).completeBaseName();
                break;
            }
        }
    }
    draft.title = draft.title.simplified().left(300);
    return draft;
}

} // namespace

QString ImportDraft::receivedText() const
{
    QStringList parts;
    for (const ImportBlock &b : blocks)
        parts << b.text;
    return parts.join(QStringLiteral("\n\n"));
}

QString ImportDraft::cleanedText() const
{
    if (!editedText.isEmpty())
        return editedText;
    QStringList parts;
    for (const ImportBlock &b : blocks) {
        if (!b.removed())
            parts << b.text;
    }
    return parts.join(QStringLiteral("\n\n"));
}

Result<ImportDraft> readBytesForImport(const QString &name, const QByteArray &bytes, const PdfTextSource *pdf)
{
    auto file = sniffBytes(name, bytes);
    if (!file)
        return file.error();
    auto draft = readSniffed(name, *file, pdf);
    if (draft)
        draft->path = name;
    return draft;
}

Result<ImportDraft> readForImport(const QString &path, const PdfTextSource *pdf)
{
    auto file = sniffFile(path);
    if (!file)
        return file.error();
    auto draft = readSniffed(QFileInfo(path).fileName(), *file, pdf);
    if (draft)
        draft->path = path;
    return draft;
}

} // namespace standpoint::importing
