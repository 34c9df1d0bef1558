// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "core/check/wordingdiff.h"

#include <gtest/gtest.h>

using namespace standpoint::check;

TEST(WordingDiff, SimilarityIgnoresCaseAndPunctuation)
{
    EXPECT_DOUBLE_EQ(similarity(words(QStringLiteral("How to Divide")), words(QStringLiteral("HOW TO DIVIDE!"))), 1.0);
    EXPECT_TRUE(sameWording(words(QStringLiteral("a, b")), words(QStringLiteral("A b"))));
    EXPECT_LT(similarity(words(QStringLiteral("one two three")), words(QStringLiteral("four five six"))), 0.01);
}

TEST(WordingDiff, MarksRemovedAndAddedWords)
{
    const QString marked = markChanges(words(QStringLiteral("Moscow is now the dominant player")),
                                       words(QStringLiteral("Moscow is a highly active player")));
    EXPECT_EQ(marked, QStringLiteral("Moscow is [-now-] [-the-] [-dominant-] {+a+} {+highly+} {+active+} player"));
}
