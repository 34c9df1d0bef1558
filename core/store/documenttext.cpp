// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "core/store/documenttext.h"

#include "core/sqlite/connection.h"
#include "core/sqlite/statement.h"
#include "core/sqlite/statementcache.h"
#include "core/text/textsplitter.h"

#include <QCoreApplication>

namespace standpoint::store {

QString cancelledMessage() { return QCoreApplication::translate("Store", "Cancelled; nothing was saved."); }

Result<int> writeDocumentText(sql::Connection &db, qint64 documentId, const QString &cleaned, const std::atomic_bool *cancel)
{
    return writeDocumentText(db, documentId, cleaned, text::splitParagraphs(cleaned), cancel);
}

Result<int> writeDocumentText(sql::Connection &db, qint64 documentId, const QString &cleaned,
                              const QList<text::Paragraph> &paragraphs, const std::atomic_bool *cancel)
{
    auto insertParagraph = sql::cachedStatement(db, QStringLiteral(
        "INSERT INTO paragraph (document_id, ord, start, end, kind) VALUES (?, ?, ?, ?, ?)"));
    auto insertSentence = sql::cachedStatement(db, QStringLiteral("INSERT INTO sentence (paragraph_id, start, end) VALUES (?, ?, ?)"));
    auto index = sql::cachedStatement(db, QStringLiteral(
        "INSERT INTO search_index (body, kind, ref_id, document_id) VALUES (?, 'passage', ?, ?)"));
    if (!insertParagraph)
        return insertParagraph.error();
    if (!insertSentence)
        return insertSentence.error();
    if (!index)
        return index.error();
    for (qsizetype i = 0; i < paragraphs.size(); ++i) {
        if (cancel && cancel->load())
            return Error{cancelledMessage()};
        const text::Paragraph &p = paragraphs[i];
        (*insertParagraph)->reset();
        (*insertParagraph)->bind(1, documentId).bind(2, qint64(i)).bind(3, qint64(p.span.start)).bind(4, qint64(p.span.end));
        (*insertParagraph)->bind(5, p.heading ? QStringLiteral("heading") : QStringLiteral("body"));
        if (Status done = (*insertParagraph)->run(); !done)
            return done.error();
        const qint64 paragraphId = db.lastInsertId();
        for (const text::Span &s : p.sentences) {
            (*insertSentence)->reset();
            (*insertSentence)->bind(1, paragraphId).bind(2, qint64(s.start)).bind(3, qint64(s.end));
            if (Status done = (*insertSentence)->run(); !done)
                return done.error();
        }
        (*index)->reset();
        (*index)->bind(1, cleaned.mid(p.span.start, p.span.length())).bind(2, paragraphId).bind(3, documentId);
        if (Status done = (*index)->run(); !done)
            return done.error();
    }
    return int(paragraphs.size());
}

} // namespace standpoint::store
