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
// The same, with the text already split by text::splitParagraphs.
Result<int> writeDocumentText(sql::Connection &db, qint64 documentId, const QString &cleaned,
                              const QList<text::Paragraph> &paragraphs, const std::atomic_bool *cancel = nullptr);

// The same, with each paragraph's text already in UTF-8 (`paragraphTexts[i]` is paragraph i).
Result<int> writeDocumentText(sql::Connection &db, qint64 documentId, const QList<text::Paragraph> &paragraphs,
                              const QList<QByteArray> &paragraphTexts, const std::atomic_bool *cancel = nullptr);

// Each paragraph's text in UTF-8, as the overload above takes them.
QList<QByteArray> paragraphTextsUtf8(const QString &cleaned, const QList<text::Paragraph> &paragraphs);

// The message a cancelled write returns.
QString cancelledMessage();

} // namespace standpoint::store
