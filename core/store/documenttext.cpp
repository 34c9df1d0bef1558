// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "core/store/documenttext.h"

#include "core/search/searchrows.h"
#include "core/sqlite/connection.h"
#include "core/sqlite/statement.h"
#include "core/sqlite/statementcache.h"
#include "core/text/textsplitter.h"
#include "core/text/utf8offsets.h"

#include <QCoreApplication>

#include <algorithm>

namespace standpoint::store {

namespace {

// A paragraph's sentences as the store keeps them: [[start,end],...].
QByteArray sentencesJson(const QList<text::Span> &sentences)
{
    QByteArray json;
    json.reserve(2 + sentences.size() * 14);
    json += '[';
    for (qsizetype i = 0; i < sentences.size(); ++i) {
        if (i > 0)
            json += ',';
        json += '[';
        json += QByteArray::number(sentences[i].start);
        json += ',';
        json += QByteArray::number(sentences[i].end);
        json += ']';
    }
    json += ']';
    return json;
}

} // namespace

QString cancelledMessage() { return QCoreApplication::translate("Store", "Cancelled; nothing was saved."); }

Result<int> writeDocumentText(sql::Connection &db, qint64 documentId, const QString &cleaned, const std::atomic_bool *cancel)
{
    const QList<text::Paragraph> paragraphs = text::splitParagraphs(cleaned);
    return writeDocumentText(db, documentId, cleaned.toUtf8(), paragraphs, utf8Spans(cleaned, paragraphs), cancel);
}

QList<text::Span> utf8Spans(const QString &cleaned, const QList<text::Paragraph> &paragraphs)
{
    QList<text::Span> spans;
    spans.reserve(paragraphs.size());
    qsizetype at = 0; // UTF-16 offset counted up to
    qsizetype bytes = 0;
    for (const text::Paragraph &p : paragraphs) {
        const qsizetype start = std::max(p.span.start, at);
        bytes += text::utf8Length(QStringView(cleaned).sliced(at, start - at));
        const qsizetype first = bytes;
        bytes += text::utf8Length(QStringView(cleaned).sliced(start, std::max<qsizetype>(p.span.end - start, 0)));
        spans << text::Span{first, bytes};
        at = std::max(p.span.end, start);
    }
    return spans;
}

Result<int> writeDocumentText(sql::Connection &db, qint64 documentId, const QByteArray &cleanedUtf8,
                              const QList<text::Paragraph> &paragraphs, const QList<text::Span> &utf8Spans,
                              const std::atomic_bool *cancel)
{
    if (utf8Spans.size() != paragraphs.size())
        return Error{QStringLiteral("%1 UTF-8 spans for %2 paragraphs").arg(utf8Spans.size()).arg(paragraphs.size())};
    auto insertParagraph = sql::cachedStatement(db, QStringLiteral(
        "INSERT INTO paragraph (document_id, ord, start, end, utf8_start, utf8_end, kind, sentences) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    // The index keeps no copy of the text (schema 6): it is given the text to read its words, and a
    // passage's row is its paragraph's id.
    auto index = sql::cachedStatement(db, QStringLiteral("INSERT INTO search_index (rowid, body) VALUES (?, ?)"));
    if (!insertParagraph)
        return insertParagraph.error();
    if (!index)
        return index.error();
    for (qsizetype i = 0; i < paragraphs.size(); ++i) {
        if (cancel && cancel->load())
            return Error{cancelledMessage()};
        const text::Paragraph &p = paragraphs[i];
        const text::Span bytes = utf8Spans[i];
        if (bytes.start < 0 || bytes.end < bytes.start || bytes.end > cleanedUtf8.size())
            return Error{QStringLiteral("paragraph %1 lies outside the text (bytes %2 to %3 of %4)")
                             .arg(i).arg(bytes.start).arg(bytes.end).arg(cleanedUtf8.size())};
        sql::Statement &row = **insertParagraph;
        row.reset();
        row.bind(1, documentId).bind(2, qint64(i)).bind(3, qint64(p.span.start)).bind(4, qint64(p.span.end));
        row.bind(5, qint64(bytes.start)).bind(6, qint64(bytes.end));
        row.bindUtf8(7, p.heading ? QByteArrayView("heading") : QByteArrayView("body"));
        row.bindUtf8(8, sentencesJson(p.sentences));
        if (Status done = row.run(); !done)
            return done.error();
        const qint64 paragraphId = db.lastInsertId();
        (*index)->reset();
        (*index)->bind(1, search::searchRow(search::RowKind::Passage, paragraphId));
        (*index)->bindUtf8InPlace(2, QByteArrayView(cleanedUtf8).sliced(bytes.start, bytes.length()));
        if (Status done = (*index)->run(); !done)
            return done.error();
    }
    return int(paragraphs.size());
}

} // namespace standpoint::store
