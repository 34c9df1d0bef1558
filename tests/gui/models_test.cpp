// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "app/common/documentchoicemodel.h"
#include "app/compare/agreementmodel.h"
#include "app/compare/comparemodel.h"
#include "app/compare/themefilterproxy.h"
#include "app/navigator/navigatormodel.h"
#include "app/reader/claimlistmodel.h"
#include "app/reader/removedmodel.h"
#include "core/debate/debatereader.h"
#include "tests/support/testpack.h"

#include <QAbstractItemModelTester>

using namespace standpoint;
using standpoint::fixtures::succeeded;

class Models : public ::testing::Test
{
protected:
    void SetUp() override
    {
        db = store.open(true);
        auto snapshot = debate::readDebate(db);
        ASSERT_TRUE(succeeded(snapshot));
        debate = *snapshot;
    }
    fixtures::TempStore store;
    sql::Connection db;
    debate::DebateSnapshot debate;
};

TEST_F(Models, CompareModelAndThemeProxyPassTheTester)
{
    app::CompareModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDebate(debate);
    EXPECT_EQ(model.rowCount(), debate.questions.size());
    EXPECT_EQ(model.columnCount(), debate.voices.size());
    app::ThemeFilterProxy proxy;
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setSourceModel(&model);
    proxy.setTheme(QStringLiteral("us-options"));
    EXPECT_LT(proxy.rowCount(), model.rowCount());
    proxy.setTheme(QString());
    EXPECT_EQ(proxy.rowCount(), model.rowCount());
}

TEST_F(Models, EveryCellCarriesALabelNotColourAlone)
{
    app::CompareModel model;
    model.setDebate(debate);
    for (int r = 0; r < model.rowCount(); ++r) {
        for (int c = 0; c < model.columnCount(); ++c) {
            const QModelIndex index = model.index(r, c);
            EXPECT_FALSE(index.data(app::CompareModel::ValueRole).toString().isEmpty()) << r << "," << c;
            EXPECT_FALSE(index.data(Qt::AccessibleTextRole).toString().isEmpty());
            EXPECT_TRUE(index.data(Qt::ToolTipRole).toString().contains(QLatin1String("<b>")));
        }
    }
}

TEST_F(Models, AgreementModelPassesTheTesterAndIsSymmetric)
{
    app::AgreementModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDebate(debate);
    ASSERT_EQ(model.rowCount(), debate.voices.size());
    for (int r = 0; r < model.rowCount(); ++r)
        for (int c = 0; c < model.columnCount(); ++c)
            EXPECT_EQ(model.index(r, c).data().toString(), model.index(c, r).data().toString());
    model.setVoices({debate.voices[0].key, debate.voices[1].key});
    EXPECT_EQ(model.rowCount(), 2);
}

TEST_F(Models, ReaderAndNavigatorModelsPassTheTester)
{
    auto document = debate::readDocument(db, debate.documents.first().id);
    ASSERT_TRUE(succeeded(document));
    app::ClaimListModel claims;
    QAbstractItemModelTester claimsTester(&claims, QAbstractItemModelTester::FailureReportingMode::Fatal);
    claims.setClaims(document->claims, debate.themes);
    EXPECT_GT(claims.rowCount(), 5);
    const debate::QuoteView &q = document->claims.first().quotes.first();
    EXPECT_EQ(claims.rowAt(q.start), 0);
    app::RemovedModel removed;
    QAbstractItemModelTester removedTester(&removed, QAbstractItemModelTester::FailureReportingMode::Fatal);
    removed.setRemoved(document->removed);
    EXPECT_EQ(removed.rowCount(), document->removed.size());
    app::NavigatorModel navigator;
    QAbstractItemModelTester navigatorTester(&navigator, QAbstractItemModelTester::FailureReportingMode::Fatal);
    navigator.setDebate(debate);
    ASSERT_EQ(navigator.rowCount(), 1);
    EXPECT_EQ(navigator.rowCount(navigator.index(0, 0)), 5); // the five positions
}

TEST_F(Models, DocumentChoicesPassTheTesterAndCarryTheirIds)
{
    app::DocumentChoiceModel model([](const debate::DocumentInfo &d) { return std::pair{d.title, d.publisher}; },
                                   QStringLiteral("All documents"));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDocuments(debate.documents);
    ASSERT_EQ(model.rowCount(), debate.documents.size() + 1);
    EXPECT_EQ(model.index(0).data(Qt::UserRole).toLongLong(), 0);
    EXPECT_EQ(model.index(0).data().toString(), QStringLiteral("All documents"));
    EXPECT_EQ(model.index(1).data(Qt::UserRole).toLongLong(), debate.documents[0].id);
    EXPECT_EQ(model.index(1).data().toString(), debate.documents[0].title);
    model.setDocuments({});
    EXPECT_EQ(model.rowCount(), 1);
}
