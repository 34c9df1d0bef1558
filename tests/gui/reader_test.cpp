// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "app/reader/claimlistmodel.h"
#include "app/reader/readerpane.h"
#include "app/reader/readerview.h"
#include "tests/gui/guifixture.h"

#include <QLineEdit>
#include <QListView>
#include <QScrollBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

using namespace standpoint;
using fixtures::waitUntil;

class ReaderGui : public fixtures::GuiTest
{
protected:
    app::ReaderPane *showFirstDocument()
    {
        window->showReader();
        app::ReaderPane *pane = window->readerView()->primary();
        EXPECT_TRUE(waitUntil([&] { return !pane->isLoading() && pane->documentId() != 0; }));
        return pane;
    }
};

TEST_F(ReaderGui, ChoosingAClaimSelectsItsQuoteAndTheTextLeadsBack)
{
    app::ReaderPane *pane = showFirstDocument();
    auto *claims = static_cast<app::ClaimListModel *>(pane->claimList()->model());
    ASSERT_GT(claims->rowCount(), 3);
    pane->claimList()->setCurrentIndex(claims->index(2));
    EXPECT_EQ(pane->selectedText(), claims->claim(2).quotes.first().text);
    // Put the cursor inside another claim's quote: the list follows.
    pane->claimList()->setCurrentIndex(claims->index(0));
    QTextCursor cursor = pane->text()->textCursor();
    const QString target = claims->claim(3).quotes.first().text;
    const QTextCursor found = pane->text()->document()->find(target);
    ASSERT_FALSE(found.isNull());
    cursor.setPosition(found.selectionStart() + 2);
    pane->text()->setTextCursor(cursor);
    EXPECT_EQ(pane->claimList()->currentIndex().row(), 3);
}

TEST_F(ReaderGui, FindInDocumentFindsAndWraps)
{
    app::ReaderPane *pane = showFirstDocument();
    pane->openFind();
    QTest::keyClicks(pane->findField(), QStringLiteral("Putin"));
    EXPECT_EQ(pane->selectedText(), QStringLiteral("Putin"));
    const int first = pane->text()->textCursor().selectionStart();
    QTest::keyClick(pane->findField(), Qt::Key_Return);
    EXPECT_GT(pane->text()->textCursor().selectionStart(), first);
    QTest::keyClick(pane->findField(), Qt::Key_Escape);
    EXPECT_FALSE(pane->findField()->isVisible());
}

TEST_F(ReaderGui, RemovedPanelListsWhatCleaningTookOut)
{
    app::ReaderPane *pane = showFirstDocument();
    EXPECT_GE(pane->removedTable()->model()->rowCount(), 1);
    bool footer = false;
    for (int r = 0; r < pane->removedTable()->model()->rowCount(); ++r)
        footer |= pane->removedTable()->model()->index(r, 1).data().toString().contains(QLatin1String("Have an opinion"));
    EXPECT_TRUE(footer);
}

TEST_F(ReaderGui, SideBySideScrollsTogether)
{
    showFirstDocument();
    app::ReaderView *reader = window->readerView();
    const auto &docs = window->debate().documents;
    reader->compareDocuments(docs[0].id, docs[1].id);
    ASSERT_TRUE(waitUntil([&] { return !reader->primary()->isLoading() && !reader->secondary()->isLoading(); }));
    EXPECT_TRUE(reader->isSideBySide());
    EXPECT_EQ(reader->secondary()->documentId(), docs[1].id);
    QApplication::processEvents();
    QScrollBar *left = reader->primary()->text()->verticalScrollBar();
    QScrollBar *right = reader->secondary()->text()->verticalScrollBar();
    ASSERT_GT(left->maximum(), 0);
    left->setValue(left->maximum() / 2);
    EXPECT_NEAR(double(right->value()) / right->maximum(), 0.5, 0.05);
    reader->setSideBySide(false);
    EXPECT_FALSE(reader->secondary()->isVisible());
}

TEST_F(ReaderGui, AStoreThatCannotBeOpenedShowsWhyAndNoViews)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.db"));
    QFile junk(path);
    ASSERT_TRUE(junk.open(QIODevice::WriteOnly));
    junk.write(QByteArray(2048, 'z'));
    junk.close();
    app::MainWindow broken(path);
    broken.show();
    ASSERT_TRUE(waitUntil([&] { return broken.pageMessage().contains(QLatin1String("could not be opened")); }));
    EXPECT_TRUE(broken.pageMessage().contains(QLatin1String("not a Standpoint store")));
    EXPECT_FALSE(broken.isReady());
    QFile check(path);
    ASSERT_TRUE(check.open(QIODevice::ReadOnly));
    EXPECT_EQ(check.readAll(), QByteArray(2048, 'z'));
}
