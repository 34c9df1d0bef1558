// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "core/notes/readingsets.h"

#include "core/debate/stancevalue.h"
#include "core/sqlite/query.h"
#include "core/sqlite/transaction.h"
#include "core/text/sourcename.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QUuid>

namespace standpoint::notes {

namespace {

struct Tr { Q_DECLARE_TR_FUNCTIONS(ReadingSets) };

QString now() { return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs); }

QVariant idOrNull(qint64 id) { return id > 0 ? QVariant(id) : QVariant(); }

Status touch(sql::Connection &db, qint64 setId)
{
    auto stmt = db.prepare(QStringLiteral("UPDATE reading_set SET updated_at = ? WHERE id = ?"));
    if (!stmt)
        return stmt.error();
    return stmt->bind(1, now()).bind(2, setId).run();
}

// Renumbers a set's items 0, 1, 2… in their current order.
Status renumber(sql::Connection &db, qint64 setId, const QList<qint64> &order)
{
    for (qsizetype i = 0; i < order.size(); ++i) {
        auto stmt = db.prepare(QStringLiteral("UPDATE reading_set_item SET ord = ? WHERE id = ? AND set_id = ?"));
        if (!stmt)
            return stmt.error();
        if (Status done = stmt->bind(1, qint64(i)).bind(2, order[i]).bind(3, setId).run(); !done)
            return done;
    }
    return success();
}

Result<QList<qint64>> itemOrder(sql::Connection &db, qint64 setId)
{
    QList<qint64> ids;
    Status done = sql::forEachRow(db, QStringLiteral("SELECT id FROM reading_set_item WHERE set_id = ? ORDER BY ord, id"),
                                  {setId}, [&](const sql::Statement &s) { ids << s.integer(0); });
    if (!done)
        return done.error();
    return ids;
}

QString citation(const QString &authors, const QString &publisher, const QString &date, const QString &title)
{
    return QStringLiteral("%1, “%2” (%3, %4)")
        .arg(text::shortSourceName(authors.split(QLatin1Char('|'), Qt::SkipEmptyParts), publisher, QString()), title,
             publisher, date);
}


Status checkItem(sql::Connection &db, const SetItem &item)
{
    // `query` counts the rows with the id: whole statements, never put together.
    const auto exists = [&](const char *what, const QString &query, qint64 id) -> Status {
        auto n = sql::scalar(db, query, {id});
        if (!n)
            return n.error();
        if (*n == 0)
            return Error{Tr::tr("No %1 %2 in the store").arg(QLatin1String(what), QString::number(id))};
        return success();
    };
    if (item.orphaned)
        return success(); // kept as received; nothing in the store to check against
    switch (item.kind) {
    case SetItemKind::Excerpt: {
        QString text;
        Status done = sql::forEachRow(db, QStringLiteral("SELECT cleaned_text FROM document WHERE id = ?"), {item.documentId},
                                      [&](const sql::Statement &s) { text = s.text(0); });
        if (!done)
            return done;
        if (text.isEmpty())
            return Error{Tr::tr("No document %1 in the store").arg(item.documentId)};
        if (item.start < 0 || item.end <= item.start || item.end > text.size())
            return Error{Tr::tr("The excerpt %1–%2 is not inside the document's text").arg(item.start).arg(item.end)};
        return success();
    }
    case SetItemKind::Document:
        return exists("document", QStringLiteral("SELECT count(*) FROM document WHERE id = ?"), item.documentId);
    case SetItemKind::Claim:
        return exists("claim", QStringLiteral("SELECT count(*) FROM claim WHERE id = ?"), item.claimId);
    case SetItemKind::Stance:
        return exists("stance", QStringLiteral("SELECT count(*) FROM stance WHERE id = ?"), item.stanceId);
    case SetItemKind::Event:
        return exists("event", QStringLiteral("SELECT count(*) FROM event WHERE id = ?"), item.eventId);
    case SetItemKind::Chart:
        break;
    }
    auto n = sql::scalar(db, QStringLiteral("SELECT count(*) FROM chart WHERE key = ?"), {item.chartKey});
    if (!n)
        return n.error();
    return *n ? success() : Status(Error{Tr::tr("No chart \"%1\" in the store").arg(item.chartKey)});
}

// `query` selects q.text, d.title, d.publisher, d.date_text and the authors of the owner's quotes.
Status quotesOf(sql::Connection &db, const QString &query, qint64 id, SetItem &item)
{
    return sql::forEachRow(db, query, {id}, [&](const sql::Statement &s) {
                               item.quotes << QStringLiteral("“%1”").arg(s.text(0));
                               const QString c = citation(s.text(4), s.text(2), s.text(3), s.text(1));
                               if (!item.citations.contains(c))
                                   item.citations << c;
                           });
}

Status describe(sql::Connection &db, SetItem &item)
{
    if (item.orphaned && item.kind != SetItemKind::Excerpt) {
        item.title = item.label;
        item.body = Tr::tr("Not found in this store: it was shared from a store that holds it.");
        return success();
    }
    if (item.kind == SetItemKind::Excerpt || item.kind == SetItemKind::Document) {
        bool found = false;
        Status done = sql::forEachRow(
            db,
            QStringLiteral("SELECT d.title, d.publisher, d.date_text, coalesce((SELECT group_concat(name, '|') FROM (SELECT name FROM document_author a WHERE a.document_id = d.id ORDER BY a.ord)), ''), "
                           "d.cleaned_text FROM document d WHERE d.id = ?"),
            {item.documentId}, [&](const sql::Statement &s) {
                found = true;
                item.citations << citation(s.text(3), s.text(1), s.text(2), s.text(0));
                if (item.kind == SetItemKind::Document) {
                    item.title = s.text(0);
                    item.body = Tr::tr("The whole document: %1").arg(item.citations.first());
                } else {
                    item.title = Tr::tr("Excerpt from “%1”").arg(s.text(0));
                    const QString now = s.text(4).mid(item.start, item.end - item.start);
                    item.orphaned = item.orphaned || now != item.anchorText;
                    item.body = item.anchorText;
                }
            });
        if (!done)
            return done;
        if (!found) {
            item.title = item.label.isEmpty() ? Tr::tr("Excerpt") : item.label;
            item.body = item.anchorText;
        }
        return success();
    }
    if (item.kind == SetItemKind::Claim) {
        Status done = sql::forEachRow(db,
                                      QStringLiteral("SELECT c.paraphrase, coalesce(p.label, sp.name) FROM claim c LEFT JOIN "
                                                     "position p ON p.id = c.position_id LEFT JOIN speaker sp ON "
                                                     "sp.id = c.speaker_id WHERE c.id = ?"),
                                      {item.claimId}, [&](const sql::Statement &s) {
                                          item.title = Tr::tr("Claim — %1").arg(s.text(1));
                                          item.body = s.text(0);
                                      });
        if (!done)
            return done;
        return quotesOf(db, QStringLiteral("SELECT q.text, d.title, d.publisher, d.date_text, coalesce((SELECT group_concat(name, '|') FROM (SELECT name FROM document_author a WHERE a.document_id = d.id ORDER BY a.ord)), '') FROM claim_quote l "
                                       "JOIN quote q ON q.id = l.quote_id JOIN document d ON d.id = q.document_id WHERE l.claim_id = ? ORDER BY l.ord"),
                        item.claimId, item);
    }
    if (item.kind == SetItemKind::Stance) {
        Status done = sql::forEachRow(
            db,
            QStringLiteral("SELECT q.text, coalesce(p.label, sp.name), st.value, st.paraphrase FROM stance st JOIN question q "
                           "ON q.id = st.question_id LEFT JOIN position p ON p.id = st.position_id LEFT JOIN speaker sp "
                           "ON sp.id = st.speaker_id WHERE st.id = ?"),
            {item.stanceId}, [&](const sql::Statement &s) {
                item.title = Tr::tr("%1 on “%2”").arg(s.text(1), s.text(0));
                const auto value = debate::stanceValueFromKey(s.text(2));
                item.body = Tr::tr("%1: %2").arg(value ? debate::stanceValueLabel(*value) : s.text(2), s.text(3));
            });
        if (!done)
            return done;
        return quotesOf(db, QStringLiteral("SELECT q.text, d.title, d.publisher, d.date_text, coalesce((SELECT group_concat(name, '|') FROM (SELECT name FROM document_author a WHERE a.document_id = d.id ORDER BY a.ord)), '') FROM stance_quote l "
                                       "JOIN quote q ON q.id = l.quote_id JOIN document d ON d.id = q.document_id WHERE l.stance_id = ? ORDER BY l.ord"),
                        item.stanceId, item);
    }
    if (item.kind == SetItemKind::Event) {
        Status done = sql::forEachRow(db, QStringLiteral("SELECT title, date_text, description FROM event WHERE id = ?"),
                                      {item.eventId}, [&](const sql::Statement &s) {
                                          item.title = Tr::tr("%1 — %2").arg(s.text(1), s.text(0));
                                          item.body = s.text(2);
                                      });
        if (!done)
            return done;
        return quotesOf(db, QStringLiteral("SELECT q.text, d.title, d.publisher, d.date_text, coalesce((SELECT group_concat(name, '|') FROM (SELECT name FROM document_author a WHERE a.document_id = d.id ORDER BY a.ord)), '') FROM event_quote l "
                                       "JOIN quote q ON q.id = l.quote_id JOIN document d ON d.id = q.document_id WHERE l.event_id = ? ORDER BY l.ord"),
                        item.eventId, item);
    }
    return sql::forEachRow(db, QStringLiteral("SELECT title, subtitle FROM chart WHERE key = ?"), {item.chartKey},
                           [&](const sql::Statement &s) {
                               item.title = Tr::tr("Chart — %1").arg(s.text(0));
                               item.body = s.text(1);
                           });
}

Status insertItem(sql::Connection &db, qint64 setId, const SetItem &item, int ord, qint64 id)
{
    auto stmt = db.prepare(QStringLiteral(
        "INSERT INTO reading_set_item (id, set_id, ord, kind, document_id, start, end, anchor_text, claim_id, stance_id, "
        "event_id, chart_key, note, orphaned, label) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!stmt)
        return stmt.error();
    const bool excerpt = item.kind == SetItemKind::Excerpt;
    stmt->bindVariant(1, idOrNull(id)).bind(2, setId).bind(3, ord).bind(4, setItemKindKey(item.kind));
    stmt->bindVariant(5, idOrNull(item.documentId));
    stmt->bindVariant(6, excerpt ? QVariant(item.start) : QVariant()).bindVariant(7, excerpt ? QVariant(item.end) : QVariant());
    stmt->bindVariant(8, excerpt ? QVariant(item.anchorText) : QVariant());
    stmt->bindVariant(9, idOrNull(item.claimId)).bindVariant(10, idOrNull(item.stanceId)).bindVariant(11, idOrNull(item.eventId));
    stmt->bindVariant(12, item.chartKey.isEmpty() ? QVariant() : QVariant(item.chartKey));
    stmt->bind(13, item.note).bind(14, item.orphaned ? 1 : 0).bind(15, item.label);
    return stmt->run();
}

} // namespace

Result<qint64> createSet(sql::Connection &db, const QString &title, const QString &description, const QString &uuid, qint64 id)
{
    if (title.trimmed().isEmpty())
        return Error{Tr::tr("A reading set needs a title")};
    auto stmt = db.prepare(QStringLiteral(
        "INSERT INTO reading_set (id, uuid, title, description, imported, created_at, updated_at) VALUES (?, ?, ?, ?, 0, ?, ?)"));
    if (!stmt)
        return stmt.error();
    const QString stamp = now();
    stmt->bindVariant(1, idOrNull(id)).bind(2, uuid.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : uuid);
    stmt->bind(3, title.trimmed()).bind(4, description).bind(5, stamp).bind(6, stamp);
    if (Status done = stmt->run(); !done)
        return done.error();
    return db.lastInsertId();
}

Status renameSet(sql::Connection &db, qint64 setId, const QString &title, const QString &description)
{
    if (title.trimmed().isEmpty())
        return Error{Tr::tr("A reading set needs a title")};
    auto stmt = db.prepare(QStringLiteral("UPDATE reading_set SET title = ?, description = ?, updated_at = ? WHERE id = ?"));
    if (!stmt)
        return stmt.error();
    if (Status done = stmt->bind(1, title.trimmed()).bind(2, description).bind(3, now()).bind(4, setId).run(); !done)
        return done;
    return db.changes() ? success() : Status(Error{Tr::tr("No reading set %1 in the store").arg(setId)});
}

Status deleteSet(sql::Connection &db, qint64 setId)
{
    auto stmt = db.prepare(QStringLiteral("DELETE FROM reading_set WHERE id = ?"));
    if (!stmt)
        return stmt.error();
    if (Status done = stmt->bind(1, setId).run(); !done)
        return done;
    return db.changes() ? success() : Status(Error{Tr::tr("No reading set %1 in the store").arg(setId)});
}

Result<QList<ReadingSet>> listSets(sql::Connection &db)
{
    QList<ReadingSet> out;
    Status done = sql::forEachRow(
        db,
        QStringLiteral("SELECT s.id, s.uuid, s.title, s.description, s.imported, (SELECT count(*) FROM reading_set_item i "
                       "WHERE i.set_id = s.id) FROM reading_set s ORDER BY s.title COLLATE NOCASE, s.id"),
        {}, [&](const sql::Statement &s) {
            ReadingSet r;
            r.id = s.integer(0);
            r.uuid = s.text(1);
            r.title = s.text(2);
            r.description = s.text(3);
            r.imported = s.integer(4) != 0;
            r.itemCount = int(s.integer(5));
            out << r;
        });
    if (!done)
        return done.error();
    return out;
}

Result<qint64> findSet(sql::Connection &db, const QString &name)
{
    auto id = sql::scalar(db,
                          QStringLiteral("SELECT coalesce(max(id), 0) FROM reading_set WHERE CAST(id AS TEXT) = ?1 OR uuid = ?1 "
                                         "OR title = ?1"),
                          {name});
    if (!id)
        return id.error();
    if (*id == 0)
        return Error{Tr::tr("No reading set numbered, identified or titled \"%1\"").arg(name)};
    return *id;
}

Result<ReadingSet> readSet(sql::Connection &db, qint64 setId)
{
    ReadingSet set;
    Status done = sql::forEachRow(db, QStringLiteral("SELECT id, uuid, title, description, imported FROM reading_set WHERE id = ?"),
                                  {setId}, [&](const sql::Statement &s) {
                                      set.id = s.integer(0);
                                      set.uuid = s.text(1);
                                      set.title = s.text(2);
                                      set.description = s.text(3);
                                      set.imported = s.integer(4) != 0;
                                  });
    if (!done)
        return done.error();
    if (set.id == 0)
        return Error{Tr::tr("No reading set %1 in the store").arg(setId)};
    QString unknownKind; // a kind the CHECK on reading_set_item.kind should have refused
    done = sql::forEachRow(
        db,
        QStringLiteral("SELECT id, kind, coalesce(document_id, 0), coalesce(start, 0), coalesce(end, 0), "
                       "coalesce(anchor_text, ''), coalesce(claim_id, 0), coalesce(stance_id, 0), coalesce(event_id, 0), "
                       "coalesce(chart_key, ''), note, orphaned, label FROM reading_set_item WHERE set_id = ? ORDER BY ord, id"),
        {setId}, [&](const sql::Statement &s) {
            const auto kind = setItemKindFromKey(s.text(1));
            if (!kind) {
                unknownKind = s.text(1);
                return;
            }
            SetItem i;
            i.id = s.integer(0);
            i.kind = *kind;
            i.documentId = s.integer(2);
            i.start = s.integer(3);
            i.end = s.integer(4);
            i.anchorText = s.text(5);
            i.claimId = s.integer(6);
            i.stanceId = s.integer(7);
            i.eventId = s.integer(8);
            i.chartKey = s.text(9);
            i.note = s.text(10);
            i.orphaned = s.integer(11) != 0;
            i.label = s.text(12);
            set.items << i;
        });
    if (!done)
        return done.error();
    if (!unknownKind.isNull())
        return Error{Tr::tr("Reading set %1 holds an item of kind \"%2\", which is none of %3")
                         .arg(QString::number(setId), unknownKind, setItemKindKeys().join(QStringLiteral(", ")))};
    for (SetItem &item : set.items) {
        if (Status described = describe(db, item); !described)
            return described.error();
    }
    set.itemCount = int(set.items.size());
    done = sql::forEachRow(db, QStringLiteral("SELECT text FROM reading_set_question WHERE set_id = ? ORDER BY ord"), {setId},
                           [&](const sql::Statement &s) { set.questions << s.text(0); });
    if (!done)
        return done.error();
    return set;
}

Result<qint64> addItem(sql::Connection &db, qint64 setId, const SetItem &item, int position)
{
    if (Status ok = checkItem(db, item); !ok)
        return ok.error();
    auto transaction = sql::Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    auto order = itemOrder(db, setId);
    if (!order)
        return order.error();
    auto exists = sql::scalar(db, QStringLiteral("SELECT count(*) FROM reading_set WHERE id = ?"), {setId});
    if (!exists)
        return exists.error();
    if (*exists == 0)
        return Error{Tr::tr("No reading set %1 in the store").arg(setId)};
    if (Status done = insertItem(db, setId, item, int(order->size()), item.id); !done)
        return done.error();
    const qint64 id = db.lastInsertId();
    const int at = position < 0 || position > order->size() ? int(order->size()) : position;
    order->insert(at, id);
    if (Status done = renumber(db, setId, *order); !done)
        return done.error();
    if (Status done = touch(db, setId); !done)
        return done.error();
    if (Status committed = transaction->commit(); !committed)
        return committed.error();
    return id;
}

Result<std::pair<qint64, int>> itemPlace(sql::Connection &db, qint64 itemId)
{
    qint64 setId = 0;
    Status done = sql::forEachRow(db, QStringLiteral("SELECT set_id FROM reading_set_item WHERE id = ?"), {itemId},
                                  [&](const sql::Statement &s) { setId = s.integer(0); });
    if (!done)
        return done.error();
    if (setId == 0)
        return Error{Tr::tr("No reading-set item %1 in the store").arg(itemId)};
    auto order = itemOrder(db, setId);
    if (!order)
        return order.error();
    return std::pair{setId, int(order->indexOf(itemId))};
}

Status removeItem(sql::Connection &db, qint64 itemId)
{
    auto place = itemPlace(db, itemId);
    if (!place)
        return place.error();
    auto transaction = sql::Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    auto stmt = db.prepare(QStringLiteral("DELETE FROM reading_set_item WHERE id = ?"));
    if (!stmt)
        return stmt.error();
    if (Status done = stmt->bind(1, itemId).run(); !done)
        return done;
    auto order = itemOrder(db, place->first);
    if (!order)
        return order.error();
    if (Status done = renumber(db, place->first, *order); !done)
        return done;
    if (Status done = touch(db, place->first); !done)
        return done;
    return transaction->commit();
}

Status moveItem(sql::Connection &db, qint64 itemId, int newIndex)
{
    auto place = itemPlace(db, itemId);
    if (!place)
        return place.error();
    auto transaction = sql::Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    auto order = itemOrder(db, place->first);
    if (!order)
        return order.error();
    if (newIndex < 0 || newIndex >= order->size())
        return Error{Tr::tr("Position %1 is outside the set (0–%2)").arg(newIndex).arg(order->size() - 1)};
    order->move(place->second, newIndex);
    if (Status done = renumber(db, place->first, *order); !done)
        return done;
    if (Status done = touch(db, place->first); !done)
        return done;
    return transaction->commit();
}

Status setItemNote(sql::Connection &db, qint64 itemId, const QString &note)
{
    auto stmt = db.prepare(QStringLiteral("UPDATE reading_set_item SET note = ? WHERE id = ?"));
    if (!stmt)
        return stmt.error();
    if (Status done = stmt->bind(1, note).bind(2, itemId).run(); !done)
        return done;
    return db.changes() ? success() : Status(Error{Tr::tr("No reading-set item %1 in the store").arg(itemId)});
}

Status setQuestions(sql::Connection &db, qint64 setId, const QStringList &questions)
{
    auto transaction = sql::Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    auto clear = db.prepare(QStringLiteral("DELETE FROM reading_set_question WHERE set_id = ?"));
    if (!clear)
        return clear.error();
    if (Status done = clear->bind(1, setId).run(); !done)
        return done;
    int ord = 0;
    for (const QString &q : questions) {
        if (q.trimmed().isEmpty())
            continue;
        auto insert = db.prepare(QStringLiteral("INSERT INTO reading_set_question (set_id, ord, text) VALUES (?, ?, ?)"));
        if (!insert)
            return insert.error();
        if (Status done = insert->bind(1, setId).bind(2, ord++).bind(3, q.trimmed()).run(); !done)
            return done;
    }
    if (Status done = touch(db, setId); !done)
        return done;
    return transaction->commit();
}

Status restoreSet(sql::Connection &db, const ReadingSet &set)
{
    auto transaction = sql::Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    auto id = createSet(db, set.title, set.description, set.uuid, set.id);
    if (!id)
        return id.error();
    if (set.imported) {
        auto stmt = db.prepare(QStringLiteral("UPDATE reading_set SET imported = 1 WHERE id = ?"));
        if (!stmt)
            return stmt.error();
        if (Status done = stmt->bind(1, *id).run(); !done)
            return done;
    }
    for (qsizetype i = 0; i < set.items.size(); ++i) {
        if (Status done = insertItem(db, *id, set.items[i], int(i), set.items[i].id); !done)
            return done;
    }
    if (Status done = setQuestions(db, *id, set.questions); !done)
        return done;
    return transaction->commit();
}

} // namespace standpoint::notes
