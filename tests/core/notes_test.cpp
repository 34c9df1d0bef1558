// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "core/notes/annotations.h"
#include "core/notes/readingsets.h"
#include "core/notes/setfile.h"
#include "core/sqlite/query.h"
#include "tests/support/testpack.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace standpoint;
using standpoint::fixtures::succeeded;

namespace {

qint64 id(sql::Connection &db, const char *query, const QVariantList &values = {})
{
    auto v = sql::scalar(db, QString::fromUtf8(query), values);
    EXPECT_TRUE(v.ok()) << v.message().toStdString();
    return v ? *v : 0;
}

// A set with one item of each kind and a note that tries to inject HTML.
qint64 makeSet(sql::Connection &db)
{
    auto set = notes::createSet(db, QStringLiteral("Week 3"), QStringLiteral("Splitting them?"));
    EXPECT_TRUE(succeeded(set));
    const qint64 doc = id(db, "SELECT id FROM document WHERE key = 'gabuev-2024'");
    notes::SetItem excerpt;
    excerpt.kind = notes::SetItemKind::Excerpt;
    excerpt.documentId = doc;
    excerpt.start = 0;
    excerpt.end = 70;
    (void)sql::forEachRow(db, QStringLiteral("SELECT substr(cleaned_text, 1, 70) FROM document WHERE id = ?"), {doc},
                    [&](const sql::Statement &s) { excerpt.anchorText = s.text(0); });
    excerpt.note = QStringLiteral("<script>alert('x')</script> read this first");
    EXPECT_TRUE(succeeded(notes::addItem(db, *set, excerpt)));
    notes::SetItem claim;
    claim.kind = notes::SetItemKind::Claim;
    claim.claimId = id(db, "SELECT min(id) FROM claim");
    EXPECT_TRUE(succeeded(notes::addItem(db, *set, claim)));
    notes::SetItem stance;
    stance.kind = notes::SetItemKind::Stance;
    stance.stanceId = id(db, "SELECT min(id) FROM stance WHERE value <> 'not_addressed'");
    EXPECT_TRUE(succeeded(notes::addItem(db, *set, stance)));
    notes::SetItem event;
    event.kind = notes::SetItemKind::Event;
    event.eventId = id(db, "SELECT id FROM event WHERE key = 'e-kissinger-nixon-opening'");
    EXPECT_TRUE(succeeded(notes::addItem(db, *set, event)));
    notes::SetItem chart;
    chart.kind = notes::SetItemKind::Chart;
    chart.chartKey = QStringLiteral("trade-growth");
    chart.note = QStringLiteral("36% or 29%?");
    EXPECT_TRUE(succeeded(notes::addItem(db, *set, chart)));
    EXPECT_TRUE(notes::setQuestions(db, *set, {QStringLiteral("Who is the junior partner?"), QStringLiteral("Why 1972?")}).ok());
    notes::Annotation a;
    a.documentId = doc;
    a.start = 10;
    a.end = 40;
    a.color = QStringLiteral("green");
    a.tags = {QStringLiteral("Week 3"), QStringLiteral("wedge")};
    a.note = QStringLiteral("the thesis");
    EXPECT_TRUE(succeeded(notes::addAnnotation(db, a)));
    return *set;
}

} // namespace

TEST(Notes, AnnotationsAreCheckedStoredFilteredAndExported)
{
    fixtures::TempStore temp;
    sql::Connection db = temp.open(true);
    const qint64 doc = id(db, "SELECT id FROM document WHERE key = 'heritage-commentary'");
    const qint64 other = id(db, "SELECT id FROM document WHERE key = 'gabuev-2024'");
    const auto add = [&](qint64 document, qint64 start, const char *color, QStringList tags, const char *note) {
        notes::Annotation a;
        a.documentId = document;
        a.start = start;
        a.end = start + 20;
        a.color = QString::fromUtf8(color);
        a.tags = tags;
        a.note = QString::fromUtf8(note);
        return notes::addAnnotation(db, a);
    };
    ASSERT_TRUE(succeeded(add(doc, 0, "yellow", {QStringLiteral("Energy")}, "pipelines matter")));
    ASSERT_TRUE(succeeded(add(doc, 100, "green", {QStringLiteral("energy")}, "not this one")));
    ASSERT_TRUE(succeeded(add(other, 0, "yellow", {QStringLiteral("energy")}, "pipelines elsewhere")));
    EXPECT_FALSE(add(doc, 0, "ultraviolet", {}, "").ok());
    EXPECT_FALSE(add(doc, 999999, "yellow", {}, "").ok());
    EXPECT_FALSE(add(424242, 0, "yellow", {}, "").ok());
    // Filters combine with AND: document, tag, colour and words.
    auto filtered = notes::listAnnotations(db, notes::AnnotationFilter{doc, QStringLiteral("energy"), QStringLiteral("yellow"),
                                                                       QStringLiteral("pipelines"), false});
    ASSERT_TRUE(succeeded(filtered));
    ASSERT_EQ(filtered->size(), 1);
    EXPECT_EQ(filtered->first().note, QStringLiteral("pipelines matter"));
    EXPECT_EQ(filtered->first().tags, QStringList{QStringLiteral("energy")}); // tags are kept in lower case, once
    EXPECT_EQ(notes::listAnnotations(db, notes::AnnotationFilter{0, QStringLiteral("energy"), {}, {}, false})->size(), 3);
    // Notes are searchable.
    EXPECT_EQ(id(db, "SELECT count(*) FROM search_index WHERE search_index MATCH 'pipelines' AND kind = 'note'"), 2);
    notes::Annotation edited = filtered->first();
    edited.note = QStringLiteral("changed");
    ASSERT_TRUE(notes::updateAnnotation(db, edited).ok());
    EXPECT_EQ(id(db, "SELECT count(*) FROM search_index WHERE search_index MATCH 'pipelines' AND kind = 'note'"), 1);
    const QString csv = notes::annotationsCsv(*notes::listAnnotations(db));
    EXPECT_TRUE(csv.startsWith(QStringLiteral("uuid,document,start")));
    EXPECT_EQ(csv.count(QStringLiteral("\r\n")), 4);
    const QJsonObject json = QJsonDocument::fromJson(notes::annotationsJson(*notes::listAnnotations(db))).object();
    EXPECT_EQ(json[QStringLiteral("annotations")].toArray().size(), 3);
    ASSERT_TRUE(notes::deleteAnnotation(db, edited.id).ok());
    EXPECT_FALSE(notes::deleteAnnotation(db, edited.id).ok());
}

TEST(Notes, SetItemsKeepTheirOrderThroughMovesAndRemovals)
{
    fixtures::TempStore temp;
    sql::Connection db = temp.open(true);
    const qint64 set = makeSet(db);
    auto read = notes::readSet(db, set);
    ASSERT_TRUE(succeeded(read));
    ASSERT_EQ(read->items.size(), 5);
    const QList<qint64> before = {read->items[0].id, read->items[1].id, read->items[2].id, read->items[3].id, read->items[4].id};
    ASSERT_TRUE(notes::moveItem(db, before[4], 0).ok());
    auto moved = notes::readSet(db, set);
    EXPECT_EQ(moved->items[0].id, before[4]);
    EXPECT_EQ(moved->items[1].id, before[0]);
    EXPECT_FALSE(notes::moveItem(db, before[0], 9).ok());
    ASSERT_TRUE(notes::removeItem(db, before[2]).ok());
    EXPECT_EQ(notes::readSet(db, set)->items.size(), 4);
    EXPECT_FALSE(read->items[2].title.isEmpty());
    EXPECT_FALSE(read->items[2].quotes.isEmpty());
    notes::SetItem bad;
    EXPECT_FALSE(notes::setItemKindFromKey(u"poster"));
    bad.kind = notes::SetItemKind::Claim;
    bad.claimId = 999999;
    EXPECT_FALSE(notes::addItem(db, set, bad).ok());
    EXPECT_FALSE(notes::createSet(db, QStringLiteral("   ")).ok());
    // A deleted set comes back whole, with the same ids.
    const notes::ReadingSet full = *notes::readSet(db, set);
    ASSERT_TRUE(notes::deleteSet(db, set).ok());
    ASSERT_TRUE(notes::restoreSet(db, full).ok());
    auto restored = notes::readSet(db, set);
    ASSERT_TRUE(succeeded(restored));
    ASSERT_EQ(restored->items.size(), full.items.size());
    for (qsizetype i = 0; i < full.items.size(); ++i) {
        EXPECT_EQ(restored->items[i].id, full.items[i].id);
        EXPECT_EQ(restored->items[i].note, full.items[i].note);
    }
    EXPECT_EQ(restored->questions, full.questions);
}

TEST(Notes, SetFilesRoundTripImportOnceAndOrphanTamperedAnchors)
{
    fixtures::TempStore first;
    sql::Connection a = first.open(true);
    const qint64 set = makeSet(a);
    auto bytes = notes::exportSetFile(a, set);
    ASSERT_TRUE(succeeded(bytes));
    const notes::ReadingSet original = *notes::readSet(a, set);

    fixtures::TempStore second;
    sql::Connection b = second.open(true);
    auto report = notes::importSetFile(b, *bytes, QStringLiteral("week3.standpoint"));
    ASSERT_TRUE(succeeded(report));
    EXPECT_FALSE(report->alreadyPresent);
    EXPECT_EQ(report->items, 5);
    EXPECT_EQ(report->orphaned, 0);
    EXPECT_EQ(report->annotations, 1);
    auto imported = notes::readSet(b, report->setId);
    ASSERT_TRUE(succeeded(imported));
    EXPECT_EQ(imported->uuid, original.uuid);
    EXPECT_TRUE(imported->imported);
    EXPECT_EQ(imported->questions, original.questions);
    ASSERT_EQ(imported->items.size(), original.items.size());
    for (qsizetype i = 0; i < original.items.size(); ++i) {
        EXPECT_EQ(imported->items[i].kind, original.items[i].kind);
        EXPECT_EQ(imported->items[i].note, original.items[i].note);
        EXPECT_EQ(imported->items[i].title, original.items[i].title);
        EXPECT_EQ(imported->items[i].start, original.items[i].start);
        EXPECT_EQ(imported->items[i].end, original.items[i].end);
        EXPECT_EQ(imported->items[i].anchorText, original.items[i].anchorText);
        EXPECT_FALSE(imported->items[i].orphaned);
    }
    // The shared annotation stays apart from the student's own.
    EXPECT_EQ(notes::listAnnotations(b, notes::AnnotationFilter{0, {}, {}, {}, true})->size(), 0);
    EXPECT_EQ(notes::listAnnotations(b)->size(), 1);

    // A second import adds nothing.
    const qint64 items = id(b, "SELECT count(*) FROM reading_set_item"), annotations = id(b, "SELECT count(*) FROM annotation");
    auto again = notes::importSetFile(b, *bytes, QStringLiteral("week3.standpoint"));
    ASSERT_TRUE(succeeded(again));
    EXPECT_TRUE(again->alreadyPresent);
    EXPECT_EQ(id(b, "SELECT count(*) FROM reading_set"), 1);
    EXPECT_EQ(id(b, "SELECT count(*) FROM reading_set_item"), items);
    EXPECT_EQ(id(b, "SELECT count(*) FROM annotation"), annotations);

    // A tampered anchor is shown as orphaned, not moved to look-alike text.
    QJsonObject root = QJsonDocument::fromJson(*bytes).object();
    QJsonObject setObject = root[QStringLiteral("set")].toObject();
    setObject[QStringLiteral("uuid")] = QStringLiteral("another-copy");
    QJsonArray list = setObject[QStringLiteral("items")].toArray();
    QJsonObject excerpt = list[0].toObject();
    QJsonObject anchor = excerpt[QStringLiteral("anchor")].toObject();
    anchor[QStringLiteral("text")] = anchor[QStringLiteral("text")].toString().replace(QStringLiteral("West"), QStringLiteral("East"));
    excerpt[QStringLiteral("anchor")] = anchor;
    list[0] = excerpt;
    setObject[QStringLiteral("items")] = list;
    root[QStringLiteral("set")] = setObject;
    QJsonArray shared = root[QStringLiteral("annotations")].toArray();
    QJsonObject note = shared[0].toObject();
    note[QStringLiteral("uuid")] = QStringLiteral("another-note");
    QJsonObject noteAnchor = note[QStringLiteral("anchor")].toObject();
    noteAnchor[QStringLiteral("start")] = noteAnchor[QStringLiteral("start")].toInt() + 3;
    note[QStringLiteral("anchor")] = noteAnchor;
    shared[0] = note;
    root[QStringLiteral("annotations")] = shared;
    auto tampered = notes::importSetFile(b, QJsonDocument(root).toJson(), QStringLiteral("tampered.standpoint"));
    ASSERT_TRUE(succeeded(tampered));
    EXPECT_EQ(tampered->orphaned, 1);
    auto orphanSet = notes::readSet(b, tampered->setId);
    EXPECT_TRUE(orphanSet->items[0].orphaned);
    EXPECT_EQ(orphanSet->items[0].start, original.items[0].start); // kept where it was, never moved
    EXPECT_TRUE(orphanSet->items[0].anchorText.contains(QStringLiteral("East")));
    auto orphanNote = notes::listAnnotations(b, notes::AnnotationFilter{0, {}, {}, QStringLiteral("the thesis"), false});
    ASSERT_EQ(orphanNote->size(), 2);
    EXPECT_EQ(std::count_if(orphanNote->begin(), orphanNote->end(), [](const notes::Annotation &x) { return x.orphaned; }), 1);
}

TEST(Notes, BadSetFilesAreRefusedWithWhereAndWhatAndChangeNothing)
{
    fixtures::TempStore temp;
    sql::Connection db = temp.open(true);
    const auto refuse = [&](const QByteArray &content, const char *fragment) {
        auto report = notes::importSetFile(db, content, QStringLiteral("in.standpoint"));
        ASSERT_FALSE(report.ok()) << content.left(60).toStdString();
        EXPECT_TRUE(report.message().contains(QString::fromUtf8(fragment))) << report.message().toStdString();
        EXPECT_EQ(id(db, "SELECT count(*) FROM reading_set"), 0);
    };
    refuse("{\n \"format\": \"standpoint-set\",\n oops\n}", "in.standpoint:3:");
    refuse("{\"format\": \"something-else\"}", "not a Standpoint set file");
    refuse("{\"format\": \"standpoint-set\", \"format_version\": 9, \"set\": {}}", "newer Standpoint");
    refuse("{\"format\": \"standpoint-set\", \"format_version\": 1, \"set\": {\"title\": 4}}", "set.uuid");
    refuse("{\"format\": \"standpoint-set\", \"format_version\": 1, \"set\": {\"uuid\": \"u\", \"title\": \"T\", "
           "\"items\": [{\"kind\": \"poster\"}]}}",
           "set.items[0].kind");
    refuse("{\"format\": \"standpoint-set\", \"format_version\": 1, \"set\": {\"uuid\": \"u\", \"title\": \"T\", "
           "\"items\": [{\"kind\": \"excerpt\", \"anchor\": {\"debate\": \"x\", \"document\": \"y\", \"start\": -4, "
           "\"end\": 2, \"text\": \"t\"}}]}}",
           "set.items[0].anchor.start");
    refuse(QByteArray(33 * 1024 * 1024, ' '), "at most 32 MB");
}

TEST(Notes, DocumentNamesInASetFileCannotReachOutsideTheStore)
{
    fixtures::TempStore first;
    sql::Connection a = first.open(true);
    auto bytes = notes::exportSetFile(a, makeSet(a));
    ASSERT_TRUE(succeeded(bytes));
    QJsonObject root = QJsonDocument::fromJson(*bytes).object();
    QJsonObject setObject = root[QStringLiteral("set")].toObject();
    QJsonArray list = setObject[QStringLiteral("items")].toArray();
    // Every document name an attacker could aim at the file system.
    const QStringList hostile = {QStringLiteral("../../../../tmp/standpoint-escape"), QStringLiteral("/etc/passwd"),
                                 QStringLiteral("..\\..\\windows"), QStringLiteral("doc\u0000key")};
    int aimed = 0;
    for (qsizetype i = 0; i < list.size() && aimed < hostile.size(); ++i) {
        QJsonObject item = list[i].toObject();
        if (!item.contains(QStringLiteral("anchor")))
            continue;
        QJsonObject anchor = item[QStringLiteral("anchor")].toObject();
        anchor[QStringLiteral("document")] = hostile[aimed++];
        item[QStringLiteral("anchor")] = anchor;
        list[i] = item;
    }
    ASSERT_GE(aimed, 1);
    setObject[QStringLiteral("items")] = list;
    root[QStringLiteral("set")] = setObject;
    fixtures::TempStore second;
    sql::Connection b = second.open(true);
    const QStringList before = QDir(second.dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
    auto report = notes::importSetFile(b, QJsonDocument(root).toJson(), QStringLiteral("hostile.standpoint"));
    ASSERT_TRUE(succeeded(report));
    EXPECT_GE(report->orphaned, 1); // names that match no document are kept as orphans, never looked up on disk
    EXPECT_FALSE(QFileInfo::exists(QStringLiteral("/tmp/standpoint-escape")));
    const QStringList after = QDir(second.dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
    for (const QString &name : after)
        EXPECT_TRUE(before.contains(name) || name.startsWith(QStringLiteral("test.db"))) << name.toStdString();
}
