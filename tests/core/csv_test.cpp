// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "core/text/csvreader.h"
#include "tests/support/testpack.h"

using namespace standpoint;
using standpoint::fixtures::succeeded;

TEST(Csv, QuotedFieldsWithCommasQuotesAndNewlines)
{
    auto table = text::parseCsv(QStringLiteral("year,value,source\r\n2021,146.9,\"Reuters, \"\"GACC\"\"\"\n"
                                               "2022,190.3,\"two\nlines\"\n"),
                                QStringLiteral("x.csv"));
    ASSERT_TRUE(succeeded(table));
    EXPECT_EQ(table->header, (QStringList{QStringLiteral("year"), QStringLiteral("value"), QStringLiteral("source")}));
    ASSERT_EQ(table->rows.size(), 2);
    EXPECT_EQ(table->rows[0].fields[2], QStringLiteral("Reuters, \"GACC\""));
    EXPECT_EQ(table->rows[1].fields[2], QStringLiteral("two\nlines"));
    EXPECT_EQ(table->rows[1].line, 3);
    EXPECT_EQ(table->column(QStringLiteral("value")), 1);
}

TEST(Csv, BadInputNamesFileAndLine)
{
    auto ragged = text::parseCsv(QStringLiteral("a,b\n1,2\n3\n"), QStringLiteral("data.csv"));
    ASSERT_FALSE(ragged.ok());
    EXPECT_TRUE(ragged.message().startsWith(QStringLiteral("data.csv:3:"))) << ragged.message().toStdString();
    auto open = text::parseCsv(QStringLiteral("a,b\n1,\"unclosed\n"), QStringLiteral("data.csv"));
    ASSERT_FALSE(open.ok());
    EXPECT_TRUE(open.message().contains(QStringLiteral("not closed")));
    auto empty = text::parseCsv(QString(), QStringLiteral("data.csv"));
    ASSERT_FALSE(empty.ok());
    EXPECT_TRUE(empty.message().contains(QStringLiteral("empty")));
    auto stray = text::parseCsv(QStringLiteral("a,b\n1,x\"y\n"), QStringLiteral("data.csv"));
    ASSERT_FALSE(stray.ok());
    EXPECT_TRUE(stray.message().startsWith(QStringLiteral("data.csv:2:")));
}
