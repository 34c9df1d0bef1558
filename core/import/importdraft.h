// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace standpoint::importing {

// One paragraph of a file as read, and whether cleaning proposes to drop it (and why).
struct ImportBlock
{
    QString text;
    bool heading = false;
    QString removeRule; // empty: kept
    QString removeWhy;
    bool removed() const { return !removeRule.isEmpty(); }
};

// A file read for import, before it is written: what the preview shows and the user may edit.
struct ImportDraft
{
    QString path;
    QString format;   // text, markdown, html, pdf, docx
    QList<ImportBlock> blocks;
    QString editedText; // the cleaned text as the user edited it; empty: the kept blocks
    QStringList notices; // what the reader did that the user should know (dropped scripts, joined lines)

    QString title, subtitle, publisher, date, address;
    QStringList authors;
    // Who the document speaks for: an existing position or speaker key, or a new position's label.
    QString positionKey, speakerKey, newPositionLabel;

    QString receivedText() const;  // every block, paragraphs separated by a blank line
    QString cleanedText() const;   // editedText, or the kept blocks
};

} // namespace standpoint::importing
