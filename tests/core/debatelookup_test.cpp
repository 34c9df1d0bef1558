// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
// Lookups by key are made inside one debate: two debates that reuse the same keys never mix.
#include "core/debate/debatelookup.h"
#include "core/pack/packloader.h"
#include "core/sqlite/query.h"
#include "tests/support/testpack.h"

using namespace standpoint;
using standpoint::fixtures::succeeded;

namespace {

// A store holding the test pack twice, as the debates "test" and "test-two": the same keys in each.
class TwoDebates : public ::testing::Test
{
protected:
    void SetUp() override
    {
        db = std::make_unique<sql::Connection>(temp.open());
        pack.write();
        ASSERT_TRUE(succeeded(pack::loadPack(*db, pack.path())));
        first = *debate::findDebate(*db, QString());
        pack.manifest()[QStringLiteral("debate")] =
            QJsonObject{{QStringLiteral("id"), QStringLiteral("test-two")}, {QStringLiteral("title"), QStringLiteral("Again")}};
        pack.write();
        ASSERT_TRUE(succeeded(pack::loadPack(*db, pack.path())));
        auto two = debate::findDebate(*db, QStringLiteral("test-two"));
        ASSERT_TRUE(succeeded(two));
        second = *two;
    }
    // The debate a row belongs to, asked of the store directly.
    qint64 debateOf(const char *query, qint64 id) { return *sql::scalar(*db, QString::fromUtf8(query), {id}); }

    fixtures::TempStore temp;
    fixtures::TestPack pack;
    std::unique_ptr<sql::Connection> db;
    qint64 first = 0, second = 0;
};

} // namespace

TEST_F(TwoDebates, AnEmptyDebateKeyIsRefusedListingTheKeysWhenThereAreSeveral)
{
    EXPECT_NE(first, second);
    auto any = debate::findDebate(*db, QString());
    ASSERT_FALSE(any.ok());
    EXPECT_TRUE(any.message().contains(QStringLiteral("test, test-two"))) << any.message().toStdString();
    EXPECT_EQ(*debate::findDebate(*db, QStringLiteral("test")), first);
    auto none = debate::findDebate(*db, QStringLiteral("nope"));
    ASSERT_FALSE(none.ok());
    EXPECT_TRUE(none.message().contains(QStringLiteral("\"nope\"")));
}

TEST_F(TwoDebates, EachKeyIsFoundInItsOwnDebate)
{
    for (qint64 debateId : {first, second}) {
        auto claim = debate::idByKey(*db, debateId, debate::Keyed::Claim, QStringLiteral("c1"));
        ASSERT_TRUE(succeeded(claim));
        EXPECT_EQ(debateOf("SELECT debate_id FROM claim WHERE id = ?", *claim), debateId);
        auto event = debate::idByKey(*db, debateId, debate::Keyed::Event, QStringLiteral("e1"));
        ASSERT_TRUE(succeeded(event));
        EXPECT_EQ(debateOf("SELECT debate_id FROM event WHERE id = ?", *event), debateId);
        auto document = debate::idByKey(*db, debateId, debate::Keyed::Document, QStringLiteral("doc"));
        ASSERT_TRUE(succeeded(document));
        EXPECT_EQ(debateOf("SELECT debate_id FROM document WHERE id = ?", *document), debateId);
        auto stance = debate::stanceIdByKeys(*db, debateId, QStringLiteral("q1"), QStringLiteral("speaker:bob"));
        ASSERT_TRUE(succeeded(stance));
        EXPECT_EQ(debateOf("SELECT q.debate_id FROM stance st JOIN question q ON q.id = st.question_id WHERE st.id = ?", *stance),
                  debateId);
        EXPECT_EQ(*sql::scalar(*db, QStringLiteral("SELECT value = 'no' FROM stance WHERE id = ?"), {*stance}), 1);
        auto position = debate::stanceIdByKeys(*db, debateId, QStringLiteral("q1"), QStringLiteral("p1"));
        ASSERT_TRUE(succeeded(position));
        EXPECT_NE(*position, *stance);
        EXPECT_EQ(*sql::scalar(*db, QStringLiteral("SELECT position_id IS NOT NULL FROM stance WHERE id = ?"), {*position}), 1);
    }
    EXPECT_NE(*debate::idByKey(*db, first, debate::Keyed::Claim, QStringLiteral("c1")),
              *debate::idByKey(*db, second, debate::Keyed::Claim, QStringLiteral("c1")));
}

TEST_F(TwoDebates, WhatIsNotFoundIsNamedWithItsDebate)
{
    auto missing = debate::idByKey(*db, second, debate::Keyed::Claim, QStringLiteral("c9"));
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.message(), QStringLiteral("No claim \"c9\" in debate \"test-two\""));
    auto none = debate::findByKey(*db, first, debate::Keyed::Theme, QStringLiteral("weather"));
    ASSERT_TRUE(succeeded(none));
    EXPECT_FALSE(*none);
    auto stance = debate::stanceIdByKeys(*db, first, QStringLiteral("q1"), QStringLiteral("speaker:carol"));
    ASSERT_FALSE(stance.ok());
    EXPECT_TRUE(stance.message().contains(QStringLiteral("speaker:carol"))) << stance.message().toStdString();
    EXPECT_FALSE(debate::documentExcerpt(*db, 999999, 0, 5).ok());
    EXPECT_FALSE(debate::eventTarget(*db, 999999).ok());
}

TEST_F(TwoDebates, AnEventLeadsToItsKeyAndFirstQuote)
{
    const qint64 event = *debate::idByKey(*db, second, debate::Keyed::Event, QStringLiteral("e1"));
    auto target = debate::eventTarget(*db, event);
    ASSERT_TRUE(succeeded(target));
    EXPECT_EQ(target->key, QStringLiteral("e1"));
    EXPECT_GE(target->start, 0);
    EXPECT_GT(target->end, target->start);
    const qint64 document = *debate::idByKey(*db, second, debate::Keyed::Document, QStringLiteral("doc"));
    auto excerpt = debate::documentExcerpt(*db, document, target->start, target->end);
    ASSERT_TRUE(succeeded(excerpt));
    EXPECT_FALSE(excerpt->isEmpty());
    auto counts = debate::storeCounts(*db);
    ASSERT_TRUE(succeeded(counts));
    EXPECT_EQ(counts->debates, 2);
    EXPECT_EQ(counts->documents, 2);
}
