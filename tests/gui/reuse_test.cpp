// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "app/reuse/reuseview.h"
#include "tests/gui/guifixture.h"

#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace standpoint;
using fixtures::waitUntil;

namespace {
class ReuseViewTest : public fixtures::GuiTest
{
};
} // namespace

TEST_F(ReuseViewTest, ShowsTheHeritagePairWithChangedWordsMarked)
{
    app::ReuseView view(window->storeSession());
    view.resize(1400, 800);
    view.show();
    view.reload();
    ASSERT_TRUE(waitUntil([&] { return !view.isLoading(); }));
    ASSERT_GE(view.pairList()->topLevelItemCount(), 1);
    EXPECT_TRUE(view.pairList()->topLevelItem(0)->text(0).contains(QStringLiteral("Here's What US Can Do")));
    ASSERT_GE(view.passageList()->count(), 8);
    int centralAsia = -1;
    for (int row = 0; row < view.passageList()->count(); ++row) {
        if (view.passageList()->item(row)->toolTip().contains(QStringLiteral("Central Asia")))
            centralAsia = row;
    }
    ASSERT_GE(centralAsia, 0);
    view.passageList()->setCurrentRow(centralAsia);
    EXPECT_TRUE(view.leftText()->toHtml().contains(QStringLiteral("dominant")));
    EXPECT_TRUE(view.leftText()->toPlainText().contains(QStringLiteral("Moscow is now the dominant player")));
    EXPECT_TRUE(view.rightText()->toPlainText().contains(QStringLiteral("Moscow is a highly active player")));
    QSignalSpy open(&view, &app::ReuseView::openPassage);
    auto *openLeft = view.findChild<QPushButton *>(QStringLiteral("OpenFirstInReader"));
    ASSERT_NE(openLeft, nullptr);
    openLeft->click();
    ASSERT_EQ(open.count(), 1);
    EXPECT_EQ(open.first().at(0).toString(), QStringLiteral("heritage-commentary"));
    EXPECT_LT(open.first().at(1).toLongLong(), open.first().at(2).toLongLong());
}
