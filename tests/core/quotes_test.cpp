// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "core/text/partialdate.h"
#include "core/text/quoteresolver.h"
#include "tests/support/testpack.h"

using namespace standpoint;
using standpoint::fixtures::succeeded;

namespace {
const QString kText = QStringLiteral("Trade is not the point. Energy is. Trade is not the point, they said.");
}

TEST(QuoteAnchoring, ExactUniqueTextResolvesToItsOffsets)
{
    auto span = text::resolveQuote(kText, QStringLiteral("Energy is."));
    ASSERT_TRUE(succeeded(span));
    EXPECT_EQ(span->start, 24);
    EXPECT_EQ(kText.mid(span->start, span->length()), QStringLiteral("Energy is."));
}

TEST(QuoteAnchoring, RepeatedTextIsAmbiguousWithoutOccurrence)
{
    auto span = text::resolveQuote(kText, QStringLiteral("Trade is not the point"));
    ASSERT_FALSE(span.ok());
    EXPECT_TRUE(span.message().contains(QStringLiteral("ambiguous")));
    EXPECT_TRUE(span.message().contains(QStringLiteral("2 times")));
}

TEST(QuoteAnchoring, OccurrenceAndContextPickTheRightOne)
{
    auto second = text::resolveQuote(kText, QStringLiteral("Trade is not the point"), 2);
    ASSERT_TRUE(succeeded(second));
    EXPECT_EQ(second->start, 35);
    auto byContext = text::resolveQuote(kText, QStringLiteral("Trade is not the point"), 0,
                                        QStringLiteral("Trade is not the point, they said"));
    ASSERT_TRUE(succeeded(byContext));
    EXPECT_EQ(byContext->start, 35);
    auto tooFar = text::resolveQuote(kText, QStringLiteral("Trade is not the point"), 3);
    ASSERT_FALSE(tooFar.ok());
    EXPECT_TRUE(tooFar.message().contains(QStringLiteral("occurrence 3")));
}

TEST(QuoteAnchoring, TextNotFoundNamesTheQuote)
{
    auto span = text::resolveQuote(kText, QStringLiteral("Energy was."));
    ASSERT_FALSE(span.ok());
    EXPECT_TRUE(span.message().contains(QStringLiteral("not found")));
    EXPECT_TRUE(span.message().contains(QStringLiteral("Energy was.")));
    EXPECT_FALSE(text::resolveQuote(kText, QString()).ok());
}

TEST(PartialDates, EachPrecisionSpansWhatIsKnown)
{
    auto day = text::parsePartialDate(QStringLiteral("2022-02-24"));
    ASSERT_TRUE(succeeded(day));
    EXPECT_EQ(day->precisionName(), QStringLiteral("day"));
    EXPECT_GT(day->start, 2022.1);
    EXPECT_LT(day->end - day->start, 0.01);
    auto year = text::parsePartialDate(QStringLiteral("2014"));
    ASSERT_TRUE(succeeded(year));
    EXPECT_EQ(year->start, 2014);
    EXPECT_EQ(year->end, 2015);
    auto decade = text::parsePartialDate(QStringLiteral("1960s"));
    ASSERT_TRUE(succeeded(decade));
    EXPECT_EQ(decade->precisionName(), QStringLiteral("decade"));
    EXPECT_EQ(decade->end, 1970);
    auto century = text::parsePartialDate(QStringLiteral("13C"));
    ASSERT_TRUE(succeeded(century));
    EXPECT_EQ(century->start, 1200);
    EXPECT_EQ(century->end, 1300);
}

TEST(PartialDates, InvalidDatesAreRefused)
{
    for (const char *bad : {"2022-13", "2022-02-30", "22", "1965s", "0C", "soon", ""})
        EXPECT_FALSE(text::parsePartialDate(QString::fromUtf8(bad)).ok()) << bad;
}
