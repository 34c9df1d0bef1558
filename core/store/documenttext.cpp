// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "core/store/documenttext.h"

#include "core/sqlite/connection.h"
#include "core/sqlite/statement.h"
#include "core/sqlite/statementcache.h"
#include "core/text/textsplitter.h"

#include <QCoreApplication>

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
    return writeDocumentText(db, documentId, cleaned, text::splitParagraphs(cleaned), cancel);
}

Result<int> writeDocumentText(sql::Connection &db, qint64 documentId, const QString &cleaned,
                              const QList<text::Paragraph> &paragraphs, const std::atomic_bool *cancel)
{
    return writeDocumentText(db, documentId, paragraphs, paragraphTextsUtf8(cleaned, paragraphs), cancel);
}

QList<QByteArray> paragraphTextsUtf8(const QString &cleaned, const QList<text::Paragraph> &paragraphs)
{
    QList<QByteArray> texts;
    texts.reserve(paragraphs.size());
    for (const text::Paragraph &p : paragraphs)
        texts << QStringView(cleaned).sliced(p.span.start, p.span.length()).toUtf8();
    return texts;
}

Result<int> writeDocumentText(sql::Connection &db, qint64 documentId, const QList<text::Paragraph> &paragraphs,
                              const QList<QByteArray> &paragraphTexts, const std::atomic_bool *cancel)
{
    if (paragraphTexts.size() != paragraphs.size())
        return Error{QStringLiteral("%1 paragraph texts for %2 paragraphs").arg(paragraphTexts.size()).arg(paragraphs.size())};
    auto insertParagraph = sql::cachedStatement(db, QStringLiteral(
        "INSERT INTO paragraph (document_id, ord, start, end, kind, sentences) VALUES (?, ?, ?, ?, ?, ?)"));
    auto index = sql::cachedStatement(db, QStringLiteral(
        "INSERT INTO search_index (body, kind, ref_id, document_id) VALUES (?, 'passage', ?, ?)"));
    if (!insertParagraph)
        return insertParagraph.error();
    if (!index)
        return index.error();
    for (qsizetype i = 0; i < paragraphs.size(); ++i) {
        if (cancel && cancel->load())
            return Error{cancelledMessage()};
        const text::Paragraph &p = paragraphs[i];
        (*insertParagraph)->reset();
        (*insertParagraph)->bind(1, documentId).bind(2, qint64(i)).bind(3, qint64(p.span.start)).bind(4, qint64(p.span.end));
        (*insertParagraph)->bindUtf8(5, p.heading ? QByteArrayView("heading") : QByteArrayView("body"));
        (*insertParagraph)->bindUtf8(6, sentencesJson(p.sentences));
        if (Status done = (*insertParagraph)->run(); !done)
            return done.error();
        const qint64 paragraphId = db.lastInsertId();
        (*index)->reset();
        (*index)->bindUtf8(1, paragraphTexts[i]).bind(2, paragraphId).bind(3, documentId);
        if (Status done = (*index)->run(); !done)
            return done.error();
    }
    return int(paragraphs.size());
}

} // namespace standpoint::store
