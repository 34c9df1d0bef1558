// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "app/reader/readerpane.h"
#include "app/reader/readerview.h"
#include "app/search/facetmodel.h"
#include "app/search/searchresultsmodel.h"
#include "app/search/searchservice.h"
#include "app/search/searchview.h"
#include "app/timeline/timelinecanvas.h"
#include "app/timeline/timelineview.h"
#include "core/sqlite/query.h"
#include "core/sqlite/transaction.h"
#include "tests/gui/guifixture.h"

#include <QAbstractItemModelTester>
#include <QDialog>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTabWidget>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QTreeView>

#include <algorithm>
#include <chrono>
#include <iostream>

using namespace standpoint;
using fixtures::succeeded;
using fixtures::waitUntil;

namespace {

QList<const search::SearchHit *> shownHits(const app::SearchResultsModel *model)
{
    QList<const search::SearchHit *> hits;
    for (int g = 0; g < model->rowCount(); ++g) {
        const QModelIndex group = model->index(g, 0);
        for (int r = 0; r < model->rowCount(group); ++r)
            hits << model->hit(model->index(r, 0, group));
    }
    return hits;
}

int totalMatches(const app::SearchResultsModel *model)
{
    int total = 0;
    for (const QString &kind : search::searchKinds())
        total += model->matchCount(kind);
    return total;
}

bool dialogShown()
{
    if (QApplication::activeModalWidget())
        return true;
    const QWidgetList tops = QApplication::topLevelWidgets();
    return std::any_of(tops.begin(), tops.end(), [](QWidget *w) { return qobject_cast<QDialog *>(w) && w->isVisible(); });
}

} // namespace

class SearchGui : public fixtures::GuiTest
{
protected:
    app::SearchView *search()
    {
        window->showSearch();
        QApplication::processEvents();
        return window->searchView();
    }
    // Types into the box as a person would, then waits for the answer to the last key.
    static void type(app::SearchView *view, const QString &text)
    {
        view->searchBox()->clear();
        QTest::keyClicks(view->searchBox(), text);
        ASSERT_TRUE(waitUntil([&] { return !view->isBusy(); }));
    }
};

TEST_F(SearchGui, AKnownWordIsGroupedByKindAndAFacetNarrowsIt)
{
    app::SearchView *view = search();
    QAbstractItemModelTester resultsTester(view->results(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester facetsTester(view->facets(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_TRUE(view->isShowingHelp());
    type(view, QStringLiteral("energy"));
    EXPECT_FALSE(view->isShowingHelp());
    EXPECT_TRUE(view->hint().isEmpty()) << view->hint().toStdString();

    // One group per kind, in order, each labelled with its count; the hits under it are of its kind.
    app::SearchResultsModel *results = view->results();
    ASSERT_EQ(results->rowCount(), 4);
    const QStringList labels{QStringLiteral("Passages"), QStringLiteral("Claims"), QStringLiteral("Events"), QStringLiteral("Notes")};
    for (int g = 0; g < 4; ++g) {
        const QModelIndex group = results->index(g, 0);
        const QString kind = search::searchKinds()[g];
        EXPECT_TRUE(group.data().toString().startsWith(labels[g] + QStringLiteral(" (") + QString::number(results->matchCount(kind))))
            << group.data().toString().toStdString();
        EXPECT_LE(results->rowCount(group), results->matchCount(kind));
        for (int r = 0; r < results->rowCount(group); ++r)
            EXPECT_EQ(results->hit(results->index(r, 0, group))->kind, kind);
    }
    EXPECT_GT(results->matchCount(QStringLiteral("passage")), 0);
    EXPECT_GT(results->matchCount(QStringLiteral("claim")), 0);
    // Every row shows its matched words: highlighted ranges of the snippet that hold the word.
    const QList<const search::SearchHit *> before = shownHits(results);
    ASSERT_FALSE(before.isEmpty());
    for (const search::SearchHit *hit : before) {
        ASSERT_FALSE(hit->highlights.isEmpty()) << hit->snippet.toStdString();
        for (const auto &[start, length] : hit->highlights)
            EXPECT_TRUE(hit->plainSnippet.mid(start, length).startsWith(QLatin1String("energ"), Qt::CaseInsensitive))
                << hit->plainSnippet.toStdString();
    }
    const int all = totalMatches(results);

    // Tick the position with the most matches: only its matches remain, as many as its count said.
    app::FacetModel *facets = view->facets();
    const QModelIndex positions = facets->groupIndex(QStringLiteral("position"));
    ASSERT_GT(facets->rowCount(positions), 1);
    const QModelIndex value = facets->index(0, 0, positions);
    const QString key = value.data(app::FacetModel::KeyRole).toString();
    const int count = value.data(app::FacetModel::CountRole).toInt();
    EXPECT_TRUE(value.data().toString().endsWith(QStringLiteral(" (%1)").arg(count))) << value.data().toString().toStdString();
    // By keyboard: Space ticks the current value.
    view->facetView()->setFocus();
    view->facetView()->setCurrentIndex(value);
    QTest::keyClick(view->facetView(), Qt::Key_Space);
    ASSERT_TRUE(waitUntil([&] { return !view->isBusy(); }));
    EXPECT_TRUE(view->clearFiltersButton()->isEnabled());
    EXPECT_EQ(totalMatches(results), count);
    EXPECT_LT(totalMatches(results), all);
    for (const search::SearchHit *hit : shownHits(results))
        EXPECT_TRUE(hit->positions.contains(key)) << hit->title.toStdString();
    EXPECT_EQ(facets->valueIndex(QStringLiteral("position"), key).data(Qt::CheckStateRole).toInt(), Qt::Checked);
    // The keyboard keeps its place in the facets when the new values arrive.
    EXPECT_EQ(view->facetView()->currentIndex(), facets->valueIndex(QStringLiteral("position"), key));

    // Clearing the filters brings every match back.
    QTest::mouseClick(view->clearFiltersButton(), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return !view->isBusy(); }));
    EXPECT_FALSE(facets->hasFilters());
    EXPECT_FALSE(view->clearFiltersButton()->isEnabled());
    EXPECT_EQ(totalMatches(results), all);
    EXPECT_EQ(shownHits(results).size(), before.size());
}

TEST_F(SearchGui, AMalformedQueryShowsAHintAndNoResultsWithoutADialog)
{
    app::SearchView *view = search();
    for (const char *bad : {"\"russia", "AND", "OR OR"}) {
        type(view, QString::fromUtf8(bad));
        EXPECT_TRUE(view->hint().contains(QStringLiteral("is not valid"))) << bad << ": " << view->hint().toStdString();
        EXPECT_TRUE(view->hint().contains(QStringLiteral("phrase"))) << view->hint().toStdString();
        EXPECT_EQ(view->results()->hitCount(), 0) << bad;
        EXPECT_FALSE(dialogShown()) << bad;
    }
    // Closing the quote mends it.
    type(view, QStringLiteral("\"russia"));
    EXPECT_FALSE(view->hint().isEmpty());
    QTest::keyClicks(view->searchBox(), QStringLiteral("\""));
    ASSERT_TRUE(waitUntil([&] { return !view->isBusy(); }));
    EXPECT_TRUE(view->hint().isEmpty());
    EXPECT_GT(view->results()->hitCount(), 0);
    // An empty box shows how to search instead of results.
    view->searchBox()->clear();
    EXPECT_TRUE(view->isShowingHelp());
    EXPECT_EQ(view->results()->hitCount(), 0);
    EXPECT_FALSE(view->isBusy());
}

TEST_F(SearchGui, TheHelpsExamplesAllRun)
{
    app::SearchView *view = search();
    for (const char *example : {"energy security", "\"junior partner\"", "pipelin*", "sanctions OR tariffs", "Russia NOT energy"}) {
        type(view, QString::fromUtf8(example));
        EXPECT_TRUE(view->hint().isEmpty()) << example << ": " << view->hint().toStdString();
        EXPECT_GT(view->results()->hitCount(), 0) << example;
    }
}

TEST_F(SearchGui, TheKeyboardFindsAndOpensPassagesAndEvents)
{
    // Ctrl+Shift+F from another view focuses the box.
    window->showCompare();
    QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    app::SearchView *view = window->searchView();
    ASSERT_TRUE(window->tabs()->currentWidget()->isAncestorOf(view)); // the tab holds the view, built when first shown
    ASSERT_TRUE(view->searchBox()->hasFocus());
    QTest::keyClicks(view->searchBox(), QStringLiteral("energy"));
    ASSERT_TRUE(waitUntil([&] { return !view->isBusy(); }));

    // Down moves into the results, onto the first hit; Enter opens it in the Reader at its offsets.
    QTest::keyClick(view->searchBox(), Qt::Key_Down);
    ASSERT_TRUE(view->resultView()->hasFocus());
    // Up from the first hit goes back to the box, and Down returns.
    QTest::keyClick(view->resultView(), Qt::Key_Up);
    ASSERT_TRUE(view->searchBox()->hasFocus());
    QTest::keyClick(view->searchBox(), Qt::Key_Down);
    ASSERT_TRUE(view->resultView()->hasFocus());
    const search::SearchHit *hit = view->results()->hit(view->resultView()->currentIndex());
    ASSERT_NE(hit, nullptr);
    EXPECT_EQ(hit->kind, QStringLiteral("passage"));
    const search::SearchHit passage = *hit;
    QTest::keyClick(view->resultView(), Qt::Key_Return);
    app::ReaderPane *pane = window->readerView()->primary();
    ASSERT_EQ(window->tabs()->currentWidget(), window->readerView());
    ASSERT_TRUE(waitUntil([&] { return !pane->isLoading() && pane->documentId() == passage.documentId; }));
    EXPECT_EQ(pane->selectionSpan(), std::make_pair(passage.start, passage.end));
    EXPECT_TRUE(pane->selectedText().contains(QStringLiteral("energy"), Qt::CaseInsensitive)) << pane->selectedText().toStdString();

    // An event opens on the Timeline, selected.
    app::TimelineView *timeline = window->timelineView();
    ASSERT_TRUE(waitUntil([&] { return timeline->isLoaded(); }));
    ASSERT_FALSE(timeline->data().events.isEmpty());
    const timeline::TimelineEvent &wanted = timeline->data().events.first();
    static const QRegularExpression word(QStringLiteral("\\b[A-Za-z]{5,}\\b"));
    const QString term = word.match(wanted.title).captured(0);
    ASSERT_FALSE(term.isEmpty()) << wanted.title.toStdString();
    QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    ASSERT_TRUE(view->searchBox()->hasFocus());
    QTest::keyClicks(view->searchBox(), term); // replaces the selected text
    ASSERT_TRUE(waitUntil([&] { return !view->isBusy() && view->shownText() == term; }));
    const QModelIndex events = view->results()->index(2, 0);
    ASSERT_EQ(events.data(app::SearchResultsModel::KindRole).toString(), QStringLiteral("event"));
    ASSERT_GT(view->results()->rowCount(events), 0) << term.toStdString();
    QModelIndex eventIndex;
    for (int r = 0; r < view->results()->rowCount(events); ++r) {
        const QModelIndex at = view->results()->index(r, 0, events);
        if (view->results()->eventKey(view->results()->hit(at)->refId) == wanted.key)
            eventIndex = at;
    }
    ASSERT_TRUE(eventIndex.isValid()) << wanted.key.toStdString();
    view->resultView()->setFocus();
    view->resultView()->setCurrentIndex(eventIndex);
    QTest::keyClick(view->resultView(), Qt::Key_Enter);
    ASSERT_EQ(window->tabs()->currentWidget(), timeline);
    ASSERT_GE(timeline->canvas()->selectedEvent(), 0);
    EXPECT_EQ(timeline->data().events[timeline->canvas()->selectedEvent()].key, wanted.key);
}

// The worker's own rule, without threads: a request replaced before it starts is skipped, unanswered.
TEST(SearchWorker, SkipsRequestsReplacedBeforeTheyStart)
{
    fixtures::TempStore store;
    { sql::Connection db = store.open(true); }
    auto latest = std::make_shared<std::atomic<int>>(0);
    app::SearchWorker worker(store.path(), latest);
    QList<app::SearchAnswer> answers;
    QObject::connect(&worker, &app::SearchWorker::answered, [&](const app::SearchAnswer &a) { answers << a; });
    QList<app::SearchRequest> queued;
    for (const char *text : {"e", "en", "ene", "energy"})
        queued << app::SearchRequest{++*latest, search::SearchQuery{QString::fromUtf8(text), 20, {}, {}, 1000}};
    for (const app::SearchRequest &request : queued)
        worker.run(request);
    ASSERT_EQ(answers.size(), 1);
    EXPECT_EQ(answers.first().token, queued.last().token);
    EXPECT_EQ(answers.first().text, QStringLiteral("energy"));
    EXPECT_TRUE(answers.first().error.isEmpty()) << answers.first().error.toStdString();
    EXPECT_FALSE(answers.first().results.hits.isEmpty());
    EXPECT_EQ(worker.stats().skipped, 3);
    EXPECT_EQ(worker.stats().started, 1);
}

// Search as you type over a large store: a fast typist's every key is a request; only the last one's
// answer may stay on screen, and the GUI thread never runs a search.
TEST(SearchAsYouType, OnlyTheLastQuerysResultsAreShownAndTheGuiThreadNeverSearches)
{
    constexpr int kDocuments = 3000, kParagraphs = 6;
    fixtures::TempStore store;
    QElapsedTimer clock;
    clock.start();
    {
        sql::Connection db = store.open(false);
        ASSERT_TRUE(db.isOpen());
        auto tx = sql::Transaction::begin(db);
        ASSERT_TRUE(succeeded(tx));
        ASSERT_TRUE(succeeded(db.exec(QStringLiteral(
            "INSERT INTO debate (id, key, title, pack_format, loaded_at) VALUES (1, 'big', 'A large generated debate', 1, '2026-01-01')"))));
        auto document = db.prepare(QStringLiteral("INSERT INTO document (id, debate_id, key, title, date_text, received_text, "
                                                  "cleaned_text) VALUES (?, 1, ?, ?, ?, ?, ?)"));
        auto paragraph = db.prepare(QStringLiteral("INSERT INTO paragraph (id, document_id, ord, start, end, kind) VALUES (?, ?, ?, ?, ?, 'body')"));
        auto indexed = db.prepare(QStringLiteral("INSERT INTO search_index (body, kind, ref_id, document_id) VALUES (?, 'passage', ?, ?)"));
        ASSERT_TRUE(succeeded(document) && succeeded(paragraph) && succeeded(indexed));
        // Varied text: made-up words from syllables, with topic words at known rates.
        QRandomGenerator random(20260101);
        const QStringList syllables{QStringLiteral("ka"), QStringLiteral("lo"), QStringLiteral("mi"), QStringLiteral("ren"),
                                    QStringLiteral("sto"), QStringLiteral("vu"), QStringLiteral("ple"), QStringLiteral("dor"),
                                    QStringLiteral("nas"), QStringLiteral("ti"), QStringLiteral("gre"), QStringLiteral("bal")};
        QStringList vocabulary;
        for (int i = 0; i < 600; ++i) {
            QString w;
            for (int s = 0, n = 2 + int(random.bounded(3)); s < n; ++s)
                w += syllables[random.bounded(int(syllables.size()))];
            vocabulary << w;
        }
        const QList<std::pair<QString, int>> topics{{QStringLiteral("trade"), 500}, {QStringLiteral("harbour"), 300},
                                                    {QStringLiteral("tariff"), 60}, {QStringLiteral("grain"), 40}};
        qint64 paragraphId = 0;
        for (int d = 1; d <= kDocuments; ++d) {
            QString text;
            QList<std::pair<qint64, qint64>> spans;
            QStringList bodies;
            for (int p = 0; p < kParagraphs; ++p) {
                QStringList words;
                for (int w = 0, n = 40 + int(random.bounded(40)); w < n; ++w)
                    words << vocabulary[random.bounded(int(vocabulary.size()))];
                for (const auto &[topic, perThousand] : topics) {
                    if (int(random.bounded(1000)) < perThousand)
                        words.insert(random.bounded(int(words.size())), topic);
                }
                const QString body = words.join(QLatin1Char(' ')) + QLatin1Char('.');
                if (!text.isEmpty())
                    text += QStringLiteral("\n\n");
                spans << std::pair{qint64(text.size()), qint64(text.size() + body.size())};
                text += body;
                bodies << body;
            }
            document->bind(1, qint64(d)).bind(2, QStringLiteral("doc-%1").arg(d)).bind(3, QStringLiteral("Generated document %1").arg(d));
            document->bind(4, QString::number(1990 + d % 35)).bind(5, text).bind(6, text);
            ASSERT_TRUE(succeeded(document->run()));
            document->reset();
            for (int p = 0; p < kParagraphs; ++p) {
                ++paragraphId;
                paragraph->bind(1, paragraphId).bind(2, qint64(d)).bind(3, p).bind(4, spans[p].first).bind(5, spans[p].second);
                ASSERT_TRUE(succeeded(paragraph->run()));
                paragraph->reset();
                indexed->bind(1, bodies[p]).bind(2, paragraphId).bind(3, qint64(d));
                ASSERT_TRUE(succeeded(indexed->run()));
                indexed->reset();
            }
        }
        ASSERT_TRUE(succeeded(tx->commit()));
    }
    const qint64 buildMs = clock.elapsed();

    // What the last query must find, straight from the index.
    // Common words, so the last search has a thousand matches to describe and takes a while.
    const QString finalText = QStringLiteral("trade harbour");
    QSet<qint64> expected;
    {
        sql::Connection db = store.open(false);
        ASSERT_TRUE(succeeded(sql::forEachRow(db, QStringLiteral("SELECT ref_id FROM search_index WHERE search_index MATCH ?"),
                                              {QStringLiteral("\"trade\" \"harbour\"")},
                                              [&](const sql::Statement &s) { expected.insert(s.integer(0)); })));
    }
    ASSERT_GT(expected.size(), 0);

    app::SearchView view(store.path());
    QAbstractItemModelTester resultsTester(view.results(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester facetsTester(view.facets(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    view.resize(1200, 800);
    view.show();
    QApplication::setActiveWindow(&view);
    view.searchBox()->setFocus();
    app::SearchService *service = view.service();

    // Which answer was on screen after each change of the results, and when answers came.
    QList<int> shownTokens;
    QObject::connect(view.results(), &QAbstractItemModel::modelReset, &view, [&] { shownTokens << view.shownToken(); });
    qint64 lastAnswerAt = -1;
    QObject::connect(service, &app::SearchService::answerReady, &view, [&] { lastAnswerAt = clock.nsecsElapsed(); });

    // A 1 ms timer on the GUI thread: it keeps ticking only if no search holds the thread.
    QList<qint64> ticks;
    QTimer timer;
    timer.setTimerType(Qt::PreciseTimer);
    timer.setInterval(1);
    QList<qint64> steadyTicks; // the same ticks on the clock the worker notes its searches on
    QObject::connect(&timer, &QTimer::timeout, &view, [&] {
        ticks << clock.nsecsElapsed();
        steadyTicks << std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch()).count();
    });
    timer.start();

    // Every key at once, as fast as the box takes them, noting the token each key's request got.
    QList<int> tokens;
    QObject::connect(view.searchBox(), &QLineEdit::textChanged, &view, [&] { tokens << view.currentToken(); });
    const qint64 firstRequestAt = clock.nsecsElapsed();
    QTest::keyClicks(view.searchBox(), finalText);
    const int lastToken = view.currentToken();
    ASSERT_TRUE(waitUntil([&] { return service->isIdle() && !view.isBusy(); }, 120000));
    // Let anything still queued arrive; nothing may replace the last answer.
    QTest::qWait(200);
    timer.stop();

    // One request, with a new token, per key.
    EXPECT_EQ(service->requested(), int(finalText.size()));
    ASSERT_EQ(tokens.size(), finalText.size());
    for (qsizetype i = 1; i < tokens.size(); ++i)
        EXPECT_GT(tokens[i], tokens[i - 1]);
    // Only the last query's answer is shown, and nothing older came after it.
    EXPECT_EQ(view.currentToken(), lastToken);
    EXPECT_EQ(view.shownToken(), lastToken);
    EXPECT_EQ(view.shownText(), finalText);
    ASSERT_FALSE(shownTokens.isEmpty());
    EXPECT_EQ(shownTokens.last(), lastToken);
    EXPECT_TRUE(std::is_sorted(shownTokens.begin(), shownTokens.end()));
    EXPECT_EQ(std::adjacent_find(shownTokens.begin(), shownTokens.end()), shownTokens.end());
    EXPECT_EQ(view.shownAnswers() + view.droppedAnswers(), service->answered());
    const QList<const search::SearchHit *> hits = shownHits(view.results());
    ASSERT_FALSE(hits.isEmpty());
    for (const search::SearchHit *hit : hits)
        EXPECT_TRUE(expected.contains(hit->refId)) << hit->plainSnippet.toStdString();
    EXPECT_EQ(view.results()->matchCount(QStringLiteral("passage")), std::min<int>(int(expected.size()), 1000));

    // Superseded requests were skipped before they started; no search ran on the GUI thread.
    const app::SearchStats stats = service->stats();
    EXPECT_EQ(stats.started + stats.skipped, service->requested());
    ASSERT_FALSE(stats.threads.isEmpty());
    for (QThread *t : stats.threads) {
        EXPECT_NE(t, QThread::currentThread());
        EXPECT_NE(t, qApp->thread());
    }

    // The timer ticked while searches were in flight.
    const qint64 answeredAt = lastAnswerAt;
    int ticksInFlight = 0;
    qint64 longestGap = 0, previous = firstRequestAt;
    for (qint64 t : ticks) {
        if (t < firstRequestAt || t > answeredAt)
            continue;
        ++ticksInFlight;
        longestGap = std::max(longestGap, t - previous);
        previous = t;
    }
    longestGap = std::max(longestGap, answeredAt - previous);
    EXPECT_GT(ticksInFlight, 0);
    // The GUI thread handled its events while a search ran: a tick fell inside a search's run. A search
    // run on the GUI thread would hold every tick back until it ended.
    int ticksDuringSearches = 0;
    for (const auto &[began, ended] : stats.runs)
        ticksDuringSearches += int(std::count_if(steadyTicks.cbegin(), steadyTicks.cend(), [&](qint64 t) { return t > began && t < ended; }));
    EXPECT_GT(ticksDuringSearches, 0) << stats.runs.size() << " searches ran";

    std::cout << "[ figures  ] corpus: " << kDocuments << " documents, " << kDocuments * kParagraphs
              << " passages indexed in " << buildMs << " ms; final query \"" << finalText.toStdString() << "\" matches "
              << expected.size() << " passages\n"
              << "[ figures  ] requests typed: " << service->requested() << ", searches started: " << stats.started
              << ", skipped before starting: " << stats.skipped << ", interrupted while running: " << stats.interrupted
              << ", stale answers dropped by the view: " << view.droppedAnswers() << "\n"
              << "[ figures  ] first key to last answer: " << (answeredAt - firstRequestAt) / 1000000.0 << " ms; 1 ms timer ticks "
              << "in that time: " << ticksInFlight << ", longest gap between ticks: " << longestGap / 1000000.0 << " ms; ticks while a search ran: " << ticksDuringSearches
              << std::endl;
}
