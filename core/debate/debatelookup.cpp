// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "core/debate/debatelookup.h"

#include "core/debate/debatereader.h"
#include "core/sqlite/query.h"

#include <QCoreApplication>

#include <iterator>

namespace standpoint::debate {

namespace {

struct Tr { Q_DECLARE_TR_FUNCTIONS(DebateLookup) };

// For each kind, a whole statement (the key is always bound, never put into the text) and the sentence
// that says it is missing, whole so that each language can word it.
struct KeyedTerm
{
    Keyed kind;
    const char *query;
    const char *missing;
};

constexpr KeyedTerm kKeyed[] = {
    {.kind = Keyed::Document, .query = "SELECT id FROM document WHERE debate_id = ? AND key = ?",
     .missing = QT_TRANSLATE_NOOP("DebateLookup", "No document \"%1\" in debate \"%2\"")},
    {.kind = Keyed::Position, .query = "SELECT id FROM position WHERE debate_id = ? AND key = ?",
     .missing = QT_TRANSLATE_NOOP("DebateLookup", "No position \"%1\" in debate \"%2\"")},
    {.kind = Keyed::Speaker, .query = "SELECT id FROM speaker WHERE debate_id = ? AND key = ?",
     .missing = QT_TRANSLATE_NOOP("DebateLookup", "No speaker \"%1\" in debate \"%2\"")},
    {.kind = Keyed::Theme, .query = "SELECT id FROM theme WHERE debate_id = ? AND key = ?",
     .missing = QT_TRANSLATE_NOOP("DebateLookup", "No theme \"%1\" in debate \"%2\"")},
    {.kind = Keyed::Question, .query = "SELECT id FROM question WHERE debate_id = ? AND key = ?",
     .missing = QT_TRANSLATE_NOOP("DebateLookup", "No question \"%1\" in debate \"%2\"")},
    {.kind = Keyed::Claim, .query = "SELECT id FROM claim WHERE debate_id = ? AND key = ?",
     .missing = QT_TRANSLATE_NOOP("DebateLookup", "No claim \"%1\" in debate \"%2\"")},
    {.kind = Keyed::Event, .query = "SELECT id FROM event WHERE debate_id = ? AND key = ?",
     .missing = QT_TRANSLATE_NOOP("DebateLookup", "No event \"%1\" in debate \"%2\"")},
};

// term() finds a kind's row by its number, so the rows follow the enum's order.
static_assert([] {
    for (int i = 0; i < int(std::size(kKeyed)); ++i) {
        if (static_cast<int>(kKeyed[i].kind) != i)
            return false;
    }
    return true;
}());

const KeyedTerm &term(Keyed kind) { return kKeyed[static_cast<int>(kind)]; }

// The debate's key for messages; its id when it has none (it was deleted meanwhile).
QString debateName(sql::Connection &db, qint64 debateId)
{
    QString key;
    (void)sql::forEachRow(db, QStringLiteral("SELECT key FROM debate WHERE id = ?"), {debateId},
                          [&](const sql::Statement &s) { key = s.text(0); });
    return key.isEmpty() ? QString::number(debateId) : key;
}

} // namespace

Result<qint64> findDebate(sql::Connection &db, const QString &key)
{
    if (!key.isEmpty()) {
        qint64 id = 0;
        Status done = sql::forEachRow(db, QStringLiteral("SELECT id FROM debate WHERE key = ?"), {key},
                                      [&](const sql::Statement &s) { id = s.integer(0); });
        if (!done)
            return done.error();
        if (id == 0)
            return Error{Tr::tr("No debate \"%1\" in the store").arg(key)};
        return id;
    }
    QList<qint64> ids;
    Status done = sql::forEachRow(db, QStringLiteral("SELECT id FROM debate ORDER BY id"), {},
                                  [&](const sql::Statement &s) { ids << s.integer(0); });
    if (!done)
        return done.error();
    if (ids.isEmpty())
        return Error{Tr::tr("The store holds no debate yet")};
    if (ids.size() > 1) {
        auto keys = debateKeys(db);
        if (!keys)
            return keys.error();
        return Error{Tr::tr("The store holds %1 debates; name one with --debate: %2")
                         .arg(QString::number(ids.size()), keys->join(QStringLiteral(", ")))};
    }
    return ids.first();
}

Result<std::optional<qint64>> findByKey(sql::Connection &db, qint64 debateId, Keyed kind, const QString &key)
{
    std::optional<qint64> id;
    Status done = sql::forEachRow(db, QString::fromLatin1(term(kind).query), {debateId, key},
                                  [&](const sql::Statement &s) { id = s.integer(0); });
    if (!done)
        return done.error();
    return id;
}

Result<qint64> idByKey(sql::Connection &db, qint64 debateId, Keyed kind, const QString &key)
{
    auto id = findByKey(db, debateId, kind, key);
    if (!id)
        return id.error();
    if (!*id)
        return Error{Tr::tr(term(kind).missing).arg(key, debateName(db, debateId))};
    return **id;
}

Result<qint64> stanceIdByKeys(sql::Connection &db, qint64 debateId, const QString &question, const QString &voice)
{
    const bool speaker = voice.startsWith(QLatin1String("speaker:"));
    const QString voiceKey = speaker ? voice.mid(8) : voice;
    qint64 id = 0;
    Status done = sql::forEachRow(
        db,
        QStringLiteral("SELECT st.id FROM stance st JOIN question q ON q.id = st.question_id LEFT JOIN position p ON "
                       "p.id = st.position_id LEFT JOIN speaker sp ON sp.id = st.speaker_id WHERE q.debate_id = ? AND "
                       "q.key = ? AND (CASE WHEN ? THEN sp.key ELSE coalesce(p.key, sp.key) END) = ? ORDER BY st.position_id "
                       "IS NULL LIMIT 1"),
        {debateId, question, speaker, voiceKey}, [&](const sql::Statement &s) { id = s.integer(0); });
    if (!done)
        return done.error();
    if (id == 0)
        return Error{Tr::tr("No stance of \"%1\" on question \"%2\" in debate \"%3\"")
                         .arg(voice, question, debateName(db, debateId))};
    return id;
}

Result<QString> documentExcerpt(sql::Connection &db, qint64 documentId, qint64 start, qint64 end)
{
    std::optional<QString> text;
    Status done = sql::forEachRow(db, QStringLiteral("SELECT cleaned_text FROM document WHERE id = ?"), {documentId},
                                  [&](const sql::Statement &s) { text = s.text(0); });
    if (!done)
        return done.error();
    if (!text)
        return Error{Tr::tr("No document %1 in the store").arg(documentId)};
    return text->mid(start, end - start);
}

Result<EventTarget> eventTarget(sql::Connection &db, qint64 eventId)
{
    std::optional<EventTarget> target;
    Status done = sql::forEachRow(db,
                                  QStringLiteral("SELECT e.key, q.start, q.end FROM event e LEFT JOIN event_quote eq "
                                                 "ON eq.event_id = e.id LEFT JOIN quote q ON q.id = eq.quote_id "
                                                 "WHERE e.id = ? ORDER BY eq.ord LIMIT 1"),
                                  {eventId}, [&](const sql::Statement &s) {
                                      target = EventTarget{.key = s.text(0)};
                                      if (!s.isNull(1)) {
                                          target->start = s.integer(1);
                                          target->end = s.integer(2);
                                      }
                                  });
    if (!done)
        return done.error();
    if (!target)
        return Error{Tr::tr("No event %1 in the store").arg(eventId)};
    return *target;
}

Result<StoreCounts> storeCounts(sql::Connection &db)
{
    auto debates = sql::scalar(db, QStringLiteral("SELECT count(*) FROM debate"));
    if (!debates)
        return debates.error();
    auto documents = sql::scalar(db, QStringLiteral("SELECT count(*) FROM document"));
    if (!documents)
        return documents.error();
    return StoreCounts{.debates = *debates, .documents = *documents};
}

} // namespace standpoint::debate
