// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "core/import/documentimporter.h"
#include "core/import/importreader.h"
#include "core/import/pendingimport.h"
#include "core/search/searcher.h"
#include "core/sqlite/query.h"
#include "core/store/store.h"
#include "tests/support/testpack.h"

#include <atomic>

using namespace standpoint;
using fixtures::succeeded;

namespace {

importing::ImportDraft draft(const QString &name, const QString &text)
{
    auto d = importing::readBytesForImport(name, text.toUtf8(), nullptr);
    EXPECT_TRUE(succeeded(d));
    return d.ok() ? *d : importing::ImportDraft{};
}

// Everything a user could have in the store, as one string: any change to it shows.
QString snapshot(sql::Connection &db)
{
    QString out;
    for (const char *table : {"document", "paragraph", "position", "position_document", "speaker_document",
                              "removed_span", "search_index"}) {
        auto n = sql::scalar(db, QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table)); // fixed table names
        out += QLatin1String(table) + QLatin1Char('=') + QString::number(n ? *n : -1) + QLatin1Char(' ');
    }
    return out;
}

class Importer : public ::testing::Test
{
protected:
    void SetUp() override { m_db = std::make_unique<sql::Connection>(m_store.open(true)); }
    sql::Connection &db() { return *m_db; }
    fixtures::TempStore m_store;
    std::unique_ptr<sql::Connection> m_db;
};

} // namespace

TEST_F(Importer, WritesDocumentsSearchableAndCredited)
{
    auto a = draft(QStringLiteral("a.txt"), QStringLiteral("Arctic Shipping\n\nThe northern sea route carries more cargo.\n\nShare this"));
    a.positionKey = QStringLiteral("gabuev");
    auto b = draft(QStringLiteral("b.md"), QStringLiteral("# Grain Corridors\n\nGrain moves by rail across the steppe."));
    b.newPositionLabel = QStringLiteral("Class readings");
    b.date = QStringLiteral("2024-03");
    auto outcome = importing::importDrafts(db(), {a, b});
    ASSERT_TRUE(succeeded(outcome));
    ASSERT_EQ(outcome->documents.size(), 2);
    EXPECT_EQ(outcome->documents[0].key, QStringLiteral("arctic-shipping"));
    EXPECT_EQ(outcome->newPositions, QStringList{QStringLiteral("class-readings")});
    auto origin = sql::scalar(db(), QStringLiteral("SELECT count(*) FROM document WHERE origin = 'import'"));
    EXPECT_EQ(*origin, 2);
    auto removedSpans = sql::scalar(db(), QStringLiteral("SELECT count(*) FROM removed_span r JOIN document d ON d.id = r.document_id "
                                                         "WHERE d.key = 'arctic-shipping' AND r.text = 'Share this'"));
    EXPECT_EQ(*removedSpans, 1);
    auto hits = search::searchFaceted(db(), search::SearchQuery{QStringLiteral("cargo"), 10, {}, {}});
    ASSERT_TRUE(succeeded(hits));
    ASSERT_EQ(hits->hits.size(), 1);
    EXPECT_EQ(hits->hits.first().documentKey, QStringLiteral("arctic-shipping"));
    EXPECT_EQ(hits->hits.first().positions, QStringList{QStringLiteral("gabuev")});
    auto grain = search::searchFaceted(db(), search::SearchQuery{QStringLiteral("grain"), 10, {}, {}});
    ASSERT_TRUE(succeeded(grain));
    ASSERT_FALSE(grain->hits.isEmpty());
    EXPECT_EQ(grain->hits.first().positions, QStringList{QStringLiteral("class-readings")});
    EXPECT_EQ(grain->hits.first().year, 2024);
    // Importing the same title again gets a key of its own.
    auto again = importing::importDrafts(db(), {a});
    ASSERT_TRUE(succeeded(again));
    EXPECT_EQ(again->documents[0].key, QStringLiteral("arctic-shipping-2"));
}

TEST_F(Importer, ARefusedDraftLeavesTheStoreAsItWas)
{
    const QString before = snapshot(db());
    auto good = draft(QStringLiteral("good.txt"), QStringLiteral("A perfectly fine paragraph about trade."));
    auto unknown = draft(QStringLiteral("bad.txt"), QStringLiteral("Another paragraph."));
    unknown.positionKey = QStringLiteral("no-such-position");
    auto outcome = importing::importDrafts(db(), {good, unknown});
    ASSERT_FALSE(outcome.ok());
    EXPECT_TRUE(outcome.message().contains(QStringLiteral("bad.txt")));
    EXPECT_TRUE(outcome.message().contains(QStringLiteral("no-such-position")));
    EXPECT_EQ(snapshot(db()), before);

    auto badDate = draft(QStringLiteral("dated.txt"), QStringLiteral("Words."));
    badDate.date = QStringLiteral("the spring");
    auto dated = importing::importDrafts(db(), {good, badDate});
    ASSERT_FALSE(dated.ok());
    EXPECT_TRUE(dated.message().contains(QStringLiteral("dated.txt")));
    EXPECT_TRUE(dated.message().contains(QStringLiteral("the spring")));

    auto untitled = draft(QStringLiteral("untitled.txt"), QStringLiteral("Words."));
    untitled.title = QStringLiteral("  ");
    auto noTitle = importing::importDrafts(db(), {untitled});
    ASSERT_FALSE(noTitle.ok());
    EXPECT_TRUE(noTitle.message().contains(QStringLiteral("title")));

    auto twoVoices = draft(QStringLiteral("two.txt"), QStringLiteral("Words."));
    twoVoices.positionKey = QStringLiteral("gabuev");
    twoVoices.newPositionLabel = QStringLiteral("Mine");
    EXPECT_FALSE(importing::importDrafts(db(), {twoVoices}).ok());
    EXPECT_FALSE(importing::importDrafts(db(), {good}, QStringLiteral("no-such-debate")).ok());
    EXPECT_EQ(snapshot(db()), before);
}

TEST_F(Importer, CancellingMidwayLeavesNothingHalfDone)
{
    const QString before = snapshot(db());
    QList<importing::ImportDraft> drafts;
    for (int i = 0; i < 5; ++i)
        drafts << draft(QStringLiteral("doc%1.txt").arg(i), QStringLiteral("Document %1\n\nSome text about pipelines and ports.").arg(i));
    std::atomic_bool cancel = false;
    int reported = 0;
    auto outcome = importing::importDrafts(db(), drafts, {}, [&](int done, int total, const QString &) {
        EXPECT_EQ(total, 5);
        reported = done;
        if (done == 3)
            cancel = true; // as the Cancel button would, while the fourth is about to be written
    }, &cancel);
    ASSERT_FALSE(outcome.ok());
    EXPECT_TRUE(outcome.message().contains(QStringLiteral("Cancelled")));
    EXPECT_EQ(reported, 3);
    EXPECT_EQ(snapshot(db()), before);
}

TEST_F(Importer, ImportedDocumentsPassTheStoreCheck)
{
    auto d = draft(QStringLiteral("c.html"), QStringLiteral("<html><body><h1>Ports</h1><p>Ports matter. They do.</p></body></html>"));
    d.speakerKey = QStringLiteral("berman");
    ASSERT_TRUE(succeeded(importing::importDrafts(db(), {d})));
    auto integrity = sql::scalar(db(), QStringLiteral("SELECT count(*) FROM pragma_integrity_check WHERE integrity_check = 'ok'"));
    EXPECT_EQ(*integrity, 1);
    auto spoken = sql::scalar(db(), QStringLiteral("SELECT count(*) FROM speaker_document sd JOIN speaker s ON s.id = sd.speaker_id "
                                                   "WHERE s.key = 'berman'"));
    EXPECT_EQ(*spoken, 1);
    auto sentences = sql::scalar(db(), QStringLiteral("SELECT count(*) FROM paragraph p, json_each(p.sentences) "
                                                      "JOIN document d ON d.id = p.document_id WHERE d.key = 'ports'"));
    EXPECT_EQ(*sentences, 3);
}

TEST_F(Importer, DraftsMadeWhileWritingRefuseOneByOneAndSaveNothingUnlessTold)
{
    const QString before = snapshot(db());
    const auto sourceOf = [](bool skip, QStringList &heard, QList<int> refusedAt) {
        importing::DraftSource source;
        source.count = 4;
        source.make = [refusedAt](qsizetype i) -> Result<importing::ImportDraft> {
            if (refusedAt.contains(int(i)))
                return Error{QStringLiteral("file%1.txt: it is not valid UTF-8").arg(i)};
            return draft(QStringLiteral("file%1.txt").arg(i), QStringLiteral("Ports %1\n\nIcebreakers keep port %1 open.").arg(i));
        };
        source.refused = [&heard](const QString &message) { heard << message; };
        source.skipRefused = skip;
        return source;
    };
    QStringList heard;
    auto stopped = importing::importDrafts(db(), sourceOf(false, heard, {1, 2}));
    ASSERT_FALSE(stopped.ok());
    EXPECT_TRUE(stopped.message().contains(QStringLiteral("2 file(s) refused"))) << qPrintable(stopped.message());
    EXPECT_EQ(heard, QStringList({QStringLiteral("file1.txt: it is not valid UTF-8"), QStringLiteral("file2.txt: it is not valid UTF-8")}));
    EXPECT_EQ(snapshot(db()), before);

    heard.clear();
    auto none = importing::importDrafts(db(), sourceOf(true, heard, {0, 1, 2, 3}));
    ASSERT_FALSE(none.ok());
    EXPECT_TRUE(none.message().contains(QStringLiteral("No file could be imported"))) << qPrintable(none.message());
    EXPECT_EQ(heard.size(), 4);
    EXPECT_EQ(snapshot(db()), before);

    heard.clear();
    auto skipped = importing::importDrafts(db(), sourceOf(true, heard, {1, 2}));
    ASSERT_TRUE(succeeded(skipped));
    ASSERT_EQ(skipped->documents.size(), 2);
    EXPECT_EQ(skipped->documents[0].path, QStringLiteral("file0.txt"));
    EXPECT_EQ(skipped->documents[1].path, QStringLiteral("file3.txt"));
    EXPECT_EQ(skipped->documents[1].format, QStringLiteral("text"));
    EXPECT_EQ(heard.size(), 2);
}

TEST_F(Importer, TextBeyondTheBasicPlaneIsIndexedAndQuotedExactly)
{
    // Characters of two UTF-16 units (and four UTF-8 bytes) before and inside the paragraphs: the index
    // reads each passage from the document by byte offsets, which must land where the paragraph is.
    auto d = draft(QStringLiteral("emoji.txt"), QStringLiteral("Caf\u00e9 \U0001F600 Notes\n\n\U0001D465 marks the LNG terminals at Ust-Luga.\n\n"
                                                               "Na\u00efve hopes \U0001F30D for a wedge."));
    ASSERT_TRUE(succeeded(importing::importDrafts(db(), {d})));
    auto hits = search::searchFaceted(db(), search::SearchQuery{QStringLiteral("terminals"), 10, {}, {}});
    ASSERT_TRUE(succeeded(hits));
    ASSERT_EQ(hits->hits.size(), 1);
    EXPECT_EQ(hits->hits.first().plainSnippet, QStringLiteral("\U0001D465 marks the LNG terminals at Ust-Luga."));
    auto wedge = search::searchFaceted(db(), search::SearchQuery{QStringLiteral("naive wedge"), 10, {}, {}});
    ASSERT_TRUE(succeeded(wedge));
    ASSERT_EQ(wedge->hits.size(), 1);
    EXPECT_EQ(wedge->hits.first().plainSnippet, QStringLiteral("Na\u00efve hopes \U0001F30D for a wedge."));
    EXPECT_TRUE(succeeded(db().exec(QStringLiteral("INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 1)"))));
}

TEST_F(Importer, ABulkImportMergesAnIndexLeftInSeveralLargePieces)
{
    const auto segments = [&] { return *sql::scalar(db(), QStringLiteral("SELECT count(DISTINCT segid) FROM search_index_idx")); };
    const auto documents = [](int count, const QString &word) {
        QList<importing::ImportDraft> drafts;
        for (int i = 0; i < count; ++i) {
            QString text = QStringLiteral("%1 %2\n\n").arg(word).arg(i);
            for (int p = 0; p < 12; ++p) {
                text += QStringLiteral("Paragraph %1 of %2 %3 on rail freight and grain:").arg(p).arg(word).arg(i);
                for (int w = 0; w < 30; ++w) // words of their own, so that the index grows as a real one does
                    text += QLatin1Char(' ') + word + QString::number((i * 12 + p) * 30 + w, 36);
                text += QStringLiteral(".\n\n");
            }
            drafts << draft(QStringLiteral("%1-%2.txt").arg(word).arg(i), text);
        }
        return drafts;
    };
    // The first import adds one large segment to the debate's small one: nothing worth merging.
    ASSERT_TRUE(succeeded(importing::importDrafts(db(), documents(300, QStringLiteral("Alpha")))));
    const qint64 afterFirst = segments();

    EXPECT_GE(afterFirst, 2);
    // The second, larger than all before it, leaves two large segments: they are merged into one.
    ASSERT_TRUE(succeeded(importing::importDrafts(db(), documents(600, QStringLiteral("Beta")))));
    EXPECT_EQ(segments(), 1);
    // A small import after that adds a small segment and is not followed by a merge.
    ASSERT_TRUE(succeeded(importing::importDrafts(db(), documents(3, QStringLiteral("Gamma")))));
    EXPECT_EQ(segments(), 2);
    auto hits = search::searchFaceted(db(), search::SearchQuery{QStringLiteral("alpha 7"), 10, {}, {}});
    ASSERT_TRUE(succeeded(hits));
    EXPECT_FALSE(hits->hits.isEmpty());
    EXPECT_TRUE(succeeded(db().exec(QStringLiteral("INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 1)"))));
}

namespace {

// Drafts of generated text, each a few paragraphs, for imports long enough to be interrupted.
QList<importing::ImportDraft> generatedDrafts(int count)
{
    QList<importing::ImportDraft> out;
    for (int i = 0; i < count; ++i) {
        QString text = QStringLiteral("Generated Report %1\n\n").arg(i);
        for (int p = 0; p < 4; ++p)
            text += QStringLiteral("Paragraph %1 of report %2 discusses grain, rail and river ports.\n\n").arg(p).arg(i);
        out << draft(QStringLiteral("generated-%1.txt").arg(i), text);
    }
    return out;
}

qint64 count(sql::Connection &db, const QString &query) { return *sql::scalar(db, query); }

// FTS5's own check of the index against the text it reads: it fails when a removed passage stayed in it.
Status indexIntegrity(sql::Connection &db)
{
    return db.exec(QStringLiteral("INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 1)"));
}

} // namespace

TEST_F(Importer, LetsWaitingWritesInBetweenDocumentsAndStillCommitsWhole)
{
    const qint64 before = count(db(), QStringLiteral("SELECT count(*) FROM document"));
    int yields = 0;
    QList<qint64> seenDuringImport;
    const importing::YieldToOthers yield{
        .waiting = [&] { return yields < 3; },
        .run = [&] {
            ++yields;
            // What a waiting write sees: the import's steps so far, committed, and free to write itself.
            seenDuringImport << count(db(), QStringLiteral("SELECT count(*) FROM pending_import_document"));
            ASSERT_TRUE(succeeded(sql::forEachRow(db(), QStringLiteral("INSERT INTO reading_set (uuid, title, description, "
                                                                       "imported, created_at, updated_at) VALUES (?, 'During', '', 0, '', '')"),
                                                  {QStringLiteral("u-%1").arg(yields)}, [](const sql::Statement &) {})));
        }};
    auto outcome = importing::importDrafts(db(), generatedDrafts(6), {}, {}, nullptr, yield);
    ASSERT_TRUE(succeeded(outcome));
    EXPECT_EQ(yields, 3);
    EXPECT_EQ(seenDuringImport, (QList<qint64>{1, 2, 3}));
    EXPECT_EQ(count(db(), QStringLiteral("SELECT count(*) FROM document")), before + 6);
    EXPECT_EQ(count(db(), QStringLiteral("SELECT count(*) FROM pending_import_document")), 0);
    EXPECT_EQ(count(db(), QStringLiteral("SELECT count(*) FROM reading_set WHERE title = 'During'")), 3);
    EXPECT_TRUE(succeeded(indexIntegrity(db())));
}

TEST_F(Importer, ACancelAfterWritesWereLetInTakesBackEveryStepButKeepsTheirWrites)
{
    const QString untouched = snapshot(db());
    std::atomic_bool cancel = false;
    int yields = 0;
    const importing::YieldToOthers yield{
        .waiting = [&] { return true; },
        .run = [&] {
            if (++yields == 4)
                cancel = true;
            if (yields == 1)
                ASSERT_TRUE(succeeded(db().exec(QStringLiteral("INSERT INTO reading_set (uuid, title, description, imported, "
                                                               "created_at, updated_at) VALUES ('u-2', 'Kept', '', 0, '', '')"))));
        }};
    auto drafts = generatedDrafts(8);
    drafts[1].newPositionLabel = QStringLiteral("A position the import made");
    auto outcome = importing::importDrafts(db(), drafts, {}, {}, &cancel, yield);
    ASSERT_FALSE(outcome.ok());
    EXPECT_EQ(snapshot(db()), untouched);
    EXPECT_EQ(count(db(), QStringLiteral("SELECT count(*) FROM pending_import_document")), 0);
    EXPECT_EQ(count(db(), QStringLiteral("SELECT count(*) FROM reading_set WHERE title = 'Kept'")), 1);
    EXPECT_TRUE(succeeded(indexIntegrity(db())));
}

TEST_F(Importer, AnImportCutShortAfterCommittingStepsIsTakenBackWhenTheStoreOpens)
{
    const QString untouched = snapshot(db());
    // A crash between two steps leaves the committed steps marked pending, as this import does by never
    // reaching its end: its steps are committed, then the process "dies" (the store is closed under it).
    bool died = false;
    const importing::YieldToOthers yield{.waiting = [&] { return !died; },
                                         .run = [&] {
                                             died = true;
                                             // A copy of the store as it is on disk at this moment.
                                             ASSERT_TRUE(succeeded(sql::forEachRow(
                                                 db(), QStringLiteral("VACUUM INTO ?"),
                                                 {m_store.dir.filePath(QStringLiteral("crashed.db"))}, [](const sql::Statement &) {})));
                                         }};
    ASSERT_TRUE(succeeded(importing::importDrafts(db(), generatedDrafts(3), {}, {}, nullptr, yield)));
    const QString crashed = m_store.dir.filePath(QStringLiteral("crashed.db"));
    {
        auto raw = sql::Connection::open(crashed);
        ASSERT_TRUE(succeeded(raw));
        EXPECT_EQ(count(*raw, QStringLiteral("SELECT count(*) FROM pending_import_document")), 1);
    }
    auto reopened = store::Store::open(crashed, store::Store::Options{.loadBundledPack = false});
    ASSERT_TRUE(succeeded(reopened));
    EXPECT_EQ(snapshot(reopened->connection()), untouched);
    EXPECT_EQ(count(reopened->connection(), QStringLiteral("SELECT count(*) FROM pending_import_document")), 0);
    EXPECT_TRUE(succeeded(indexIntegrity(reopened->connection())));
}

TEST_F(Importer, AnImportStillRunningInAnotherProgramIsNotTakenForAnAbandonedOne)
{
    auto outcome = importing::importDrafts(db(), generatedDrafts(2));
    ASSERT_TRUE(succeeded(outcome));
    const qint64 documents = count(db(), QStringLiteral("SELECT count(*) FROM document"));
    const qint64 newest = count(db(), QStringLiteral("SELECT max(id) FROM document"));
    // As an import in another program leaves it between two steps: a document marked pending, its lock held.
    ASSERT_TRUE(succeeded(importing::markPendingImport(db(), {newest}, {})));
    {
        const importing::PendingImportLock running(m_store.path());
        ASSERT_TRUE(running.isHeld());
        auto opened = store::Store::open(m_store.path(), store::Store::Options{.loadBundledPack = false});
        ASSERT_TRUE(succeeded(opened));
        EXPECT_EQ(count(opened->connection(), QStringLiteral("SELECT count(*) FROM document")), documents);
    }
    // Its program gone (the lock released), the next open takes the step back.
    auto opened = store::Store::open(m_store.path(), store::Store::Options{.loadBundledPack = false});
    ASSERT_TRUE(succeeded(opened));
    EXPECT_EQ(count(opened->connection(), QStringLiteral("SELECT count(*) FROM document")), documents - 1);
    EXPECT_TRUE(succeeded(indexIntegrity(opened->connection())));
}
