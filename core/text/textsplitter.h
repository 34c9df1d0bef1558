// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include <QList>
#include <QString>

namespace standpoint::text {

struct Span
{
    qsizetype start = 0;
    qsizetype end = 0; // exclusive
    qsizetype length() const { return end - start; }
    bool contains(const Span &other) const { return start <= other.start && other.end <= end; }
};

struct Paragraph
{
    Span span;
    bool heading = false;
    QList<Span> sentences;
};

// Splits cleaned text (paragraphs separated by a blank line) into paragraphs and sentences,
// and tells headings from body text by their shape: short, and not ending like a sentence.
QList<Paragraph> splitParagraphs(const QString &cleaned);

} // namespace standpoint::text
