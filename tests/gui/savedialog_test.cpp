// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
// The one save dialog: the suffix every exporter chooses its format by, and the folder it remembers.
#include "app/common/savedialog.h"

#include <QSettings>
#include <QStandardPaths>

#include <gtest/gtest.h>

using standpoint::app::SaveDialog;

TEST(SaveDialog, AddsTheKindsSuffixOnlyWhenTheNameLacksIt)
{
    EXPECT_EQ(SaveDialog::withSuffix(QStringLiteral("/tmp/week 3"), SaveDialog::Kind::Csv), QStringLiteral("/tmp/week 3.csv"));
    EXPECT_EQ(SaveDialog::withSuffix(QStringLiteral("/tmp/deck.PPTX"), SaveDialog::Kind::Pptx), QStringLiteral("/tmp/deck.PPTX"));
    // Another suffix is a name, not a format: the export still gets the one it was asked for.
    EXPECT_EQ(SaveDialog::withSuffix(QStringLiteral("/tmp/chart.v2"), SaveDialog::Kind::Svg), QStringLiteral("/tmp/chart.v2.svg"));
    EXPECT_EQ(SaveDialog::withSuffix(QStringLiteral("notes"), SaveDialog::Kind::Markdown), QStringLiteral("notes.md"));
    EXPECT_EQ(SaveDialog::suffix(SaveDialog::Kind::SetFile), QStringLiteral("standpoint"));
}

TEST(SaveDialog, StartsInTheDocumentsFolderUntilTheUserChoosesAnother)
{
    QSettings().remove(QStringLiteral("export/lastFolder"));
    EXPECT_EQ(SaveDialog::lastFolder(), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
}
