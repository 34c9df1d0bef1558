// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "core/search/hitdescriber.h"

#include "core/sqlite/query.h"

#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace standpoint::search {

namespace {

int yearOf(const QString &dateText)
{
    static const QRegularExpression year(QStringLiteral("\\b(\\d{4})\\b"));
    const auto m = year.match(dateText);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

void addUnique(QStringList &list, const QStringList &more)
{
    for (const QString &s : more) {
        if (!list.contains(s))
            list << s;
    }
}

} // namespace

HitDescriber::HitDescriber(sql::Connection &db) : m_db(db), m_cache(db.attached<ConnectionCache>()) {}

// Called once the search has read the store, so the version is that of what it read.
void HitDescriber::checkVersion()
{
    const unsigned int version = m_db.dataVersion();
    if (version != m_cache.version) {
        m_cache.documents.clear();
        m_cache.labels.clear();
        m_cache.version = version;
    }
}

QString HitDescriber::label(const QString &facet, const QString &key) const
{
    const QString id = facet + QLatin1Char('/') + key;
    if (auto it = m_labels.constFind(id); it != m_labels.constEnd())
        return *it;
    return m_cache.labels.value(id, key);
}

template<typename Fn>
Status HitDescriber::rows(const QString &sql, const QVariantList &values, Fn fn)
{
    return sql::forEachCachedRow(m_db, sql, values, fn);
}

Status HitDescriber::collect(const QString &sql, const QVariantList &values, const QString &facet, QStringList &into)
{
    return rows(sql, values, [&](const sql::Statement &s) {
        const QString key = s.text(0);
        if (!into.contains(key))
            into << key;
        m_labels.insert(facet + QLatin1Char('/') + key, s.text(1));
    });
}

Result<HitDescriber::DocumentFacets> HitDescriber::document(qint64 id)
{
    if (Status done = preloadDocuments({id}); !done)
        return done.error();
    return m_cache.documents.value(id);
}

Status HitDescriber::addDocument(SearchHit &hit, qint64 documentId)
{
    if (documentId <= 0)
        return success();
    auto doc = document(documentId);
    if (!doc)
        return doc.error();
    if (hit.documentId == 0) {
        hit.documentId = documentId;
        hit.documentKey = doc->key;
        hit.documentTitle = doc->title;
        hit.year = doc->year;
    }
    addUnique(hit.positions, doc->positions);
    addUnique(hit.speakers, doc->speakers);
    return success();
}

namespace {

// Ids as a JSON array, for `FROM json_each(?) j JOIN … ON id = j.value`: one bound parameter, any number of
// ids, looked up one by one without building a temporary index of them first. Callers pass each id once.
QString idList(const QList<qint64> &ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (qint64 id : ids)
        parts << QString::number(id);
    return QLatin1Char('[') + parts.join(QLatin1Char(',')) + QLatin1Char(']');
}

} // namespace

Status HitDescriber::preloadDocuments(const QList<qint64> &ids)
{
    QList<qint64> missing;
    QSet<qint64> seen;
    for (qint64 id : ids) {
        if (!m_cache.documents.contains(id) && !seen.contains(id)) {
            seen.insert(id);
            missing << id;
        }
    }
    if (missing.isEmpty())
        return success();
    const QString list = idList(missing);
    QHash<qint64, QString> dates;
    if (Status done = rows(QStringLiteral("SELECT d.id, d.key, d.title, d.date_text FROM json_each(?) j JOIN document d ON d.id = j.value"),
                           {list}, [&](const sql::Statement &s) {
                               DocumentFacets &d = m_cache.documents[s.integer(0)];
                               d.key = s.text(1);
                               d.title = s.text(2);
                               d.year = yearOf(s.text(3));
                               m_cache.labels.insert(QStringLiteral("document/") + d.key, d.title);
                               if (d.year)
                                   m_cache.labels.insert(QStringLiteral("year/") + QString::number(d.year), QString::number(d.year));
                           });
        !done)
        return done;
    if (Status done = rows(QStringLiteral("SELECT pd.document_id, p.key, p.label FROM json_each(?) j JOIN position_document pd ON pd.document_id = "
                                          "j.value JOIN position p ON p.id = pd.position_id WHERE pd.relation = 'author' "
                                          "ORDER BY p.ord"),
                           {list}, [&](const sql::Statement &s) {
                               m_cache.documents[s.integer(0)].positions << s.text(1);
                               m_cache.labels.insert(QStringLiteral("position/") + s.text(1), s.text(2));
                           });
        !done)
        return done;
    return rows(QStringLiteral("SELECT sd.document_id, s.key, s.name FROM json_each(?) j JOIN speaker_document sd ON sd.document_id = "
                               "j.value JOIN speaker s ON s.id = sd.speaker_id ORDER BY s.ord"),
                {list}, [&](const sql::Statement &s) {
                    m_cache.documents[s.integer(0)].speakers << s.text(1);
                    m_cache.labels.insert(QStringLiteral("speaker/") + s.text(1), s.text(2));
                });
}

Status HitDescriber::describeAll(QList<SearchHit> &hits)
{
    checkVersion();
    QList<qint64> paragraphs;
    QSet<qint64> seen;
    for (const SearchHit &hit : hits) {
        if (hit.kind == QLatin1String("passage") && !seen.contains(hit.refId)) {
            seen.insert(hit.refId);
            paragraphs << hit.refId;
        }
    }
    struct Passage
    {
        qint64 document = 0, start = -1, end = -1;
        QStringList speakers, positions, themes;
    };
    QHash<qint64, Passage> passages;
    if (!paragraphs.isEmpty()) {
        const QString list = idList(paragraphs);
        if (Status done = rows(QStringLiteral("SELECT p.id, p.document_id, p.start, p.end, s.key, s.name, po.key, po.label "
                                              "FROM json_each(?) j JOIN paragraph p INDEXED BY paragraph_place ON p.id = j.value LEFT JOIN speaker s ON s.id = "
                                              "p.speaker_id LEFT JOIN position po ON po.id = s.position_id"),
                               {list}, [&](const sql::Statement &s) {
                                   Passage &p = passages[s.integer(0)];
                                   p.document = s.integer(1);
                                   p.start = s.integer(2);
                                   p.end = s.integer(3);
                                   if (!s.isNull(4)) {
                                       p.speakers << s.text(4);
                                       m_labels.insert(QStringLiteral("speaker/") + s.text(4), s.text(5));
                                   }
                                   if (!s.isNull(6)) {
                                       p.positions << s.text(6);
                                       m_labels.insert(QStringLiteral("position/") + s.text(6), s.text(7));
                                   }
                               });
            !done)
            return done;
        // A passage's themes are those of the claims quoting it.
        if (Status done = rows(QStringLiteral("SELECT DISTINCT p.id, t.key, t.label, t.ord FROM json_each(?) j JOIN paragraph p INDEXED BY paragraph_place ON p.id = j.value JOIN quote q ON "
                                              "q.document_id = p.document_id AND q.start >= p.start AND q.end <= p.end "
                                              "JOIN claim_quote cq ON cq.quote_id = q.id JOIN claim_theme ct ON ct.claim_id = "
                                              "cq.claim_id JOIN theme t ON t.id = ct.theme_id ORDER BY p.id, t.ord"),
                               {list}, [&](const sql::Statement &s) {
                                   passages[s.integer(0)].themes << s.text(1);
                                   m_labels.insert(QStringLiteral("theme/") + s.text(1), s.text(2));
                               });
            !done)
            return done;
        QList<qint64> documents;
        for (const Passage &p : std::as_const(passages))
            documents << p.document;
        if (Status done = preloadDocuments(documents); !done)
            return done;
    }
    for (SearchHit &hit : hits) {
        if (hit.kind != QLatin1String("passage")) {
            if (Status done = describeOne(hit); !done)
                return done;
            continue;
        }
        const Passage p = passages.value(hit.refId);
        hit.start = p.start;
        hit.end = p.end;
        if (Status done = addDocument(hit, p.document); !done)
            return done;
        hit.title = hit.documentTitle;
        addUnique(hit.speakers, p.speakers);
        addUnique(hit.positions, p.positions);
        hit.themes = p.themes;
    }
    return success();
}

// Claims, events and notes, one at a time; passages only ever go through describeAll's set-wise queries.
Status HitDescriber::describeOne(SearchHit &hit)
{
    if (hit.kind == QLatin1String("note"))
        return describeNote(hit);
    if (hit.kind == QLatin1String("claim"))
        return describeClaim(hit);
    return describeEvent(hit);
}

Status HitDescriber::describeNote(SearchHit &hit)
{
    qint64 documentId = 0;
    if (Status done = rows(QStringLiteral("SELECT document_id, start, end FROM annotation WHERE id = ?"), {hit.refId},
                                      [&](const sql::Statement &s) {
                                          documentId = s.integer(0);
                                          hit.start = s.integer(1);
                                          hit.end = s.integer(2);
                                      });
        !done)
        return done;
    if (Status done = addDocument(hit, documentId); !done)
        return done;
    hit.title = hit.documentTitle;
    return success();
}

Status HitDescriber::describeClaim(SearchHit &hit)
{
    if (Status done = rows(QStringLiteral("SELECT paraphrase FROM claim WHERE id = ?"), {hit.refId},
                                      [&](const sql::Statement &s) { hit.title = s.text(0); });
        !done)
        return done;
    if (Status done = collect(QStringLiteral("SELECT p.key, p.label FROM claim c JOIN position p ON p.id = c.position_id WHERE c.id = ? "
                                             "UNION ALL SELECT p.key, p.label FROM claim c JOIN speaker s ON s.id = c.speaker_id "
                                             "JOIN position p ON p.id = s.position_id WHERE c.id = ?"),
                              {hit.refId, hit.refId}, QStringLiteral("position"), hit.positions);
        !done)
        return done;
    if (Status done = collect(QStringLiteral("SELECT s.key, s.name FROM claim c JOIN speaker s ON s.id = c.speaker_id WHERE c.id = ?"),
                              {hit.refId}, QStringLiteral("speaker"), hit.speakers);
        !done)
        return done;
    if (Status done = collect(QStringLiteral("SELECT t.key, t.label FROM claim_theme ct JOIN theme t ON t.id = ct.theme_id "
                                             "WHERE ct.claim_id = ? ORDER BY t.ord"),
                              {hit.refId}, QStringLiteral("theme"), hit.themes);
        !done)
        return done;
    QList<qint64> documents;
    if (Status done = rows(QStringLiteral("SELECT q.document_id, q.start, q.end FROM claim_quote cq JOIN quote q "
                                                           "ON q.id = cq.quote_id WHERE cq.claim_id = ? ORDER BY cq.ord"),
                                      {hit.refId}, [&](const sql::Statement &s) {
                                          if (documents.isEmpty()) {
                                              hit.start = s.integer(1);
                                              hit.end = s.integer(2);
                                          }
                                          documents << s.integer(0);
                                      });
        !done)
        return done;
    // A claim's voice is its own: its document adds the document and year, not the document's positions.
    if (!documents.isEmpty()) {
        auto doc = document(documents.first());
        if (!doc)
            return doc.error();
        hit.documentId = documents.first();
        hit.documentKey = doc->key;
        hit.documentTitle = doc->title;
        hit.year = doc->year;
    }
    return success();
}

Status HitDescriber::describeEvent(SearchHit &hit)
{
    double sortStart = 0;
    if (Status done = rows(QStringLiteral("SELECT title, sort_start FROM event WHERE id = ?"), {hit.refId},
                                      [&](const sql::Statement &s) {
                                          hit.title = s.text(0);
                                          sortStart = s.real(1);
                                      });
        !done)
        return done;
    if (Status done = collect(QStringLiteral("SELECT t.key, t.label FROM event_theme et JOIN theme t ON t.id = et.theme_id "
                                             "WHERE et.event_id = ? ORDER BY t.ord"),
                              {hit.refId}, QStringLiteral("theme"), hit.themes);
        !done)
        return done;
    QList<qint64> documents;
    if (Status done = rows(QStringLiteral("SELECT q.document_id FROM event_quote eq JOIN quote q ON q.id = eq.quote_id "
                                                           "WHERE eq.event_id = ? ORDER BY eq.ord"),
                                      {hit.refId}, [&](const sql::Statement &s) { documents << s.integer(0); });
        !done)
        return done;
    for (qint64 id : documents) {
        if (Status done = addDocument(hit, id); !done)
            return done;
    }
    // An event is dated by when it happened, not by the document that cites it.
    hit.year = int(std::floor(sortStart));
    m_labels.insert(QStringLiteral("year/") + QString::number(hit.year), QString::number(hit.year));
    return success();
}

} // namespace standpoint::search
