// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "app/common/backgroundexport.h"
#include "app/notes/annotationcommands.h"
#include "app/notes/annotationspanel.h"
#include "app/notes/readingsetsview.h"
#include "app/notes/setcommands.h"
#include "app/notes/userwork.h"
#include "app/reader/readerpane.h"
#include "app/reader/readerview.h"
#include "core/sqlite/query.h"
#include "tests/gui/guifixture.h"

#include <QAbstractItemModelTester>
#include <QDialog>
#include <QListView>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QUndoStack>

#include <optional>

using namespace standpoint;
using fixtures::waitUntil;

namespace {

// Accepts the next modal dialog (the annotation dialog), after typing a note into it.
void acceptNextDialog(const QString &note)
{
    QTimer::singleShot(0, [note] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        if (auto *edit = dialog->findChild<QPlainTextEdit *>())
            edit->setPlainText(note);
        dialog->accept();
    });
}

} // namespace

class NotesGui : public fixtures::GuiTest
{
protected:
    app::ReaderPane *reader()
    {
        window->showReader();
        app::ReaderPane *pane = window->readerView()->primary();
        EXPECT_TRUE(waitUntil([&] { return !pane->isLoading() && pane->documentId() != 0 && window->userWork()->isOpen(); }));
        return pane;
    }
    qint64 count(const char *query) { return GuiTest::count(QString::fromUtf8(query)); }
};

TEST_F(NotesGui, AnnotateASelectionThenUndoAndRedo)
{
    app::ReaderPane *pane = reader();
    // Select a passage with the keyboard, as a user without a mouse would.
    pane->text()->setFocus();
    QTextCursor cursor = pane->text()->document()->find(QStringLiteral("doomed to fail"));
    ASSERT_FALSE(cursor.isNull());
    cursor.setPosition(cursor.selectionStart());
    pane->text()->setTextCursor(cursor);
    for (int i = 0; i < 14; ++i)
        QTest::keyClick(pane->text(), Qt::Key_Right, Qt::ShiftModifier);
    EXPECT_EQ(pane->selectedText(), QStringLiteral("doomed to fail"));
    acceptNextDialog(QStringLiteral("strong claim"));
    QTest::keyClick(window.get(), Qt::Key_M, Qt::ControlModifier);
    ASSERT_TRUE(waitUntil([&] { return count("SELECT count(*) FROM annotation") == 1; }));
    ASSERT_TRUE(settled());
    EXPECT_EQ(count("SELECT count(*) FROM annotation WHERE note = 'strong claim' AND anchor_text = 'doomed to fail'"), 1);
    EXPECT_EQ(pane->text()->extraSelections().size(), 1);
    // Offscreen, a closed modal dialog leaves no active window: give it back, as a window manager would.
    QApplication::setActiveWindow(window.get());
    pane->text()->setFocus();
    QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier);
    ASSERT_TRUE(settled());
    EXPECT_EQ(count("SELECT count(*) FROM annotation"), 0);
    EXPECT_TRUE(pane->text()->extraSelections().isEmpty());
    QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    ASSERT_TRUE(settled());
    EXPECT_EQ(count("SELECT count(*) FROM annotation WHERE note = 'strong claim'"), 1);
    EXPECT_EQ(pane->text()->extraSelections().size(), 1);
}

TEST_F(NotesGui, ReorderASetByKeyboardAndUndo)
{
    reader();
    app::UserWork *work = window->userWork();
    auto *create = new app::CreateSetCommand(work, QStringLiteral("Week 1"));
    work->undoStack()->push(create);
    for (const char *key : {"e-crimea-annexation-2014", "e-invasion-2022-02-24", "e-kissinger-nixon-opening"}) {
        notes::SetItem item;
        item.kind = notes::SetItemKind::Event;
        item.eventId = GuiTest::count(QStringLiteral("SELECT id FROM event WHERE key = ?"), {QString::fromUtf8(key)});
        work->undoStack()->push(new app::AddItemCommand(work, create->setIdSlot(), item));
    }
    ASSERT_TRUE(settled());
    const qint64 set = create->setId();
    app::ReadingSetsView *view = window->readingSetsView();
    window->tabs()->setCurrentWidget(view);
    view->selectSet(set);
    ASSERT_EQ(view->items()->rowCount(), 3);
    const qint64 first = view->items()->set().items[0].id, second = view->items()->set().items[1].id;
    view->itemList()->setFocus();
    view->itemList()->setCurrentIndex(view->items()->index(0));
    QTest::keyClick(view->itemList(), Qt::Key_Down, Qt::ControlModifier);
    ASSERT_TRUE(settled());
    EXPECT_EQ(view->items()->set().items[0].id, second);
    EXPECT_EQ(view->items()->set().items[1].id, first);
    // Dropping an item at the end, as a drag does.
    QMimeData *data = view->items()->mimeData({view->items()->index(0)});
    view->items()->dropMimeData(data, Qt::MoveAction, 3, 0, {});
    delete data;
    ASSERT_TRUE(settled());
    EXPECT_EQ(view->items()->set().items[2].id, second);
    work->undoStack()->undo();
    work->undoStack()->undo();
    ASSERT_TRUE(settled());
    EXPECT_EQ(view->items()->set().items[0].id, first);
    EXPECT_EQ(view->items()->set().items[1].id, second);
}

TEST_F(NotesGui, AnnotationFiltersCombineWithAnd)
{
    reader();
    app::UserWork *work = window->userWork();
    const qint64 a = GuiTest::count(QStringLiteral("SELECT id FROM document WHERE key = 'heritage-commentary'"));
    const qint64 b = GuiTest::count(QStringLiteral("SELECT id FROM document WHERE key = 'gabuev-2024'"));
    for (const auto &[doc, color, tag, note] : {std::tuple{a, "yellow", "energy", "gas matters"},
                                               std::tuple{a, "green", "energy", "gas again"},
                                               std::tuple{b, "yellow", "energy", "gas too"},
                                               std::tuple{a, "yellow", "nato", "gas and nato"}}) {
        notes::Annotation x;
        x.documentId = doc;
        x.start = 5;
        x.end = 25;
        x.color = QString::fromUtf8(color);
        x.tags = {QString::fromUtf8(tag)};
        x.note = QString::fromUtf8(note);
        ASSERT_TRUE(notes::addAnnotation(db(), x).ok());
    }
    work->reload();
    ASSERT_TRUE(settled());
    app::AnnotationsPanel *panel = window->annotationsPanel();
    panel->setFilter(notes::AnnotationFilter{a, QStringLiteral("energy"), QStringLiteral("yellow"), QStringLiteral("gas"), false});
    ASSERT_EQ(panel->model()->rowCount(), 1);
    EXPECT_EQ(panel->model()->annotation(0).note, QStringLiteral("gas matters"));
    panel->setFilter(notes::AnnotationFilter{0, QStringLiteral("energy"), QString(), QString(), false});
    EXPECT_EQ(panel->model()->rowCount(), 3);
    panel->setFilter(notes::AnnotationFilter{0, QString(), QStringLiteral("yellow"), QStringLiteral("nato"), false});
    EXPECT_EQ(panel->model()->rowCount(), 1);
}

// A handout with charts is drawn a chart at a time while the window goes on, written beside it, and
// Stop leaves no file.
TEST_F(NotesGui, HandoutExportRunsBesideTheWindowAndStops)
{
    reader();
    app::UserWork *work = window->userWork();
    auto *create = new app::CreateSetCommand(work, QStringLiteral("Charts"));
    work->undoStack()->push(create);
    for (const char *key : {"trade-turnover", "trade-growth", "yuan"}) {
        notes::SetItem item;
        item.kind = notes::SetItemKind::Chart;
        item.chartKey = QString::fromUtf8(key);
        work->undoStack()->push(new app::AddItemCommand(work, create->setIdSlot(), item));
    }
    ASSERT_TRUE(settled());
    app::ReadingSetsView *view = window->readingSetsView();
    view->selectSet(create->setId());
    QTemporaryDir dir;
    const auto run = [&](const QString &path, bool stopEarly) -> std::optional<QString> {
        std::optional<Result<app::BackgroundExport *>> ready;
        view->exportCurrent(path, [&](const Result<app::BackgroundExport *> &made) { ready = made; });
        EXPECT_TRUE(waitUntil([&] { return ready.has_value(); }));
        if (!ready)
            return std::nullopt;
        const Result<app::BackgroundExport *> &job = *ready;
        EXPECT_TRUE(job.ok()) << job.message().toStdString();
        if (!job)
            return std::nullopt;
        QList<int> steps;
        std::optional<QString> error;
        app::BackgroundExport *running = *job;
        QObject::connect(running, &app::BackgroundExport::progress, view, [&, running](int done, int) {
            steps << done;
            // Stop as a user would, once the first chart is drawn.
            if (stopEarly && done == 1)
                running->stop();
        });
        QObject::connect(*job, &app::BackgroundExport::finished, view, [&](const QString &e) { error = e; });
        (*job)->start();
        // start() returns before any chart is drawn.
        EXPECT_EQ(steps, QList<int>{0});
        EXPECT_EQ((*job)->total(), 4);
        EXPECT_TRUE(waitUntil([&] { return error.has_value(); }, 60000));
        delete *job;
        return error;
    };
    const QString stopped = dir.filePath(QStringLiteral("stopped.pdf"));
    const auto halted = run(stopped, true);
    ASSERT_TRUE(halted.has_value());
    EXPECT_FALSE(halted->isEmpty());
    EXPECT_FALSE(QFile::exists(stopped));
    for (const char *name : {"h.pdf", "h.html"}) {
        const QString path = dir.filePath(QString::fromUtf8(name));
        const auto written = run(path, false);
        ASSERT_TRUE(written.has_value());
        EXPECT_TRUE(written->isEmpty()) << name << ": " << written->toStdString();
        EXPECT_GT(QFileInfo(path).size(), 10000) << name;
    }
}

TEST_F(NotesGui, ASetTitleHoldingAPlaceholderIsShownAsTyped)
{
    // A title is data, never a format: "Week %1" once showed as "Week 0 (%2)".
    reader();
    app::UserWork *work = window->userWork();
    auto *create = new app::CreateSetCommand(work, QStringLiteral("Week %1 %2"));
    work->undoStack()->push(create);
    app::ReadingSetsView *view = window->readingSetsView();
    window->tabs()->setCurrentWidget(view);
    QListWidget *sets = nullptr;
    for (auto *list : view->findChildren<QListWidget *>()) {
        if (list->accessibleName() == QStringLiteral("Reading sets"))
            sets = list;
    }
    ASSERT_NE(sets, nullptr);
    QStringList shown;
    EXPECT_TRUE(waitUntil([&] {
        shown.clear();
        for (int i = 0; i < sets->count(); ++i)
            shown << sets->item(i)->text();
        return !shown.isEmpty();
    }));
    EXPECT_TRUE(shown.contains(QStringLiteral("Week %1 %2 (0)"))) << shown.join(QLatin1Char('|')).toStdString();
}

// The user's-work models, watched by Qt's model tester while annotations and set items come, change,
// move and go through the writer.
TEST_F(NotesGui, TheAnnotationAndSetItemModelsPassTheTester)
{
    reader();
    app::UserWork *work = window->userWork();
    QAbstractItemModelTester annotationsTester(window->annotationsPanel()->model(),
                                               QAbstractItemModelTester::FailureReportingMode::Fatal);
    app::ReadingSetsView *view = window->readingSetsView();
    QAbstractItemModelTester itemsTester(view->items(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    notes::Annotation note;
    note.documentId = window->debate().documents.value(0).id;
    note.end = 20;
    note.note = QStringLiteral("first");
    work->undoStack()->push(new app::AddAnnotationCommand(work, note));
    auto *create = new app::CreateSetCommand(work, QStringLiteral("Tested"));
    work->undoStack()->push(create);
    for (const debate::DocumentInfo &d : window->debate().documents.mid(0, 3)) {
        notes::SetItem item;
        item.kind = notes::SetItemKind::Document;
        item.documentId = d.id;
        work->undoStack()->push(new app::AddItemCommand(work, create->setIdSlot(), item));
    }
    ASSERT_TRUE(settled());
    view->selectSet(create->setId());
    ASSERT_EQ(view->items()->rowCount(), 3);
    ASSERT_EQ(window->annotationsPanel()->model()->rowCount(), 1);
    QMimeData *data = view->items()->mimeData({view->items()->index(0)});
    view->items()->dropMimeData(data, Qt::MoveAction, 3, 0, {});
    delete data;
    work->undoStack()->undo(); // the move
    work->undoStack()->undo(); // the third item
    ASSERT_TRUE(settled());
    EXPECT_EQ(view->items()->rowCount(), 2);
    work->undoStack()->undo();
    work->undoStack()->undo();
    work->undoStack()->undo(); // the set
    work->undoStack()->undo(); // the annotation
    ASSERT_TRUE(settled());
    EXPECT_EQ(window->annotationsPanel()->model()->rowCount(), 0);
    EXPECT_EQ(view->items()->rowCount(), 0);
}

// A redo that fails (its row's id taken meanwhile by a set file, say) is reported, and the undo after it
// removes nothing: not the row that took the id.
TEST_F(NotesGui, AnUndoAfterAFailedRedoLeavesAnotherRowAlone)
{
    reader();
    app::UserWork *work = window->userWork();
    notes::Annotation mine;
    mine.documentId = window->debate().documents.value(0).id;
    mine.end = 10;
    mine.note = QStringLiteral("mine");
    work->undoStack()->push(new app::AddAnnotationCommand(work, mine));
    ASSERT_TRUE(settled());
    const qint64 id = count("SELECT max(id) FROM annotation");
    work->undoStack()->undo();
    ASSERT_TRUE(settled());
    // Another row takes the same id behind the undo stack's back.
    notes::Annotation other = mine;
    other.id = id;
    other.note = QStringLiteral("someone else's");
    ASSERT_TRUE(notes::addAnnotation(db(), other).ok());
    // The redo fails and is reported; the box is closed as a user would.
    bool warned = false;
    QTimer closer;
    QObject::connect(&closer, &QTimer::timeout, [&] {
        if (auto *box = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
            warned = true;
            box->reject();
        }
    });
    closer.start(10);
    work->undoStack()->redo();
    ASSERT_TRUE(settled());
    ASSERT_TRUE(waitUntil([&] { return warned; }));
    work->undoStack()->undo();
    ASSERT_TRUE(settled());
    EXPECT_EQ(count("SELECT count(*) FROM annotation WHERE note = 'someone else''s'"), 1);
}
