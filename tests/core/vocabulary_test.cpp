// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
// The typed vocabulary (stance values, reading-set item kinds) against the schema's CHECK lists.
#include "core/debate/stancevalue.h"
#include "core/notes/setitemkind.h"
#include "core/sqlite/query.h"
#include "tests/support/testpack.h"

#include <QRegularExpression>
#include <QSet>

using namespace standpoint;
using standpoint::fixtures::succeeded;

namespace {

// The quoted words of `column ... CHECK (column IN ('a', 'b', …))` in a CREATE TABLE statement.
QStringList checkList(const QString &createSql, const QString &column)
{
    const QRegularExpression check(QStringLiteral("\\b%1\\b[^,]*CHECK \\(%1 IN \\(([^)]*)\\)\\)").arg(column));
    const auto m = check.match(createSql);
    if (!m.hasMatch())
        return {};
    QStringList words;
    static const QRegularExpression quoted(QStringLiteral("'([^']*)'"));
    for (auto it = quoted.globalMatch(m.captured(1)); it.hasNext();)
        words << it.next().captured(1);
    return words;
}

// The CHECK list of a table's column, as the live store (every migration applied) holds it.
QStringList storedCheckList(sql::Connection &db, const QString &table, const QString &column)
{
    QString createSql;
    Status done = sql::forEachRow(db, QStringLiteral("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?"), {table},
                                  [&](const sql::Statement &s) { createSql = s.text(0); });
    EXPECT_TRUE(succeeded(done));
    EXPECT_FALSE(createSql.isEmpty()) << table.toStdString();
    return checkList(createSql, column);
}

} // namespace

TEST(Vocabulary, CheckListsAreReadFromTheirStatements)
{
    // The reader the two tests below rest on: it must find the list, and only that column's list.
    const QString createSql = QStringLiteral("CREATE TABLE t (kind TEXT NOT NULL CHECK (kind IN ('a', 'b_c')), "
                                             "other TEXT CHECK (other IN ('x')))");
    EXPECT_EQ(checkList(createSql, QStringLiteral("kind")), (QStringList{QStringLiteral("a"), QStringLiteral("b_c")}));
    EXPECT_EQ(checkList(createSql, QStringLiteral("other")), QStringList{QStringLiteral("x")});
    EXPECT_TRUE(checkList(createSql, QStringLiteral("value")).isEmpty());
}

TEST(Vocabulary, StanceValuesAreTheSchemasCheckList)
{
    fixtures::TempStore temp;
    sql::Connection db = temp.open();
    EXPECT_EQ(storedCheckList(db, QStringLiteral("stance"), QStringLiteral("value")), debate::stanceValueKeys());
}

TEST(Vocabulary, SetItemKindsAreTheSchemasCheckList)
{
    fixtures::TempStore temp;
    sql::Connection db = temp.open();
    EXPECT_EQ(storedCheckList(db, QStringLiteral("reading_set_item"), QStringLiteral("kind")), notes::setItemKindKeys());
}

TEST(Vocabulary, StanceValuesRoundTripThroughTheirKeys)
{
    ASSERT_EQ(debate::stanceValues().size(), 6);
    QSet<QString> labels;
    for (debate::StanceValue v : debate::stanceValues()) {
        EXPECT_EQ(debate::stanceValueFromKey(debate::stanceValueKey(v)), v);
        labels.insert(debate::stanceValueLabel(v));
    }
    EXPECT_EQ(labels.size(), 6); // each named apart
    EXPECT_EQ(debate::stanceValueLabel(debate::StanceValue::LeanYes), QStringLiteral("Leans yes"));
    EXPECT_FALSE(debate::stanceValueFromKey(u"leans_yes"));
    EXPECT_FALSE(debate::stanceValueFromKey(u"Yes"));
    EXPECT_FALSE(debate::stanceValueFromKey(u""));
    EXPECT_EQ(debate::stanceScore(debate::StanceValue::Yes), 2);
    EXPECT_EQ(debate::stanceScore(debate::StanceValue::LeanNo), -1);
    EXPECT_FALSE(debate::stanceScore(debate::StanceValue::NotAddressed));
}

TEST(Vocabulary, SetItemKindsRoundTripThroughTheirKeys)
{
    ASSERT_EQ(notes::setItemKinds().size(), 6);
    QSet<QString> labels;
    for (notes::SetItemKind k : notes::setItemKinds()) {
        EXPECT_EQ(notes::setItemKindFromKey(notes::setItemKindKey(k)), k);
        labels.insert(notes::setItemKindLabel(k));
    }
    EXPECT_EQ(labels.size(), 6);
    EXPECT_EQ(notes::setItemKindLabel(notes::SetItemKind::Excerpt), QStringLiteral("Excerpt"));
    EXPECT_FALSE(notes::setItemKindFromKey(u"poster"));
    EXPECT_FALSE(notes::setItemKindFromKey(u"Excerpt"));
}
