// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "core/text/textsplitter.h"

#include <QTextBoundaryFinder>

namespace standpoint::text {

namespace {

bool looksLikeHeading(QStringView paragraph)
{
    if (paragraph.size() > 120)
        return false;
    static const QString sentenceEnds = QStringLiteral(".!?;:\"”’)…");
    return !sentenceEnds.contains(paragraph.back());
}

QList<Span> sentencesOf(const QString &text, Span paragraph)
{
    QList<Span> out;
    const QString body = text.mid(paragraph.start, paragraph.length());
    QTextBoundaryFinder finder(QTextBoundaryFinder::Sentence, body);
    qsizetype start = 0;
    while (finder.toNextBoundary() >= 0) {
        qsizetype end = finder.position();
        qsizetype trimmedEnd = end;
        while (trimmedEnd > start && body[trimmedEnd - 1].isSpace())
            --trimmedEnd;
        if (trimmedEnd > start)
            out << Span{paragraph.start + start, paragraph.start + trimmedEnd};
        start = end;
        if (end >= body.size())
            break;
    }
    return out;
}

} // namespace

QList<Paragraph> splitParagraphs(const QString &cleaned)
{
    QList<Paragraph> out;
    qsizetype start = 0;
    while (start < cleaned.size()) {
        qsizetype end = cleaned.indexOf(QStringLiteral("\n\n"), start);
        if (end < 0)
            end = cleaned.size();
        if (end > start) {
            Paragraph p;
            p.span = Span{start, end};
            p.heading = looksLikeHeading(QStringView(cleaned).mid(start, end - start));
            p.sentences = sentencesOf(cleaned, p.span);
            out << p;
        }
        start = end + 2;
    }
    return out;
}

} // namespace standpoint::text
