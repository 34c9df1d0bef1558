// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "core/notes/setfile.h"

#include "core/notes/annotations.h"
#include "core/notes/readingsets.h"
#include "core/sqlite/query.h"
#include "core/sqlite/transaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace standpoint::notes {

namespace {

struct Tr { Q_DECLARE_TR_FUNCTIONS(SetFile) };

constexpr int kFormatVersion = 1;
constexpr qsizetype kMaxFileSize = 32 * 1024 * 1024;

struct DocumentRef
{
    QString debate, document;
    QString text; // cleaned text, when found
    qint64 id = 0;
};

Result<DocumentRef> documentById(sql::Connection &db, qint64 id)
{
    DocumentRef ref;
    Status done = sql::forEachRow(db,
                                  QStringLiteral("SELECT b.key, d.key, d.cleaned_text, d.id FROM document d JOIN debate b ON "
                                                 "b.id = d.debate_id WHERE d.id = ?"),
                                  {id}, [&](const sql::Statement &s) { ref = DocumentRef{s.text(0), s.text(1), s.text(2), s.integer(3)}; });
    if (!done)
        return done.error();
    return ref;
}

Result<DocumentRef> documentByKeys(sql::Connection &db, const QString &debate, const QString &document)
{
    DocumentRef ref{debate, document, {}, 0};
    Status done = sql::forEachRow(db,
                                  QStringLiteral("SELECT d.cleaned_text, d.id FROM document d JOIN debate b ON b.id = d.debate_id "
                                                 "WHERE b.key = ? AND d.key = ?"),
                                  {debate, document}, [&](const sql::Statement &s) {
                                      ref.text = s.text(0);
                                      ref.id = s.integer(1);
                                  });
    if (!done)
        return done.error();
    return ref;
}

// `query` selects the key of the row with the id.
Result<QString> keyOf(sql::Connection &db, const QString &query, qint64 id)
{
    QString key;
    Status done = sql::forEachRow(db, query, {id},
                                  [&](const sql::Statement &s) { key = s.text(0); });
    if (!done)
        return done.error();
    return key;
}

// Reads fields with a path for messages: "set.items[2].anchor.start".
class Reader
{
public:
    explicit Reader(QString file) : m_file(std::move(file)) {}
    std::optional<Error> error;

    void fail(const QString &path, const QString &what)
    {
        if (!error)
            error = Error{Tr::tr("%1: %2: %3").arg(m_file, path, what)};
    }
    QString str(const QJsonObject &o, const QString &path, const char *key, bool required = true)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() && !required)
            return {};
        if (!v.isString())
            fail(path + QLatin1Char('.') + QLatin1String(key), Tr::tr("must be text"));
        return v.toString();
    }
    qint64 integer(const QJsonObject &o, const QString &path, const char *key)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        const double d = v.toDouble();
        // Checked before converting: a double beyond qint64's range has no integer value to convert to.
        if (!v.isDouble() || !(d >= 0) || d > 9007199254740992.0 || d != std::floor(d)) {
            fail(path + QLatin1Char('.') + QLatin1String(key), Tr::tr("must be a whole number from 0"));
            return 0;
        }
        return qint64(d);
    }
    QJsonObject object(const QJsonObject &o, const QString &path, const char *key)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isObject())
            fail(path + QLatin1Char('.') + QLatin1String(key), Tr::tr("must be an object"));
        return v.toObject();
    }
    QJsonArray array(const QJsonObject &o, const QString &path, const char *key)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            return {};
        if (!v.isArray())
            fail(path + QLatin1Char('.') + QLatin1String(key), Tr::tr("must be a list"));
        return v.toArray();
    }

private:
    QString m_file;
};

QJsonObject anchorJson(const DocumentRef &doc, qint64 start, qint64 end, const QString &text)
{
    return QJsonObject{{QStringLiteral("debate"), doc.debate}, {QStringLiteral("document"), doc.document},
                       {QStringLiteral("start"), start},       {QStringLiteral("end"), end},
                       {QStringLiteral("text"), text}};
}

} // namespace

Result<QByteArray> exportSetFile(sql::Connection &db, qint64 setId)
{
    auto set = readSet(db, setId);
    if (!set)
        return set.error();
    QJsonArray items;
    QList<qint64> documents;
    for (const SetItem &item : set->items) {
        QJsonObject o{{QStringLiteral("kind"), setItemKindKey(item.kind)}, {QStringLiteral("note"), item.note},
                      {QStringLiteral("label"), item.title.isEmpty() ? item.label : item.title}};
        if (item.documentId) {
            auto doc = documentById(db, item.documentId);
            if (!doc)
                return doc.error();
            if (!documents.contains(item.documentId))
                documents << item.documentId;
            o.insert(QStringLiteral("anchor"), item.kind == SetItemKind::Excerpt
                                                   ? anchorJson(*doc, item.start, item.end, item.anchorText)
                                                   : QJsonObject{{QStringLiteral("debate"), doc->debate},
                                                                 {QStringLiteral("document"), doc->document}});
        }
        if (item.claimId) {
            auto key = keyOf(db, QStringLiteral("SELECT key FROM claim WHERE id = ?"), item.claimId);
            if (!key)
                return key.error();
            o.insert(QStringLiteral("claim"), *key);
        }
        if (item.eventId) {
            auto key = keyOf(db, QStringLiteral("SELECT key FROM event WHERE id = ?"), item.eventId);
            if (!key)
                return key.error();
            o.insert(QStringLiteral("event"), *key);
        }
        if (item.stanceId) {
            QJsonObject stance;
            Status done = sql::forEachRow(
                db,
                QStringLiteral("SELECT q.key, coalesce('position:' || p.key, 'speaker:' || sp.key) FROM stance st JOIN question q "
                               "ON q.id = st.question_id LEFT JOIN position p ON p.id = st.position_id LEFT JOIN speaker sp "
                               "ON sp.id = st.speaker_id WHERE st.id = ?"),
                {item.stanceId}, [&](const sql::Statement &s) {
                    stance = QJsonObject{{QStringLiteral("question"), s.text(0)}, {QStringLiteral("voice"), s.text(1)}};
                });
            if (!done)
                return done.error();
            o.insert(QStringLiteral("stance"), stance);
        }
        if (!item.chartKey.isEmpty())
            o.insert(QStringLiteral("chart"), item.chartKey);
        items << o;
    }
    // The author's own annotations on the set's documents travel with it.
    QJsonArray annotations;
    for (qint64 documentId : documents) {
        auto list = listAnnotations(db, AnnotationFilter{documentId, {}, {}, {}, true});
        if (!list)
            return list.error();
        auto doc = documentById(db, documentId);
        if (!doc)
            return doc.error();
        for (const Annotation &a : *list) {
            annotations << QJsonObject{{QStringLiteral("uuid"), a.uuid},
                                       {QStringLiteral("anchor"), anchorJson(*doc, a.start, a.end, a.anchorText)},
                                       {QStringLiteral("color"), a.color},
                                       {QStringLiteral("tags"), QJsonArray::fromStringList(a.tags)},
                                       {QStringLiteral("note"), a.note}};
        }
    }
    const QJsonObject root{{QStringLiteral("format"), QStringLiteral("standpoint-set")},
                           {QStringLiteral("format_version"), kFormatVersion},
                           {QStringLiteral("set"), QJsonObject{{QStringLiteral("uuid"), set->uuid},
                                                               {QStringLiteral("title"), set->title},
                                                               {QStringLiteral("description"), set->description},
                                                               {QStringLiteral("questions"), QJsonArray::fromStringList(set->questions)},
                                                               {QStringLiteral("items"), items}}},
                           {QStringLiteral("annotations"), annotations}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<ImportReport> importSetFile(sql::Connection &db, const QByteArray &content, const QString &fileName)
{
    if (content.size() > kMaxFileSize)
        return Error{Tr::tr("%1: the file is %2 MB; a set file may be at most 32 MB").arg(fileName, QString::number(content.size() >> 20))};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(content, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const int line = int(content.left(parseError.offset).count('\n')) + 1;
        return Error{Tr::tr("%1:%2: not a Standpoint set file: %3").arg(fileName, QString::number(line), parseError.errorString())};
    }
    const QJsonObject root = document.object();
    if (root.value(QLatin1String("format")).toString() != QLatin1String("standpoint-set"))
        return Error{Tr::tr("%1: not a Standpoint set file (its \"format\" is not \"standpoint-set\")").arg(fileName)};
    if (root.value(QLatin1String("format_version")).toInt() > kFormatVersion)
        return Error{Tr::tr("%1: written by a newer Standpoint (set format %2); update Standpoint to open it")
                         .arg(fileName, QString::number(root.value(QLatin1String("format_version")).toInt()))};
    Reader r(fileName);
    const QJsonObject set = r.object(root, QStringLiteral("file"), "set");
    const QString uuid = r.str(set, QStringLiteral("set"), "uuid");
    const QString title = r.str(set, QStringLiteral("set"), "title");
    if (r.error)
        return *r.error;
    ImportReport report;
    auto present = sql::scalar(db, QStringLiteral("SELECT coalesce(max(id), 0) FROM reading_set WHERE uuid = ?"), {uuid});
    if (!present)
        return present.error();
    if (*present) {
        report.setId = *present;
        report.alreadyPresent = true;
        return report;
    }

    auto transaction = sql::Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    auto setId = createSet(db, title, r.str(set, QStringLiteral("set"), "description", false), uuid);
    if (!setId)
        return setId.error();
    report.setId = *setId;
    auto mark = db.prepare(QStringLiteral("UPDATE reading_set SET imported = 1 WHERE id = ?"));
    if (!mark)
        return mark.error();
    if (Status done = mark->bind(1, *setId).run(); !done)
        return done.error();
    QStringList questions;
    for (const QJsonValue &q : r.array(set, QStringLiteral("set"), "questions"))
        questions << q.toString();
    if (Status done = setQuestions(db, *setId, questions); !done)
        return done.error();

    const QJsonArray items = r.array(set, QStringLiteral("set"), "items");
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString path = QStringLiteral("set.items[%1]").arg(i);
        const QJsonObject o = items[i].toObject();
        SetItem item;
        const QString kind = r.str(o, path, "kind");
        item.note = r.str(o, path, "note", false);
        item.label = r.str(o, path, "label", false);
        if (r.error)
            return *r.error;
        const auto parsed = setItemKindFromKey(kind);
        if (!parsed)
            return Error{Tr::tr("%1: %2.kind: \"%3\" is not a kind of item").arg(fileName, path, kind)};
        item.kind = *parsed;
        if (o.contains(QLatin1String("anchor"))) {
            const QJsonObject anchor = r.object(o, path, "anchor");
            auto doc = documentByKeys(db, r.str(anchor, path + QStringLiteral(".anchor"), "debate"),
                                      r.str(anchor, path + QStringLiteral(".anchor"), "document"));
            if (!doc)
                return doc.error();
            item.documentId = doc->id;
            if (item.kind == SetItemKind::Excerpt) {
                item.start = r.integer(anchor, path + QStringLiteral(".anchor"), "start");
                item.end = r.integer(anchor, path + QStringLiteral(".anchor"), "end");
                item.anchorText = r.str(anchor, path + QStringLiteral(".anchor"), "text");
                if (r.error)
                    return *r.error;
                // Never moved to look-alike text: a mismatch is marked, and the text kept as shared.
                item.orphaned = doc->id == 0 || doc->text.mid(item.start, item.end - item.start) != item.anchorText;
            } else if (doc->id == 0) {
                item.orphaned = true;
            }
        }
        const auto resolve = [&](const char *field, const QString &query, qint64 &target) -> Status {
            if (!o.contains(QLatin1String(field)))
                return success();
            auto id = sql::scalar(db, query, {r.str(o, path, field)});
            if (!id)
                return id.error();
            target = *id;
            item.orphaned = item.orphaned || *id == 0;
            return success();
        };
        if (Status done = resolve("claim", QStringLiteral("SELECT coalesce(max(id), 0) FROM claim WHERE key = ?"), item.claimId); !done)
            return done.error();
        if (Status done = resolve("event", QStringLiteral("SELECT coalesce(max(id), 0) FROM event WHERE key = ?"), item.eventId); !done)
            return done.error();
        if (o.contains(QLatin1String("stance"))) {
            const QJsonObject stance = r.object(o, path, "stance");
            const QString voice = r.str(stance, path + QStringLiteral(".stance"), "voice");
            const bool speaker = voice.startsWith(QLatin1String("speaker:"));
            auto id = sql::scalar(db,
                                  QStringLiteral("SELECT coalesce(max(st.id), 0) FROM stance st JOIN question q ON q.id = "
                                                 "st.question_id LEFT JOIN position p ON p.id = st.position_id LEFT JOIN "
                                                 "speaker sp ON sp.id = st.speaker_id WHERE q.key = ? "
                                                 "AND (CASE WHEN ? THEN sp.key ELSE p.key END) = ?"),
                                  {r.str(stance, path + QStringLiteral(".stance"), "question"), speaker, voice.section(QLatin1Char(':'), 1)});
            if (!id)
                return id.error();
            item.stanceId = *id;
            item.orphaned = item.orphaned || *id == 0;
        }
        if (o.contains(QLatin1String("chart"))) {
            item.chartKey = r.str(o, path, "chart");
            auto n = sql::scalar(db, QStringLiteral("SELECT count(*) FROM chart WHERE key = ?"), {item.chartKey});
            if (!n)
                return n.error();
            item.orphaned = item.orphaned || *n == 0;
        }
        if (r.error)
            return *r.error;
        auto added = addItem(db, *setId, item);
        if (!added)
            return Error{Tr::tr("%1: %2: %3").arg(fileName, path, added.message())};
        ++report.items;
        report.orphaned += item.orphaned ? 1 : 0;
    }

    const QJsonArray annotations = r.array(root, QStringLiteral("file"), "annotations");
    for (qsizetype i = 0; i < annotations.size(); ++i) {
        const QString path = QStringLiteral("annotations[%1]").arg(i);
        const QJsonObject o = annotations[i].toObject();
        Annotation a;
        a.uuid = r.str(o, path, "uuid");
        a.color = r.str(o, path, "color");
        a.note = r.str(o, path, "note", false);
        for (const QJsonValue &t : r.array(o, path, "tags"))
            a.tags << t.toString();
        const QJsonObject anchor = r.object(o, path, "anchor");
        auto doc = documentByKeys(db, r.str(anchor, path + QStringLiteral(".anchor"), "debate"),
                                  r.str(anchor, path + QStringLiteral(".anchor"), "document"));
        if (!doc)
            return doc.error();
        a.start = r.integer(anchor, path + QStringLiteral(".anchor"), "start");
        a.end = r.integer(anchor, path + QStringLiteral(".anchor"), "end");
        a.anchorText = r.str(anchor, path + QStringLiteral(".anchor"), "text");
        if (r.error)
            return *r.error;
        auto known = sql::scalar(db, QStringLiteral("SELECT count(*) FROM annotation WHERE uuid = ?"), {a.uuid});
        if (!known)
            return known.error();
        if (*known)
            continue;
        if (doc->id == 0) {
            report.skipped << Tr::tr("%1: document \"%2\" is not in this store").arg(path, doc->document);
            continue;
        }
        a.documentId = doc->id;
        a.originSetId = *setId;
        a.orphaned = doc->text.mid(a.start, a.end - a.start) != a.anchorText;
        if (a.orphaned && (a.end > doc->text.size() || a.end <= a.start)) {
            // The span cannot even be drawn here: keep the note on the document's first character.
            a.start = 0;
            a.end = 1;
        }
        auto added = addAnnotation(db, a);
        if (!added)
            return Error{Tr::tr("%1: %2: %3").arg(fileName, path, added.message())};
        ++report.annotations;
    }
    if (Status committed = transaction->commit(); !committed)
        return committed.error();
    return report;
}

} // namespace standpoint::notes
