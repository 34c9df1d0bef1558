// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "core/pack/packwriter.h"

#include "core/pack/packpaths.h"
#include "core/sqlite/connection.h"
#include "core/sqlite/statement.h"
#include "core/store/documenttext.h"
#include "core/text/cleaner.h"
#include "core/text/partialdate.h"
#include "core/text/quoteresolver.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>

namespace standpoint::pack {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(PackWriter) };
} // namespace

Error PackWriter::at(const SourceRef &where, const QString &message)
{
    return Error{where.describe() + QStringLiteral(": ") + message};
}

Status PackWriter::run(const QString &sql, const QVariantList &values)
{
    auto stmt = m_db.prepare(sql);
    if (!stmt)
        return stmt.error();
    for (qsizetype i = 0; i < values.size(); ++i)
        stmt->bindVariant(int(i + 1), values[i]);
    return stmt->run();
}

Status PackWriter::index(qint64 row, const QString &body)
{
    return run(QStringLiteral("INSERT INTO search_index (rowid, body) VALUES (?, ?)"), {row, body});
}

Result<LoadSummary> PackWriter::write()
{
    m_summary.debateKey = m_spec.debateKey;
    for (Status (PackWriter::*step)() :
         {&PackWriter::writeDebate, &PackWriter::writeThemes, &PackWriter::writeQuestions, &PackWriter::writeDocuments,
          &PackWriter::writePositions, &PackWriter::writeClaims, &PackWriter::writeStances, &PackWriter::writeEvents,
          &PackWriter::writeReferences, &PackWriter::writeSeries, &PackWriter::writeNotFigures,
          &PackWriter::writeCharts, &PackWriter::writeEras}) {
        if (Status done = (this->*step)(); !done)
            return done.error();
    }
    return m_summary;
}

Status PackWriter::writeDebate()
{
    auto exists = m_db.prepare(QStringLiteral("SELECT 1 FROM debate WHERE key = ?"));
    if (!exists)
        return exists.error();
    auto row = exists->bind(1, m_spec.debateKey).step();
    if (!row)
        return row.error();
    if (*row)
        return at(m_spec.debateWhere, Tr::tr("the debate \"%1\" is already in this store").arg(m_spec.debateKey));
    if (Status done = run(QStringLiteral("INSERT INTO debate (key, title, summary, pack_format, loaded_at) "
                                         "VALUES (?, ?, ?, ?, ?)"),
                          {m_spec.debateKey, m_spec.debateTitle, m_spec.debateSummary, m_spec.format,
                           QDateTime::currentDateTimeUtc().toString(Qt::ISODate)});
        !done)
        return done;
    m_debateId = m_db.lastInsertId();
    return success();
}

Status PackWriter::writeThemes()
{
    int ord = 0;
    for (const ThemeSpec &t : m_spec.themes) {
        if (m_themes.contains(t.key))
            return at(t.where, Tr::tr("theme id \"%1\" is used twice").arg(t.key));
        if (Status done = run(QStringLiteral("INSERT INTO theme (debate_id, key, label, description, ord) "
                                             "VALUES (?, ?, ?, ?, ?)"),
                              {m_debateId, t.key, t.label, t.description, ord++});
            !done)
            return done;
        m_themes.insert(t.key, m_db.lastInsertId());
    }
    return success();
}

Status PackWriter::linkThemes(const QString &insert, qint64 ownerId, const QStringList &themes,
                              const SourceRef &where)
{
    for (const QString &key : themes) {
        if (!m_themes.contains(key))
            return at(where, Tr::tr("unknown theme \"%1\"").arg(key));
        if (Status done = run(insert, {ownerId, m_themes.value(key)});
            !done)
            return done;
    }
    return success();
}

Status PackWriter::writeQuestions()
{
    int ord = 0;
    for (const QuestionSpec &q : m_spec.questions) {
        if (m_questions.contains(q.key))
            return at(q.where, Tr::tr("question id \"%1\" is used twice").arg(q.key));
        if (Status done = run(QStringLiteral("INSERT INTO question (debate_id, key, text, yes_label, no_label, ord) "
                                             "VALUES (?, ?, ?, ?, ?, ?)"),
                              {m_debateId, q.key, q.text, q.yesLabel, q.noLabel, ord++});
            !done)
            return done;
        m_questions.insert(q.key, m_db.lastInsertId());
        if (Status done = linkThemes(QStringLiteral("INSERT OR IGNORE INTO question_theme (question_id, theme_id) VALUES (?, ?)"), m_questions[q.key],
                                     q.themes, q.where);
            !done)
            return done;
    }
    return success();
}

Status PackWriter::writeDocuments()
{
    for (const DocumentSpec &doc : m_spec.documents) {
        if (Status done = writeDocument(doc); !done)
            return done;
    }
    for (const DocumentSpec &doc : m_spec.documents) {
        if (doc.revisionOf.isEmpty())
            continue;
        if (!m_documents.contains(doc.revisionOf))
            return at(doc.where, Tr::tr("\"revision_of\" names an unknown document \"%1\"").arg(doc.revisionOf));
        if (Status done = run(QStringLiteral("UPDATE document SET revision_of = ? WHERE id = ?"),
                              {m_documents[doc.revisionOf].id, m_documents[doc.key].id});
            !done)
            return done;
    }
    for (const DocumentSpec &doc : m_spec.documents) {
        if (Status done = writeSpeakers(doc); !done)
            return done;
    }
    return success();
}

Status PackWriter::writeDocument(const DocumentSpec &doc)
{
    if (m_documents.contains(doc.key))
        return at(doc.where, Tr::tr("document id \"%1\" is used twice").arg(doc.key));
    auto received = readPackText(m_spec.directory, doc.file);
    if (!received)
        return at(doc.where, received.message());
    if (received->trimmed().isEmpty())
        return at(doc.where, Tr::tr("the document file %1 is empty").arg(doc.file));
    auto cleaned = text::clean(*received, doc.cleaning);
    if (!cleaned)
        return cleaned.error();
    QVariant precision;
    if (!doc.date.isEmpty()) {
        auto date = text::parsePartialDate(doc.date);
        if (!date)
            return at(doc.where, date.message());
        precision = date->precisionName();
    }
    QString unified = *received;
    unified.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    if (Status done = run(QStringLiteral("INSERT INTO document (debate_id, key, title, subtitle, publisher, kind, series, "
                                         "date_text, date_precision, address, source_file, received_text, cleaned_text) "
                                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                          {m_debateId, doc.key, doc.title, doc.subtitle, doc.publisher, doc.kind, doc.series, doc.date,
                           precision, doc.address, doc.file, unified == cleaned->text ? QStringLiteral("") : unified, cleaned->text});
        !done)
        return done;
    const qint64 id = m_db.lastInsertId();
    m_documents.insert(doc.key, DocumentInfo{id, cleaned->text});
    ++m_summary.documents;
    for (qsizetype i = 0; i < doc.authors.size(); ++i) {
        if (Status done = run(QStringLiteral("INSERT INTO document_author (document_id, ord, name) VALUES (?, ?, ?)"),
                              {id, qint64(i), doc.authors[i]});
            !done)
            return done;
    }
    for (qsizetype i = 0; i < doc.caveats.size(); ++i) {
        if (Status done = run(QStringLiteral("INSERT INTO document_caveat (document_id, ord, text) VALUES (?, ?, ?)"),
                              {id, qint64(i), doc.caveats[i]});
            !done)
            return done;
    }
    for (const text::RemovedSpan &r : cleaned->removed) {
        if (Status done = run(QStringLiteral("INSERT INTO removed_span (document_id, rule, why, received_start, "
                                             "received_end, text) VALUES (?, ?, ?, ?, ?, ?)"),
                              {id, r.rule, r.why, qint64(r.receivedStart), qint64(r.receivedEnd), r.text});
            !done)
            return done;
    }
    if (auto written = store::writeDocumentText(m_db, id, cleaned->text); !written)
        return written.error();
    return success();
}

Status PackWriter::writeSpeakers(const DocumentSpec &doc)
{
    const DocumentInfo &info = m_documents[doc.key];
    int ord = 0;
    for (const SpeakerSpec &s : doc.speakers) {
        if (m_speakers.contains(s.key))
            return at(s.where, Tr::tr("speaker id \"%1\" is used twice").arg(s.key));
        if (s.role != QLatin1String("speaker") && s.role != QLatin1String("moderator"))
            return at(s.where, Tr::tr("\"role\" must be \"speaker\" or \"moderator\", not \"%1\"").arg(s.role));
        if (Status done = run(QStringLiteral("INSERT INTO speaker (debate_id, key, name, role, affiliation, document_id, ord) "
                                             "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                              {m_debateId, s.key, s.name, s.role, s.affiliation, info.id, ord++});
            !done)
            return done;
        SpeakerInfo speaker{m_db.lastInsertId(), doc.key, {}};
        for (const TurnSpec &turn : s.turns) {
            auto start = text::resolveQuote(info.cleaned, turn.start);
            if (!start)
                return at(turn.where, Tr::tr("turn start: %1").arg(start.message()));
            const qsizetype endAt = info.cleaned.indexOf(turn.end, start->start);
            if (endAt < 0)
                return at(turn.where, Tr::tr("turn end \"%1\" does not follow its start").arg(turn.end));
            const text::Span span{start->start, endAt + turn.end.size()};
            speaker.turns << span;
            if (Status done = run(QStringLiteral("INSERT INTO speaker_span (speaker_id, start, end) VALUES (?, ?, ?)"),
                                  {speaker.id, qint64(span.start), qint64(span.end)});
                !done)
                return done;
            if (Status done = run(QStringLiteral("UPDATE paragraph SET speaker_id = ? WHERE document_id = ? "
                                                 "AND start >= ? AND end <= ?"),
                                  {speaker.id, info.id, qint64(span.start), qint64(span.end)});
                !done)
                return done;
        }
        m_speakers.insert(s.key, speaker);
    }
    return success();
}

Status PackWriter::writePositions()
{
    int ord = 0;
    for (const PositionSpec &p : m_spec.positions) {
        if (m_positions.contains(p.key))
            return at(p.where, Tr::tr("position id \"%1\" is used twice").arg(p.key));
        if (p.citedOnly && !p.documents.isEmpty())
            return at(p.where, Tr::tr("a cited-only position has no documents of its own; list them under \"cited_in\""));
        if (Status done = run(QStringLiteral("INSERT INTO position (debate_id, key, label, summary, cited_only, ord) "
                                             "VALUES (?, ?, ?, ?, ?, ?)"),
                              {m_debateId, p.key, p.label, p.summary, p.citedOnly ? 1 : 0, ord++});
            !done)
            return done;
        const qint64 id = m_db.lastInsertId();
        m_positions.insert(p.key, id);
        const auto link = [&](const QStringList &docs, const QString &relation) -> Status {
            for (const QString &key : docs) {
                if (!m_documents.contains(key))
                    return at(p.where, Tr::tr("unknown document \"%1\"").arg(key));
                if (Status done = run(QStringLiteral("INSERT INTO position_document (position_id, document_id, relation) "
                                                     "VALUES (?, ?, ?)"),
                                      {id, m_documents[key].id, relation});
                    !done)
                    return done;
            }
            return success();
        };
        if (Status done = link(p.documents, QStringLiteral("author")); !done)
            return done;
        if (Status done = link(p.citedIn, QStringLiteral("cited_in")); !done)
            return done;
        for (const QString &key : p.speakers) {
            if (!m_speakers.contains(key))
                return at(p.where, Tr::tr("unknown speaker \"%1\"").arg(key));
            if (Status done = run(QStringLiteral("UPDATE speaker SET position_id = ? WHERE id = ?"), {id, m_speakers[key].id});
                !done)
                return done;
        }
    }
    return success();
}

Result<qint64> PackWriter::writeQuote(const QuoteSpec &quote)
{
    if (!m_documents.contains(quote.document))
        return at(quote.where, Tr::tr("the quote names an unknown document \"%1\"").arg(quote.document));
    const DocumentInfo &doc = m_documents[quote.document];
    auto span = text::resolveQuote(doc.cleaned, quote.text, quote.occurrence, quote.context);
    if (!span)
        return at(quote.where, Tr::tr("in document \"%1\", %2").arg(quote.document, span.message()));
    if (!quote.speaker.isEmpty()) {
        const auto speaker = m_speakers.constFind(quote.speaker);
        if (speaker == m_speakers.constEnd())
            return at(quote.where, Tr::tr("unknown speaker \"%1\"").arg(quote.speaker));
        const bool inside = speaker->document == quote.document
                            && std::any_of(speaker->turns.begin(), speaker->turns.end(),
                                           [&](const text::Span &turn) { return turn.contains(*span); });
        if (!inside)
            return at(quote.where, Tr::tr("the quote \"%1\" is not inside the turns of speaker \"%2\"")
                                       .arg(quote.text, quote.speaker));
    }
    if (Status done = run(QStringLiteral("INSERT INTO quote (document_id, start, end, text) VALUES (?, ?, ?, ?)"),
                          {doc.id, qint64(span->start), qint64(span->end), quote.text});
        !done)
        return done.error();
    ++m_summary.quotes;
    return m_db.lastInsertId();
}

Status PackWriter::linkQuotes(const QString &insert, qint64 ownerId, const QList<QuoteSpec> &quotes)
{
    for (qsizetype i = 0; i < quotes.size(); ++i) {
        auto quoteId = writeQuote(quotes[i]);
        if (!quoteId)
            return quoteId.error();
        if (Status done = run(insert, {ownerId, *quoteId, qint64(i)});
            !done)
            return done;
    }
    return success();
}

Result<PackWriter::Voice> PackWriter::resolveVoice(const VoiceSpec &voice, const SourceRef &where) const
{
    if (!voice.speaker.isEmpty()) {
        if (!m_speakers.contains(voice.speaker))
            return at(where, Tr::tr("unknown speaker \"%1\"").arg(voice.speaker));
        return Voice{QVariant(), m_speakers[voice.speaker].id};
    }
    if (!m_positions.contains(voice.position))
        return at(where, Tr::tr("unknown position \"%1\"").arg(voice.position));
    return Voice{m_positions[voice.position], QVariant()};
}

} // namespace standpoint::pack
