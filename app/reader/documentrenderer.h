// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include "core/debate/debatesnapshot.h"

#include <QList>

class QPalette;
class QTextDocument;

namespace standpoint::app {

// Lays a document's cleaned text out for reading (headings, paragraphs, labelled speaker turns,
// claims highlighted by theme) and maps offsets in the cleaned text to positions in the layout.
class DocumentRenderer
{
public:
    DocumentRenderer(const debate::DocumentText &document, const QStringList &themeKeys, const QPalette &palette);

    // Fills doc (cleared first).
    void render(QTextDocument *doc);

    // The layout position of a cleaned-text offset, or -1.
    int positionOf(qint64 offset) const;
    // The cleaned-text offset of a layout position, or -1 outside the document's own text.
    qint64 offsetOf(int position) const;

private:
    const debate::DocumentText &m_document;
    QStringList m_themes;
    bool m_dark;
    QTextDocument *m_doc = nullptr;
    QList<int> m_blockOfParagraph;
};

} // namespace standpoint::app
