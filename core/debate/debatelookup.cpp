// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "core/debate/debatelookup.h"

#include "core/debate/debatereader.h"
#include "core/sqlite/query.h"

#include <QCoreApplication>

namespace standpoint::debate {

namespace {

struct Tr { Q_DECLARE_TR_FUNCTIONS(DebateLookup) };

// A whole statement for each kind: the key is always bound, never put into the text.
QString idQuery(Keyed kind)
{
    switch (kind) {
    case Keyed::Document:
        return QStringLiteral("SELECT id FROM document WHERE debate_id = ? AND key = ?");
    case Keyed::Position:
        return QStringLiteral("SELECT id FROM position WHERE debate_id = ? AND key = ?");
    case Keyed::Speaker:
        return QStringLiteral("SELECT id FROM speaker WHERE debate_id = ? AND key = ?");
    case Keyed::Theme:
        return QStringLiteral("SELECT id FROM theme WHERE debate_id = ? AND key = ?");
    case Keyed::Question:
        return QStringLiteral("SELECT id FROM question WHERE debate_id = ? AND key = ?");
    case Keyed::Claim:
        return QStringLiteral("SELECT id FROM claim WHERE debate_id = ? AND key = ?");
    case Keyed::Event:
        break;
    }
    return QStringLiteral("SELECT id FROM event WHERE debate_id = ? AND key = ?");
}

QString kindName(Keyed kind)
{
    switch (kind) {
    case Keyed::Document:
        return Tr::tr("document");
    case Keyed::Position:
        return Tr::tr("position");
    case Keyed::Speaker:
        return Tr::tr("speaker");
    case Keyed::Theme:
        return Tr::tr("theme");
    case Keyed::Question:
        return Tr::tr("question");
    case Keyed::Claim:
        return Tr::tr("claim");
    case Keyed::Event:
        break;
    }
    return Tr::tr("event");
}

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
    Status done = sql::forEachRow(db, idQuery(kind), {debateId, key}, [&](const sql::Statement &s) { id = s.integer(0); });
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
        return Error{Tr::tr("No %1 \"%2\" in debate \"%3\"").arg(kindName(kind), key, debateName(db, debateId))};
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
