// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
// The bundled debate: its counts, its cleaning, its attributions and the discrepancies it must reveal.
#include "core/check/checker.h"
#include "core/sqlite/query.h"
#include "tests/support/testpack.h"

#include <QRegularExpression>
#include <QSet>

using namespace standpoint;
using standpoint::fixtures::succeeded;

class BundledPack : public fixtures::BundledStoreTest
{
protected:
    static qint64 count(const char *query) { return *sql::scalar(db(), QString::fromUtf8(query)); }
    static QString cleaned(const char *key)
    {
        QString text;
        EXPECT_TRUE(sql::forEachRow(db(), QStringLiteral("SELECT cleaned_text FROM document WHERE key = ?"),
                                    {QString::fromUtf8(key)}, [&](const sql::Statement &s) { text = s.text(0); })
                        .ok());
        return text;
    }
};

TEST_F(BundledPack, HoldsTheFiveDocumentsWithMetadata)
{
    EXPECT_EQ(count("SELECT count(*) FROM document"), 5);
    EXPECT_EQ(count("SELECT count(*) FROM document WHERE date_text = '' OR date_precision IS NULL"), 0);
    EXPECT_EQ(count("SELECT count(*) FROM document_caveat c JOIN document d ON d.id = c.document_id "
                    "WHERE d.key = 'afpc-2023' AND c.text LIKE '%26 March 2025%'"),
              1);
    EXPECT_EQ(count("SELECT count(*) FROM speaker WHERE role = 'moderator'"), 1);
    EXPECT_EQ(count("SELECT count(*) FROM speaker WHERE role = 'speaker'"), 3);
    EXPECT_EQ(count("SELECT count(*) FROM position WHERE cited_only = 1"), 1);
}

TEST_F(BundledPack, MeetsTheContentCounts)
{
    EXPECT_GE(count("SELECT count(*) FROM question"), 10);
    EXPECT_GE(count("SELECT count(*) FROM claim"), 60);
    EXPECT_GE(count("SELECT count(*) FROM event"), 35);
    EXPECT_GE(count("SELECT count(*) FROM data_point"), 25);
    EXPECT_GE(count("SELECT count(*) FROM reference_point"), 10);
    EXPECT_EQ(count("SELECT count(*) FROM reference_series WHERE citation = ''"), 0);
    EXPECT_GE(count("SELECT count(*) FROM theme"), 13);
}

TEST_F(BundledPack, NoClutterIsLeftAndTheCutSentenceReadsWhole)
{
    const char *clutter[] = {"Have an opinion about this article", "[email protected]", "We Hear You", "](#)", "**",
                             "\\$", "This paper, in its entirety", "214 Massachusetts Avenue",
                             "Nothing written here is to be construed", "Participant Bios", "© 2025",
                             "Senior Vice President, American Foreign Policy Council", "Related Categories", "Loading…",
                             "Related Article", "shower freedom", "Bezos", "Celebrity Trees", "Would love your thoughts",
                             "Visited 1 times"};
    QStringList texts;
    EXPECT_TRUE(sql::forEachRow(db(), QStringLiteral("SELECT cleaned_text FROM document"), {},
                                [&](const sql::Statement &s) { texts << s.text(0); })
                    .ok());
    ASSERT_EQ(texts.size(), 5);
    for (const QString &text : texts) {
        for (const char *c : clutter)
            EXPECT_FALSE(text.contains(QString::fromUtf8(c))) << "clutter left: " << c;
        EXPECT_FALSE(text.startsWith(QLatin1Char('#')));
    }
    EXPECT_TRUE(cleaned("heritage-factsheet")
                    .contains(QStringLiteral("This is why the Kremlin meddles in countries like Belarus and Ukraine.")));
    EXPECT_GE(count("SELECT count(*) FROM removed_span"), 10);
    EXPECT_EQ(count("SELECT count(*) FROM removed_span WHERE why = ''"), 0);
}

TEST_F(BundledPack, CheckPassesEveryQuoteAndEveryStanceCell)
{
    auto report = check::checkStore(db());
    ASSERT_TRUE(succeeded(report));
    EXPECT_TRUE(report->passed()) << report->problems.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(report->quotesVerified, report->quotesTotal);
    EXPECT_EQ(report->stanceCells,
              count("SELECT count(*) FROM question") * count("SELECT (SELECT count(*) FROM position) + "
                                                              "(SELECT count(*) FROM speaker)"));
    EXPECT_EQ(count("SELECT count(*) FROM stance"), report->stanceCells);
}

TEST_F(BundledPack, CheckFindsTheKnownDiscrepancies)
{
    auto report = check::checkStore(db());
    ASSERT_TRUE(succeeded(report));
    bool growth2022 = false, targetYear = false, dominant = false, allies = false;
    int wording = 0;
    for (const auto &d : report->discrepancies) {
        EXPECT_GE(d.quotes.size(), d.kind.startsWith(QLatin1String("reference")) ? 1 : 2) << d.summary.toStdString();
        if (d.kind == QLatin1String("reference-growth") && d.summary.startsWith(QLatin1String("2022")))
            growth2022 = d.summary.contains(QLatin1String("36")) && d.summary.contains(QLatin1String("29.3"));
        if (d.kind == QLatin1String("target-year"))
            targetYear |= d.summary.contains(QLatin1String("2024")) && d.summary.contains(QLatin1String("2025"));
        if (d.kind == QLatin1String("wording")) {
            ++wording;
            dominant |= d.summary.contains(QLatin1String("[-dominant-]"));
            allies |= d.summary.contains(QLatin1String("India"));
        }
    }
    EXPECT_TRUE(growth2022);
    EXPECT_TRUE(targetYear);
    EXPECT_TRUE(dominant);
    EXPECT_TRUE(allies);
    EXPECT_GE(wording, 10);
}

TEST_F(BundledPack, SpeakersQuotesLieInsideTheirTurns)
{
    const qint64 credited = count("SELECT count(*) FROM claim_quote cq JOIN claim c ON c.id = cq.claim_id "
                                  "WHERE c.speaker_id IS NOT NULL");
    EXPECT_GT(credited, 5);
    EXPECT_EQ(count("SELECT count(*) FROM claim c JOIN claim_quote cq ON cq.claim_id = c.id JOIN quote q ON "
                    "q.id = cq.quote_id WHERE c.speaker_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM speaker_span t "
                    "WHERE t.speaker_id = c.speaker_id AND t.start <= q.start AND q.end <= t.end)"),
              0);
}

TEST_F(BundledPack, CheckCatchesAQuoteCreditedToTheWrongSpeaker)
{
    fixtures::TempStore temp;
    sql::Connection db = temp.open(true);
    // Give one of Berman's claims to Singleton: his words are outside Singleton's turn.
    ASSERT_TRUE(db.exec(QStringLiteral("UPDATE claim SET speaker_id = (SELECT id FROM speaker WHERE key = 'singleton') "
                                       "WHERE id = (SELECT min(id) FROM claim WHERE speaker_id = "
                                       "(SELECT id FROM speaker WHERE key = 'berman'))"))
                    .ok());
    auto report = check::checkStore(db);
    ASSERT_TRUE(succeeded(report));
    EXPECT_FALSE(report->passed());
    EXPECT_TRUE(report->problems.join(QLatin1Char('\n')).contains(QLatin1String("credits singleton")));
}

TEST_F(BundledPack, CheckCatchesATamperedDocumentText)
{
    fixtures::TempStore temp;
    sql::Connection db = temp.open(true);
    ASSERT_TRUE(db.exec(QStringLiteral("UPDATE document SET cleaned_text = replace(cleaned_text, 'Kissinger', 'Kisinger')"))
                    .ok());
    auto report = check::checkStore(db);
    ASSERT_TRUE(succeeded(report));
    EXPECT_FALSE(report->passed());
    EXPECT_LT(report->quotesVerified, report->quotesTotal);
    // The search index, which reads the text from the document, no longer matches it either; a check
    // through a read-only connection, as `standpoint-cli check` opens one, finds that too.
    EXPECT_TRUE(report->problems.join(QLatin1Char('\n')).contains(QLatin1String("search index does not match")));
    auto readOnly = sql::Connection::open(temp.path(), sql::Connection::Mode::ReadOnly);
    ASSERT_TRUE(succeeded(readOnly));
    auto again = check::checkStore(*readOnly);
    ASSERT_TRUE(succeeded(again));
    EXPECT_TRUE(again->problems.join(QLatin1Char('\n')).contains(QLatin1String("search index does not match")));
}

TEST(Check, ASearchIndexThatCouldNotBeComparedIsReportedSkippedNotSound)
{
    fixtures::TempStore temp;
    sql::Connection db = temp.open(false);
    auto checked = check::checkStore(db);
    ASSERT_TRUE(succeeded(checked));
    EXPECT_EQ(checked->searchIndex, check::CheckReport::Outcome::Passed);
    EXPECT_TRUE(checked->searchIndexSkipped.isEmpty());
    // Another program holds the write lock, which FTS5's comparison needs.
    auto holder = sql::Connection::open(temp.path());
    ASSERT_TRUE(succeeded(holder));
    ASSERT_TRUE(succeeded(holder->exec(QStringLiteral("BEGIN IMMEDIATE"))));
    db.setBusyTimeout(50);
    auto busy = check::checkStore(db);
    ASSERT_TRUE(succeeded(busy));
    EXPECT_EQ(busy->searchIndex, check::CheckReport::Outcome::Skipped);
    EXPECT_TRUE(busy->searchIndexSkipped.contains(QLatin1String("locked by another program"))) << busy->searchIndexSkipped.toStdString();
    EXPECT_TRUE(busy->passed()); // no verdict either way; the rest of the check passed
    ASSERT_TRUE(succeeded(holder->exec(QStringLiteral("ROLLBACK"))));
}

TEST_F(BundledPack, SummariesAreInOurOwnWords)
{
    // No paraphrase, title or description repeats seven words in a row from any document.
    static const QRegularExpression nonWord(QStringLiteral("[^\\p{L}\\p{N}]+"));
    const auto normalizedWords = [](const QString &text) {
        return text.toLower().split(nonWord, Qt::SkipEmptyParts);
    };
    constexpr int kRun = 7;
    QSet<QString> sourceRuns;
    EXPECT_TRUE(sql::forEachRow(db(), QStringLiteral("SELECT cleaned_text FROM document"), {},
                                [&](const sql::Statement &s) {
                                    const QStringList w = normalizedWords(s.text(0));
                                    for (qsizetype i = 0; i + kRun <= w.size(); ++i)
                                        sourceRuns.insert(w.mid(i, kRun).join(QLatin1Char(' ')));
                                })
                    .ok());
    QStringList copied;
    EXPECT_TRUE(sql::forEachRow(db(),
                                QStringLiteral("SELECT paraphrase FROM claim UNION ALL SELECT paraphrase FROM stance "
                                               "UNION ALL SELECT title || '. ' || description FROM event"),
                                {},
                                [&](const sql::Statement &s) {
                                    const QStringList w = normalizedWords(s.text(0));
                                    for (qsizetype i = 0; i + kRun <= w.size(); ++i) {
                                        if (sourceRuns.contains(w.mid(i, kRun).join(QLatin1Char(' ')))) {
                                            copied << s.text(0);
                                            break;
                                        }
                                    }
                                })
                    .ok());
    EXPECT_TRUE(copied.isEmpty()) << copied.join(QStringLiteral("\n")).toStdString();
}
