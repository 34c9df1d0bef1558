// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include "core/pack/packloader.h"
#include "core/pack/packspec.h"
#include "core/result.h"
#include "core/text/textsplitter.h"

#include <QHash>
#include <QVariant>

namespace standpoint::sql {
class Connection;
}

namespace standpoint::pack {

// Writes a PackSpec into the store, resolving every key and quote; used inside loadPack's transaction.
class PackWriter
{
public:
    PackWriter(sql::Connection &db, const PackSpec &spec) : m_db(db), m_spec(spec) {}

    Result<LoadSummary> write();

private:
    struct DocumentInfo
    {
        qint64 id = 0;
        QString cleaned;
    };
    struct SpeakerInfo
    {
        qint64 id = 0;
        QString document;
        QList<text::Span> turns;
    };

    Status writeDebate();
    Status writeThemes();
    Status writeQuestions();
    Status writeDocuments();
    Status writeDocument(const DocumentSpec &doc);
    Status writeSpeakers(const DocumentSpec &doc);
    Status writePositions();
    Status writeClaims();
    Status writeStances();
    Status writeEvents();
    Status writeReferences();
    Status writeSeries();
    Status writeNotFigures();
    Status writeCharts();
    Status writeEras();

    Result<qint64> writeQuote(const QuoteSpec &quote);
    // Each takes its whole INSERT statement (owner id, then theme or quote id): SQL is never put together.
    Status linkQuotes(const QString &insert, qint64 ownerId, const QList<QuoteSpec> &quotes);
    Status linkThemes(const QString &insert, qint64 ownerId, const QStringList &themes, const SourceRef &where);
    struct Voice
    {
        QVariant position, speaker;
    };
    Result<Voice> resolveVoice(const VoiceSpec &voice, const SourceRef &where) const;
    // Indexes a claim's or an event's text for search; `body` must be what the view search_text reads
    // for its row (schema 6).
    Status index(qint64 row, const QString &body);
    Status run(const QString &sql, const QVariantList &values);
    static Error at(const SourceRef &where, const QString &message);

    sql::Connection &m_db;
    const PackSpec &m_spec;
    LoadSummary m_summary;
    qint64 m_debateId = 0;
    QHash<QString, qint64> m_themes, m_questions, m_positions, m_references, m_claims, m_events, m_series;
    QHash<QString, DocumentInfo> m_documents;
    QHash<QString, SpeakerInfo> m_speakers;
};

} // namespace standpoint::pack
