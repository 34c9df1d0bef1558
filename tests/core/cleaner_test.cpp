// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "core/text/cleaner.h"
#include "core/text/textsplitter.h"
#include "tests/support/testpack.h"

using namespace standpoint;
using standpoint::fixtures::succeeded;

namespace {

pack::CleaningRuleSpec rule(const char *kind, std::initializer_list<std::pair<const char *, const char *>> fields)
{
    pack::CleaningRuleSpec r;
    r.rule = QString::fromUtf8(kind);
    r.why = QStringLiteral("because");
    r.where.file = QStringLiteral("pack.json");
    r.where.line = 7;
    for (const auto &[k, v] : fields) {
        const QString value = QString::fromUtf8(v);
        const QString key = QString::fromUtf8(k);
        if (key == QLatin1String("marker")) r.marker = value;
        if (key == QLatin1String("text")) r.text = value;
        if (key == QLatin1String("pattern")) r.pattern = value;
        if (key == QLatin1String("from")) r.from = value;
        if (key == QLatin1String("to")) r.to = value;
        if (key == QLatin1String("before")) r.before = value;
        if (key == QLatin1String("after")) r.after = value;
    }
    return r;
}

} // namespace

TEST(Cleaner, CutFromRemovesTheTrailerAndRecordsIt)
{
    const QString received = QStringLiteral("Body text.\n\nHave an opinion? email us\nmore");
    auto cleaned = text::clean(received, {rule("cut_from", {{"marker", "Have an opinion?"}})});
    ASSERT_TRUE(succeeded(cleaned));
    EXPECT_EQ(cleaned->text, QStringLiteral("Body text."));
    ASSERT_EQ(cleaned->removed.size(), 1);
    EXPECT_EQ(cleaned->removed[0].rule, QStringLiteral("cut_from"));
    EXPECT_EQ(cleaned->removed[0].why, QStringLiteral("because"));
    EXPECT_EQ(cleaned->removed[0].receivedStart, 12);
    EXPECT_EQ(cleaned->removed[0].text, QStringLiteral("Have an opinion? email us\nmore"));
}

TEST(Cleaner, DropLinesByTextAndByPattern)
{
    const QString received = QStringLiteral("Keep one.\nPULL QUOTE\nKeep two.\nAd: 1\nAd: 2\n");
    auto cleaned = text::clean(received, {rule("drop_lines", {{"text", "PULL QUOTE"}}),
                                          rule("drop_lines", {{"pattern", "Ad: \\d"}})});
    ASSERT_TRUE(succeeded(cleaned));
    EXPECT_EQ(cleaned->text, QStringLiteral("Keep one.\n\nKeep two."));
    EXPECT_EQ(cleaned->removed.size(), 3);
}

TEST(Cleaner, RemoveBlockThenJoinTheSentenceItCut)
{
    const QString received = QStringLiteral("This is why the Kremlin\n\n---\nfooter line\naddress\n---\n\nmeddles in places.");
    auto cleaned = text::clean(received, {rule("remove_block", {{"from", "---\nfooter"}, {"to", "address\n---"}}),
                                          rule("join_break", {{"before", "the Kremlin"}, {"after", "meddles"}})});
    ASSERT_TRUE(succeeded(cleaned));
    EXPECT_EQ(cleaned->text, QStringLiteral("This is why the Kremlin meddles in places."));
    ASSERT_EQ(cleaned->removed.size(), 2);
    EXPECT_EQ(cleaned->removed[0].text, QStringLiteral("---\nfooter line\naddress\n---"));
    EXPECT_EQ(cleaned->removed[0].receivedStart, received.indexOf(QStringLiteral("---")));
}

TEST(Cleaner, JoinBreakRefusesToJoinAcrossText)
{
    auto cleaned = text::clean(QStringLiteral("first part\nsomething else\nsecond part"),
                               {rule("join_break", {{"before", "first part"}, {"after", "second part"}})});
    ASSERT_FALSE(cleaned.ok());
    EXPECT_TRUE(cleaned.message().startsWith(QStringLiteral("pack.json:7"))) << cleaned.message().toStdString();
}

TEST(Cleaner, StripMarkdownRemovesMarkupAndLinkStubs)
{
    const QString received = QStringLiteral("## THE ISSUE\n\n**1) Goals overlap.** In a [recent joint statement](#), "
                                            "trade hit \\$147 billion. See <http://example.org/x>.\n\n---\n\nEnd.");
    auto cleaned = text::clean(received, {rule("strip_markdown", {})});
    ASSERT_TRUE(succeeded(cleaned));
    EXPECT_EQ(cleaned->text, QStringLiteral("THE ISSUE\n\n1) Goals overlap. In a recent joint statement, trade hit $147 "
                                            "billion. See http://example.org/x.\n\nEnd."));
    bool linkTargetRecorded = false;
    for (const auto &r : cleaned->removed)
        linkTargetRecorded |= r.text == QStringLiteral("](#)");
    EXPECT_TRUE(linkTargetRecorded);
}

TEST(Cleaner, MissingMarkerFailsWithWhereAndWhat)
{
    auto cleaned = text::clean(QStringLiteral("text"), {rule("cut_from", {{"marker", "Loading…"}})});
    ASSERT_FALSE(cleaned.ok());
    EXPECT_TRUE(cleaned.message().contains(QStringLiteral("pack.json:7")));
    EXPECT_TRUE(cleaned.message().contains(QStringLiteral("Loading…")));
}

TEST(Cleaner, UnknownRuleAndBadPatternAreRefused)
{
    auto unknown = text::clean(QStringLiteral("text"), {rule("explode", {})});
    ASSERT_FALSE(unknown.ok());
    EXPECT_TRUE(unknown.message().contains(QStringLiteral("unknown rule \"explode\"")));
    auto bad = text::clean(QStringLiteral("text"), {rule("drop_lines", {{"pattern", "(unclosed"}})});
    ASSERT_FALSE(bad.ok());
    EXPECT_TRUE(bad.message().contains(QStringLiteral("invalid pattern")));
}

TEST(Cleaner, NormalizesLineEndingsAndBlankLines)
{
    auto cleaned = text::clean(QStringLiteral("  One.  \r\n\r\n\r\n\tTwo.\r\n"), {});
    ASSERT_TRUE(succeeded(cleaned));
    EXPECT_EQ(cleaned->text, QStringLiteral("One.\n\nTwo."));
}

TEST(TextSplitter, ParagraphsHeadingsAndSentences)
{
    const QString text = QStringLiteral("HOW TO DIVIDE THEM\n\nThe U.S. should act. It must act now!\n\nShort line.");
    const auto paragraphs = text::splitParagraphs(text);
    ASSERT_EQ(paragraphs.size(), 3);
    EXPECT_TRUE(paragraphs[0].heading);
    EXPECT_FALSE(paragraphs[1].heading);
    EXPECT_FALSE(paragraphs[2].heading);
    ASSERT_EQ(paragraphs[1].sentences.size(), 2);
    const auto &second = paragraphs[1].sentences[1];
    EXPECT_EQ(text.mid(second.start, second.length()), QStringLiteral("It must act now!"));
}
