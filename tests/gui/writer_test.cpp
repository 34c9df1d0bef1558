// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
// One writer: a change the user makes while a large import runs is saved and shown before the import
// ends, and the import still goes in whole or not at all.
#include "app/common/storesession.h"
#include "app/import/importjob.h"
#include "app/notes/annotationcommands.h"
#include "app/notes/userwork.h"
#include "tests/gui/guifixture.h"

#include <QElapsedTimer>
#include <QUndoStack>

#include <cstdio>

using namespace standpoint;
using fixtures::waitUntil;

namespace {

// Enough generated documents that the import runs for a good while after the annotation is made.
QList<importing::ImportDraft> largeImport(int count)
{
    QList<importing::ImportDraft> out;
    for (int i = 0; i < count; ++i) {
        importing::ImportDraft d;
        d.path = QStringLiteral("generated-%1.txt").arg(i);
        d.format = QStringLiteral("text");
        d.title = QStringLiteral("Generated report %1").arg(i);
        for (int p = 0; p < 12; ++p)
            d.blocks << importing::ImportBlock{.text = QStringLiteral("Paragraph %1 of report %2: grain moves by rail and river "
                                                                      "to the ports of the Pacific coast, and trade follows it.")
                                                          .arg(p)
                                                          .arg(i), .heading = false, .removeRule = {}, .removeWhy = {}};
        out << d;
    }
    return out;
}

class WriterGui : public fixtures::GuiTest
{
protected:
    // Starts a large import and waits until it is under way; the job reports into the flags below.
    void startImport(app::ImportJob &job)
    {
        QObject::connect(&job, &app::ImportJob::progress, [this](int done, int, const QString &) { written = done; });
        QObject::connect(&job, &app::ImportJob::writeFinished, [this] { finished = true; });
        QObject::connect(&job, &app::ImportJob::failed, [this](const QString &message) {
            failed = true;
            failure = message;
        });
        job.write(largeImport(kDocuments));
        ASSERT_TRUE(waitUntil([&] { return written >= 20 || finished || failed; }));
        ASSERT_FALSE(finished || failed) << "the import ended before it could be interrupted";
    }
    // Annotates the first document as the Reader does; returns how long until it was saved and shown.
    qint64 annotateAndWait()
    {
        app::UserWork *work = window->userWork();
        notes::Annotation note;
        note.documentId = window->debate().documents.value(0).id;
        note.end = 12;
        note.note = QStringLiteral("made during the import");
        QElapsedTimer clock;
        clock.start();
        work->undoStack()->push(new app::AddAnnotationCommand(work, note));
        EXPECT_TRUE(waitUntil([&] { return work->isIdle() && work->annotations().size() == 1; }));
        return clock.elapsed();
    }
    static constexpr int kDocuments = 3000;
    int written = 0;
    bool finished = false;
    bool failed = false;
    QString failure;
};

} // namespace

TEST_F(WriterGui, AnAnnotationMadeDuringALargeImportIsSavedAndShownBeforeTheImportEnds)
{
    ASSERT_TRUE(waitUntil([&] { return window->userWork()->isOpen(); }));
    const qint64 documentsBefore = count(QStringLiteral("SELECT count(*) FROM document"));
    app::ImportJob job(window->storeSession());
    startImport(job);
    ASSERT_FALSE(HasFatalFailure());
    const qint64 took = annotateAndWait();
    std::printf("annotation saved and shown %lld ms after it was made, with %d of %d documents imported\n", took, written,
                kDocuments);
    EXPECT_FALSE(finished) << "the annotation waited for the import to end";
    // Saved: another connection sees it on disk.
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM annotation WHERE note = 'made during the import'")), 1);
    ASSERT_TRUE(waitUntil([&] { return finished || failed; }, 300000));
    ASSERT_FALSE(failed) << failure.toStdString();
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM document")), documentsBefore + kDocuments);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM pending_import_document")), 0);
}

TEST_F(WriterGui, AnImportStoppedAfterAnEditWasLetInLeavesTheEditAndNoDocument)
{
    ASSERT_TRUE(waitUntil([&] { return window->userWork()->isOpen(); }));
    const qint64 documentsBefore = count(QStringLiteral("SELECT count(*) FROM document"));
    const qint64 passagesBefore = count(QStringLiteral("SELECT count(*) FROM paragraph"));
    app::ImportJob job(window->storeSession());
    startImport(job);
    ASSERT_FALSE(HasFatalFailure());
    annotateAndWait();
    ASSERT_FALSE(finished);
    job.cancel();
    ASSERT_TRUE(waitUntil([&] { return finished || failed; }, 300000));
    EXPECT_TRUE(failed);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM document")), documentsBefore);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM paragraph")), passagesBefore);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM pending_import_document")), 0);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM annotation WHERE note = 'made during the import'")), 1);
    EXPECT_TRUE(db().exec(QStringLiteral("INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 1)")).ok());
}
