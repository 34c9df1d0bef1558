// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "core/notes/annotations.h"

#include "core/export/csvwriter.h"
#include "core/sqlite/query.h"
#include "core/sqlite/transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

#include <algorithm>
#include <iterator>

namespace standpoint::notes {

namespace {

struct Tr { Q_DECLARE_TR_FUNCTIONS(Annotations) };

QString now() { return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs); }

QStringList cleanTags(const QStringList &tags)
{
    QStringList out;
    for (const QString &t : tags) {
        const QString tag = t.trimmed().toLower();
        if (!tag.isEmpty() && !out.contains(tag))
            out << tag;
    }
    return out;
}

Status checkAnnotation(sql::Connection &db, const Annotation &a)
{
    if (!annotationColors().contains(a.color))
        return Error{Tr::tr("\"%1\" is not an annotation colour; choose one of %2")
                         .arg(a.color, annotationColors().join(QStringLiteral(", ")))};
    QString text;
    bool found = false;
    Status done = sql::forEachRow(db, QStringLiteral("SELECT cleaned_text FROM document WHERE id = ?"), {a.documentId},
                                  [&](const sql::Statement &s) {
                                      text = s.text(0);
                                      found = true;
                                  });
    if (!done)
        return done;
    if (!found)
        return Error{Tr::tr("No document %1 in the store").arg(a.documentId)};
    if (a.start < 0 || a.end <= a.start || a.end > text.size())
        return Error{Tr::tr("The span %1–%2 is not inside the document's text (0–%3)").arg(a.start).arg(a.end).arg(text.size())};
    return success();
}

Status writeTags(sql::Connection &db, qint64 id, const QStringList &tags)
{
    auto clear = db.prepare(QStringLiteral("DELETE FROM annotation_tag WHERE annotation_id = ?"));
    if (!clear)
        return clear.error();
    if (Status done = clear->bind(1, id).run(); !done)
        return done;
    for (const QString &tag : cleanTags(tags)) {
        auto insert = db.prepare(QStringLiteral("INSERT INTO annotation_tag (annotation_id, tag) VALUES (?, ?)"));
        if (!insert)
            return insert.error();
        if (Status done = insert->bind(1, id).bind(2, tag).run(); !done)
            return done;
    }
    return success();
}

const char *kSelect = "SELECT a.id, a.uuid, a.document_id, d.key, d.title, a.start, a.end, a.anchor_text, a.color, a.note, "
                      "coalesce(a.origin_set_id, 0), a.orphaned, a.created_at, a.updated_at, "
                      "coalesce((SELECT group_concat(tag, ',') FROM (SELECT tag FROM annotation_tag t "
                      "WHERE t.annotation_id = a.id ORDER BY tag)), '') "
                      "FROM annotation a JOIN document d ON d.id = a.document_id ";

Annotation fromRow(const sql::Statement &s)
{
    Annotation a;
    a.id = s.integer(0);
    a.uuid = s.text(1);
    a.documentId = s.integer(2);
    a.documentKey = s.text(3);
    a.documentTitle = s.text(4);
    a.start = s.integer(5);
    a.end = s.integer(6);
    a.anchorText = s.text(7);
    a.color = s.text(8);
    a.note = s.text(9);
    a.originSetId = s.integer(10);
    a.orphaned = s.integer(11) != 0;
    a.createdAt = s.text(12);
    a.updatedAt = s.text(13);
    a.tags = s.text(14).split(QLatin1Char(','), Qt::SkipEmptyParts);
    return a;
}

} // namespace

QStringList annotationColors()
{
    return {QStringLiteral("yellow"), QStringLiteral("green"), QStringLiteral("blue"), QStringLiteral("pink"),
            QStringLiteral("orange"), QStringLiteral("purple")};
}

Result<qint64> addAnnotation(sql::Connection &db, Annotation a)
{
    if (Status ok = checkAnnotation(db, a); !ok)
        return ok.error();
    if (a.uuid.isEmpty())
        a.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (a.anchorText.isEmpty()) {
        Status done = sql::forEachRow(db, QStringLiteral("SELECT cleaned_text FROM document WHERE id = ?"), {a.documentId},
                                      [&](const sql::Statement &s) { a.anchorText = s.text(0).mid(a.start, a.end - a.start); });
        if (!done)
            return done.error();
    }
    if (a.createdAt.isEmpty())
        a.createdAt = now();
    a.updatedAt = a.updatedAt.isEmpty() ? a.createdAt : a.updatedAt;
    auto transaction = sql::Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    auto insert = db.prepare(QStringLiteral(
        "INSERT INTO annotation (id, uuid, document_id, start, end, anchor_text, color, note, origin_set_id, orphaned, "
        "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!insert)
        return insert.error();
    insert->bindVariant(1, a.id > 0 ? QVariant(a.id) : QVariant());
    insert->bind(2, a.uuid).bind(3, a.documentId).bind(4, a.start).bind(5, a.end).bind(6, a.anchorText);
    insert->bind(7, a.color).bind(8, a.note).bindVariant(9, a.originSetId > 0 ? QVariant(a.originSetId) : QVariant());
    insert->bind(10, a.orphaned ? 1 : 0).bind(11, a.createdAt).bind(12, a.updatedAt);
    if (Status done = insert->run(); !done)
        return done.error();
    const qint64 id = db.lastInsertId();
    if (Status done = writeTags(db, id, a.tags); !done)
        return done.error();
    if (Status committed = transaction->commit(); !committed)
        return committed.error();
    return id;
}

Status updateAnnotation(sql::Connection &db, const Annotation &a)
{
    if (!annotationColors().contains(a.color))
        return Error{Tr::tr("\"%1\" is not an annotation colour; choose one of %2")
                         .arg(a.color, annotationColors().join(QStringLiteral(", ")))};
    auto transaction = sql::Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    auto update = db.prepare(QStringLiteral("UPDATE annotation SET color = ?, note = ?, updated_at = ? WHERE id = ?"));
    if (!update)
        return update.error();
    if (Status done = update->bind(1, a.color).bind(2, a.note).bind(3, now()).bind(4, a.id).run(); !done)
        return done;
    if (db.changes() == 0)
        return Error{Tr::tr("No annotation %1 in the store").arg(a.id)};
    if (Status done = writeTags(db, a.id, a.tags); !done)
        return done;
    return transaction->commit();
}

Status deleteAnnotation(sql::Connection &db, qint64 id)
{
    auto stmt = db.prepare(QStringLiteral("DELETE FROM annotation WHERE id = ?"));
    if (!stmt)
        return stmt.error();
    if (Status done = stmt->bind(1, id).run(); !done)
        return done;
    if (db.changes() == 0)
        return Error{Tr::tr("No annotation %1 in the store").arg(id)};
    return success();
}

Result<Annotation> readAnnotation(sql::Connection &db, qint64 id)
{
    std::optional<Annotation> found;
    Status done = sql::forEachRow(db, QLatin1String(kSelect) + QStringLiteral("WHERE a.id = ?"), {id},
                                  [&](const sql::Statement &s) { found = fromRow(s); });
    if (!done)
        return done.error();
    if (!found)
        return Error{Tr::tr("No annotation %1 in the store").arg(id)};
    return *found;
}

bool matches(const Annotation &a, const AnnotationFilter &f)
{
    const QString tag = f.tag.trimmed().toLower();
    const QString text = f.text.trimmed();
    return (f.documentId == 0 || a.documentId == f.documentId) && (f.color.isEmpty() || a.color == f.color)
           && (tag.isEmpty() || a.tags.contains(tag))
           && (text.isEmpty() || a.note.contains(text, Qt::CaseInsensitive) || a.anchorText.contains(text, Qt::CaseInsensitive))
           && (!f.ownOnly || a.originSetId == 0);
}

QList<Annotation> filterAnnotations(const QList<Annotation> &annotations, const AnnotationFilter &filter)
{
    QList<Annotation> out;
    std::copy_if(annotations.cbegin(), annotations.cend(), std::back_inserter(out),
                 [&](const Annotation &a) { return matches(a, filter); });
    return out;
}

Result<QList<Annotation>> listAnnotations(sql::Connection &db, const AnnotationFilter &f)
{
    QList<Annotation> out;
    Status done = sql::forEachRow(db, QLatin1String(kSelect) + QStringLiteral("ORDER BY d.id, a.start, a.id"), {},
                                  [&](const sql::Statement &s) {
                                      Annotation a = fromRow(s);
                                      if (matches(a, f))
                                          out << std::move(a);
                                  });
    if (!done)
        return done.error();
    return out;
}

Result<QStringList> annotationTags(sql::Connection &db)
{
    QStringList tags;
    Status done = sql::forEachRow(db, QStringLiteral("SELECT DISTINCT tag FROM annotation_tag ORDER BY tag"), {},
                                  [&](const sql::Statement &s) { tags << s.text(0); });
    if (!done)
        return done.error();
    return tags;
}

QString annotationsCsv(const QList<Annotation> &list)
{
    exporting::CsvWriter csv({QStringLiteral("uuid"), QStringLiteral("document"), QStringLiteral("start"),
                              QStringLiteral("end"), QStringLiteral("text"), QStringLiteral("color"), QStringLiteral("tags"),
                              QStringLiteral("note"), QStringLiteral("from_set"), QStringLiteral("orphaned"),
                              QStringLiteral("created_at"), QStringLiteral("updated_at")});
    for (const Annotation &a : list) {
        csv.addRow({a.uuid, a.documentKey, a.start, a.end, a.anchorText, a.color, a.tags.join(QLatin1Char(';')), a.note,
                    a.originSetId ? QStringLiteral("yes") : QStringLiteral("no"),
                    a.orphaned ? QStringLiteral("yes") : QStringLiteral("no"), a.createdAt, a.updatedAt});
    }
    return csv.text();
}

QByteArray annotationsJson(const QList<Annotation> &list)
{
    QJsonArray out;
    for (const Annotation &a : list) {
        out << QJsonObject{{QStringLiteral("uuid"), a.uuid},
                           {QStringLiteral("document"), a.documentKey},
                           {QStringLiteral("start"), a.start},
                           {QStringLiteral("end"), a.end},
                           {QStringLiteral("text"), a.anchorText},
                           {QStringLiteral("color"), a.color},
                           {QStringLiteral("tags"), QJsonArray::fromStringList(a.tags)},
                           {QStringLiteral("note"), a.note},
                           {QStringLiteral("from_set"), a.originSetId != 0},
                           {QStringLiteral("orphaned"), a.orphaned},
                           {QStringLiteral("created_at"), a.createdAt},
                           {QStringLiteral("updated_at"), a.updatedAt}};
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("format"), QStringLiteral("standpoint-annotations")},
                                     {QStringLiteral("format_version"), 1},
                                     {QStringLiteral("annotations"), out}})
        .toJson(QJsonDocument::Indented);
}

} // namespace standpoint::notes
