// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "core/reuse/textreuse.h"
#include "tests/support/testpack.h"

using namespace standpoint;
using fixtures::succeeded;

namespace {

class Reuse : public fixtures::BundledStoreTest
{
protected:
    static QString changedWords(const reuse::SharedPassage &p, check::WordEdit::Op op)
    {
        QStringList out;
        for (const auto &e : p.changes)
            if (e.op == op)
                out << e.word;
        return out.join(QLatin1Char(' '));
    }
    static const reuse::SharedPassage *passageWith(const reuse::ReusePair &pair, const QString &words)
    {
        for (const auto &p : pair.passages)
            if (p.textA.contains(words))
                return &p;
        return nullptr;
    }
};

} // namespace

TEST_F(Reuse, TheHeritagePairSharesPassagesWithChangedWordingMarked)
{
    auto pairs = reuse::findReuse(db());
    ASSERT_TRUE(succeeded(pairs));
    ASSERT_FALSE(pairs->isEmpty());
    const reuse::ReusePair &pair = pairs->first();
    EXPECT_EQ(pair.keyA, QStringLiteral("heritage-commentary"));
    EXPECT_EQ(pair.keyB, QStringLiteral("heritage-factsheet"));
    EXPECT_GT(pair.overlap, 0.5);
    EXPECT_GE(pair.passages.size(), 8);
    EXPECT_GE(pair.changed, 5);
    // The allies named in Asia change.
    const auto *allies = passageWith(pair, QStringLiteral("work with its close allies"));
    ASSERT_NE(allies, nullptr);
    EXPECT_FALSE(allies->identical());
    EXPECT_TRUE(changedWords(*allies, check::WordEdit::Removed).contains(QStringLiteral("South")));
    EXPECT_TRUE(changedWords(*allies, check::WordEdit::Added).contains(QStringLiteral("India,")));
    // How dominant Moscow is in Central Asia changes.
    const auto *centralAsia = passageWith(pair, QStringLiteral("Central Asia"));
    ASSERT_NE(centralAsia, nullptr);
    EXPECT_TRUE(changedWords(*centralAsia, check::WordEdit::Removed).contains(QStringLiteral("dominant")));
    EXPECT_TRUE(changedWords(*centralAsia, check::WordEdit::Added).contains(QStringLiteral("highly active")));
    // Offsets point at the passages' exact text in each document.
    for (const auto &p : pair.passages) {
        EXPECT_LT(p.startA, p.endA);
        EXPECT_LT(p.startB, p.endB);
        EXPECT_GE(p.similarity, 0.5);
    }
}

TEST_F(Reuse, UnrelatedDocumentsShareNothing)
{
    auto pairs = reuse::findReuse(db(), {{QStringLiteral("gabuev-2024"), QStringLiteral("afpc-2023")}, 0.5, 6});
    ASSERT_TRUE(succeeded(pairs));
    EXPECT_TRUE(pairs->isEmpty());
}

TEST_F(Reuse, BadRequestsGetClearMessages)
{
    auto unknown = reuse::findReuse(db(), {{QStringLiteral("heritage-commentary"), QStringLiteral("nope")}, 0.5, 6});
    ASSERT_FALSE(unknown.ok());
    EXPECT_TRUE(unknown.message().contains(QStringLiteral("\"nope\"")));
    auto same = reuse::findReuse(db(), {{QStringLiteral("heritage-commentary"), QStringLiteral("heritage-commentary")}, 0.5, 6});
    ASSERT_FALSE(same.ok());
    auto one = reuse::findReuse(db(), {{QStringLiteral("heritage-commentary")}, 0.5, 6});
    ASSERT_FALSE(one.ok());
    auto threshold = reuse::findReuse(db(), {{}, 1.5, 6});
    ASSERT_FALSE(threshold.ok());
    EXPECT_TRUE(threshold.message().contains(QStringLiteral("1.5")));
}
