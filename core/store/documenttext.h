// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include "core/result.h"
#include "core/text/textsplitter.h"

#include <QString>

#include <atomic>

namespace standpoint::sql {
class Connection;
}

namespace standpoint::store {

// Writes a document's cleaned text as paragraphs and sentences, and indexes each paragraph for search.
// Packs and imports both store their documents' text this way. Stops with an error when `cancel` is set.
// Returns how many paragraphs were written.
Result<int> writeDocumentText(sql::Connection &db, qint64 documentId, const QString &cleaned,
                              const std::atomic_bool *cancel = nullptr);

// The same, with the text already split by text::splitParagraphs and in UTF-8, and each paragraph's
// place in that UTF-8 as utf8Spans gives it. The index reads a passage's text from the document by
// those byte offsets, so `cleanedUtf8` must be the text the document row holds.
Result<int> writeDocumentText(sql::Connection &db, qint64 documentId, const QByteArray &cleanedUtf8,
                              const QList<text::Paragraph> &paragraphs, const QList<text::Span> &utf8Spans,
                              const std::atomic_bool *cancel = nullptr);

// Where each paragraph lies in the UTF-8 form of `cleaned`, in bytes.
QList<text::Span> utf8Spans(const QString &cleaned, const QList<text::Paragraph> &paragraphs);

// The message a cancelled write returns.
QString cancelledMessage();

} // namespace standpoint::store
