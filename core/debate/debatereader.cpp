// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "core/debate/debatereader.h"

#include "core/sqlite/query.h"

#include <QCoreApplication>
#include <QHash>

namespace standpoint::debate {

namespace {

using sql::Statement;

QString positionKey(const QString &key) { return QStringLiteral("position:") + key; }
QString speakerKey(const QString &key) { return QStringLiteral("speaker:") + key; }

QuoteView quoteFrom(const Statement &s, int first)
{
    return QuoteView{s.integer(first), s.integer(first + 1), s.text(first + 2), s.text(first + 3),
                     s.integer(first + 4), s.integer(first + 5), s.text(first + 6)};
}

// Columns for quoteFrom, given the alias q for quote and d for document.

Status readVoices(sql::Connection &db, qint64 debateId, DebateSnapshot &out)
{
    QList<Voice> positions;
    Status done = sql::forEachRow(
        db, QStringLiteral("SELECT id, key, label, summary, cited_only FROM position WHERE debate_id = ? ORDER BY ord"),
        {debateId}, [&](const Statement &s) {
            Voice v;
            v.kind = Voice::Kind::Position;
            v.id = s.integer(0);
            v.key = positionKey(s.text(1));
            v.label = s.text(2);
            v.detail = s.text(3);
            v.citedOnly = s.integer(4) != 0;
            positions << v;
        });
    if (!done)
        return done;
    QHash<qint64, QList<Voice>> speakersByPosition;
    QList<Voice> loose;
    done = sql::forEachRow(
        db,
        QStringLiteral("SELECT s.id, s.key, s.name, s.role, s.affiliation, p.key, s.position_id FROM speaker s "
                       "LEFT JOIN position p ON p.id = s.position_id WHERE s.debate_id = ? ORDER BY s.ord"),
        {debateId}, [&](const Statement &s) {
            Voice v;
            v.kind = Voice::Kind::Speaker;
            v.id = s.integer(0);
            v.key = speakerKey(s.text(1));
            v.label = s.text(2);
            v.moderator = s.text(3) == QLatin1String("moderator");
            v.detail = v.moderator ? QCoreApplication::translate("DebateReader", "Moderator; %1").arg(s.text(4)) : s.text(4);
            if (!s.isNull(5)) {
                v.parentKey = positionKey(s.text(5));
                speakersByPosition[s.integer(6)] << v;
            } else {
                loose << v;
            }
        });
    if (!done)
        return done;
    // Speakers follow their position, so a panel's voices stand together.
    for (const Voice &p : positions) {
        out.voices << p;
        out.voices << speakersByPosition.value(p.id);
    }
    out.voices << loose;
    return success();
}

Status readStances(sql::Connection &db, qint64 debateId, DebateSnapshot &out)
{
    QHash<qint64, QString> keys; // stance id → snapshot key
    QString unknown;             // a value the CHECK on stance.value should have refused
    Status done = sql::forEachRow(
        db,
        QStringLiteral("SELECT st.id, q.key, p.key, sp.key, st.value, st.paraphrase FROM stance st "
                       "JOIN question q ON q.id = st.question_id LEFT JOIN position p ON p.id = st.position_id "
                       "LEFT JOIN speaker sp ON sp.id = st.speaker_id WHERE q.debate_id = ?"),
        {debateId}, [&](const Statement &s) {
            const QString voice = s.isNull(2) ? speakerKey(s.text(3)) : positionKey(s.text(2));
            const QString key = DebateSnapshot::stanceKey(s.text(1), voice);
            const auto value = stanceValueFromKey(s.text(4));
            if (!value) {
                unknown = s.text(4);
                return;
            }
            out.stances.insert(key, Stance{.id = s.integer(0), .value = *value, .paraphrase = s.text(5), .quotes = {}});
            keys.insert(s.integer(0), key);
        });
    if (!done)
        return done;
    if (!unknown.isNull())
        return Error{QCoreApplication::translate("DebateReader", "The store holds a stance valued \"%1\", which is none of %2")
                         .arg(unknown, stanceValueKeys().join(QStringLiteral(", ")))};
    return sql::forEachRow(
        db,
        QStringLiteral("SELECT sq.stance_id, q.id, d.id, d.key, d.title, q.start, q.end, q.text FROM stance_quote sq JOIN quote q ON q.id = sq.quote_id "
                       "JOIN document d ON d.id = q.document_id WHERE d.debate_id = ? ORDER BY sq.stance_id, sq.ord"),
        {debateId}, [&](const Statement &s) {
            const auto key = keys.constFind(s.integer(0));
            if (key != keys.constEnd())
                out.stances[*key].quotes << quoteFrom(s, 1);
        });
}

Status readDocuments(sql::Connection &db, qint64 debateId, DebateSnapshot &out)
{
    Status done = sql::forEachRow(
        db,
        QStringLiteral("SELECT id, key, title, subtitle, publisher, kind, date_text FROM document WHERE debate_id = ? "
                       "ORDER BY id"),
        {debateId}, [&](const Statement &s) {
            out.documents << DocumentInfo{s.integer(0), s.text(1), s.text(2), s.text(3), s.text(4), s.text(5),
                                          s.text(6), {}, {}};
        });
    if (!done)
        return done;
    // Authors and voices of every document in two set-wise queries: a store may hold many thousands.
    QHash<qint64, qsizetype> index;
    for (qsizetype i = 0; i < out.documents.size(); ++i)
        index.insert(out.documents[i].id, i);
    const auto into = [&](qint64 id) -> DocumentInfo * {
        const auto it = index.constFind(id);
        return it == index.constEnd() ? nullptr : &out.documents[*it];
    };
    if (Status authors = sql::forEachRow(db,
                                         QStringLiteral("SELECT a.document_id, a.name FROM document_author a JOIN document d ON "
                                                        "d.id = a.document_id WHERE d.debate_id = ? ORDER BY a.document_id, a.ord"),
                                         {debateId}, [&](const Statement &s) {
                                             if (DocumentInfo *d = into(s.integer(0)))
                                                 d->authors << s.text(1);
                                         });
        !authors)
        return authors;
    if (Status voices = sql::forEachRow(
            db,
            QStringLiteral("SELECT pd.document_id, 'position:' || p.key, p.ord FROM position_document pd JOIN position p ON "
                           "p.id = pd.position_id WHERE p.debate_id = ?1 "
                           "UNION ALL SELECT document_id, 'speaker:' || key, 1000000 + ord FROM speaker WHERE debate_id = ?1 "
                           "UNION ALL SELECT sd.document_id, 'speaker:' || s.key, 2000000 + s.ord FROM speaker_document sd "
                           "JOIN speaker s ON s.id = sd.speaker_id WHERE s.debate_id = ?1 ORDER BY 1, 3"),
            {debateId}, [&](const Statement &s) {
                if (DocumentInfo *d = into(s.integer(0)))
                    d->voices << s.text(1);
            });
        !voices)
        return voices;
    return success();
}

} // namespace

const Voice *DebateSnapshot::voice(const QString &key) const
{
    for (const Voice &v : voices) {
        if (v.key == key)
            return &v;
    }
    return nullptr;
}

QString DebateSnapshot::themeLabel(const QString &key) const
{
    for (const Theme &t : themes) {
        if (t.key == key)
            return t.label;
    }
    return key;
}

Result<QStringList> debateKeys(sql::Connection &db)
{
    QStringList keys;
    if (Status done = sql::forEachRow(db, QStringLiteral("SELECT key FROM debate ORDER BY id"), {},
                                      [&](const Statement &s) { keys << s.text(0); });
        !done)
        return done.error();
    return keys;
}

Result<DebateSnapshot> readDebate(sql::Connection &db, const QString &key)
{
    DebateSnapshot out;
    qint64 debateId = 0;
    Status done = sql::forEachRow(db,
                                  QStringLiteral("SELECT id, key, title, summary FROM debate WHERE ?1 = '' OR key = ?1 "
                                                 "ORDER BY id LIMIT 1"),
                                  {key}, [&](const Statement &s) {
                                      debateId = s.integer(0);
                                      out.key = s.text(1);
                                      out.title = s.text(2);
                                      out.summary = s.text(3);
                                  });
    if (!done)
        return done.error();
    if (debateId == 0)
        return Error{key.isEmpty() ? QCoreApplication::translate("DebateReader", "The store holds no debate yet")
                                   : QCoreApplication::translate("DebateReader", "No debate \"%1\" in the store").arg(key)};
    done = sql::forEachRow(db, QStringLiteral("SELECT key, label, description FROM theme WHERE debate_id = ? ORDER BY ord"),
                           {debateId}, [&](const Statement &s) { out.themes << Theme{s.text(0), s.text(1), s.text(2)}; });
    if (!done)
        return done.error();
    done = sql::forEachRow(db,
                           QStringLiteral("SELECT id, key, text, yes_label, no_label FROM question WHERE debate_id = ? "
                                          "ORDER BY ord"),
                           {debateId}, [&](const Statement &s) {
                               out.questions << Question{s.integer(0), s.text(1), s.text(2), s.text(3), s.text(4), {}};
                           });
    if (!done)
        return done.error();
    for (Question &q : out.questions) {
        done = sql::forEachRow(db,
                               QStringLiteral("SELECT t.key FROM question_theme qt JOIN theme t ON t.id = qt.theme_id "
                                              "WHERE qt.question_id = ? ORDER BY t.ord"),
                               {q.id}, [&](const Statement &s) { q.themes << s.text(0); });
        if (!done)
            return done.error();
    }
    for (auto step : {readVoices, readStances, readDocuments}) {
        if (Status read = step(db, debateId, out); !read)
            return read.error();
    }
    return out;
}

Result<DocumentText> readDocument(sql::Connection &db, qint64 documentId)
{
    DocumentText out;
    qint64 debateId = 0;
    Status done = sql::forEachRow(
        db,
        QStringLiteral("SELECT id, key, title, subtitle, publisher, kind, date_text, cleaned_text, debate_id "
                       "FROM document WHERE id = ?"),
        {documentId}, [&](const Statement &s) {
            out.info = DocumentInfo{s.integer(0), s.text(1), s.text(2), s.text(3), s.text(4), s.text(5), s.text(6), {}, {}};
            out.cleaned = s.text(7);
            debateId = s.integer(8);
        });
    if (!done)
        return done.error();
    if (debateId == 0)
        return Error{QCoreApplication::translate("DebateReader", "No document %1 in the store").arg(documentId)};
    done = sql::forEachRow(db, QStringLiteral("SELECT name FROM document_author WHERE document_id = ? ORDER BY ord"),
                           {documentId}, [&](const Statement &s) { out.info.authors << s.text(0); });
    if (!done)
        return done.error();
    done = sql::forEachRow(db, QStringLiteral("SELECT text FROM document_caveat WHERE document_id = ? ORDER BY ord"),
                           {documentId}, [&](const Statement &s) { out.caveats << s.text(0); });
    if (!done)
        return done.error();
    done = sql::forEachRow(db,
                           QStringLiteral("SELECT p.start, p.end, p.kind, coalesce(s.name, '') FROM paragraph p LEFT JOIN "
                                          "speaker s ON s.id = p.speaker_id WHERE p.document_id = ? ORDER BY p.ord"),
                           {documentId}, [&](const Statement &s) {
                               out.paragraphs << ParagraphView{s.integer(0), s.integer(1),
                                                               s.text(2) == QLatin1String("heading"), s.text(3)};
                           });
    if (!done)
        return done.error();
    done = sql::forEachRow(db,
                           QStringLiteral("SELECT rule, why, text, received_start FROM removed_span WHERE document_id = ? "
                                          "ORDER BY received_start"),
                           {documentId}, [&](const Statement &s) {
                               out.removed << RemovedView{s.text(0), s.text(1), s.text(2), s.integer(3)};
                           });
    if (!done)
        return done.error();
    // Claims with at least one quote in this document, ordered by where they first appear.
    QHash<qint64, qsizetype> index;
    done = sql::forEachRow(
        db,
        QStringLiteral("SELECT c.id, c.key, c.paraphrase, coalesce(p.label, sp.name), q.id, d.id, d.key, d.title, q.start, q.end, q.text FROM claim c "
                       "JOIN claim_quote cq ON cq.claim_id = c.id JOIN quote q ON q.id = cq.quote_id "
                       "JOIN document d ON d.id = q.document_id LEFT JOIN position p ON p.id = c.position_id "
                       "LEFT JOIN speaker sp ON sp.id = c.speaker_id WHERE d.id = ? ORDER BY q.start, c.ord"),
        {documentId}, [&](const Statement &s) {
            const qint64 id = s.integer(0);
            if (!index.contains(id)) {
                index.insert(id, out.claims.size());
                out.claims << ClaimView{id, s.text(1), s.text(2), s.text(3), {}, {}};
            }
            out.claims[index[id]].quotes << quoteFrom(s, 4);
        });
    if (!done)
        return done.error();
    for (ClaimView &c : out.claims) {
        done = sql::forEachRow(db,
                               QStringLiteral("SELECT t.key FROM claim_theme ct JOIN theme t ON t.id = ct.theme_id "
                                              "WHERE ct.claim_id = ? ORDER BY t.ord"),
                               {c.id}, [&](const Statement &s) { c.themes << s.text(0); });
        if (!done)
            return done.error();
    }
    return out;
}

} // namespace standpoint::debate
