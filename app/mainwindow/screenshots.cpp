// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "app/mainwindow/screenshots.h"

#include "app/compare/compareview.h"
#include "app/figures/figuresview.h"
#include "app/help/aboutdialog.h"
#include "app/help/shortcutsdialog.h"
#include "app/help/userguidedialog.h"
#include "app/notes/readingsetsview.h"
#include "app/timeline/timelinecanvas.h"
#include "app/timeline/timelineview.h"
#include "app/mainwindow/mainwindow.h"
#include "app/reader/readerpane.h"
#include "app/reader/readerview.h"
#include "app/search/facetmodel.h"
#include "app/search/searchresultsmodel.h"
#include "app/search/searchview.h"
#include "app/import/drafteditor.h"
#include "app/import/importdialog.h"
#include "app/reuse/reuseview.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QComboBox>
#include <QKeyEvent>
#include <QListWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QListView>
#include <QTableView>
#include <QTreeView>

#include <cstdio>

namespace standpoint::app {

namespace {

// Lets queued work (document loads on worker threads) finish, up to a limit.
bool waitFor(const std::function<bool()> &done, int milliseconds = 10000)
{
    QDeadlineTimer deadline(milliseconds);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    QApplication::processEvents();
    return true;
}

} // namespace

ScreenshotRunner::ScreenshotRunner(MainWindow *window, QString directory)
    : QObject(window), m_window(window), m_directory(std::move(directory))
{
}

void ScreenshotRunner::start()
{
    if (!QDir().mkpath(m_directory)) {
        fail(tr("Cannot create the folder %1").arg(m_directory));
        return;
    }
    m_window->resize(1600, 1000);
    m_window->show();
    if (m_window->isReady())
        takeAll();
    else {
        connect(m_window, &MainWindow::ready, this, &ScreenshotRunner::takeAll);
        connect(m_window, &MainWindow::openFailed, this, &ScreenshotRunner::fail);
    }
}

void ScreenshotRunner::takeAll()
{
    const debate::DebateSnapshot &debate = m_window->debate();
    m_window->showCompare();
    const bool compact = m_window->compareView()->isCompact();
    m_window->compareView()->setCompact(false);
    if (!save(QStringLiteral("compare")))
        return;
    const bool agreement = m_window->compareView()->isAgreementVisible();
    m_window->compareView()->setCompact(true);
    m_window->compareView()->setAgreementVisible(false);
    if (!save(QStringLiteral("compare-compact")))
        return;
    m_window->compareView()->setCompact(compact);
    m_window->compareView()->setAgreementVisible(agreement);

    // The Reader as a Compare cell opens it: the first stance with quotes, its first quote selected.
    ReaderView *reader = m_window->readerView();
    QString question, voice;
    for (const debate::Question &q : debate.questions) {
        for (const debate::Voice &v : debate.voices) {
            const debate::Stance *s = debate.stance(q.key, v.key);
            if (question.isEmpty() && s && !s->quotes.isEmpty()) {
                question = q.key;
                voice = v.key;
            }
        }
    }
    reader->openStance(question, voice);
    m_window->tabs()->setCurrentWidget(reader);
    if (!waitFor([&] { return !reader->primary()->isLoading() && !reader->primary()->selectedText().isEmpty(); })
        || !save(QStringLiteral("reader")))
        return fail(tr("The Reader did not show its quote in time"));

    if (debate.documents.size() >= 2) {
        reader->compareDocuments(debate.documents[0].id, debate.documents[1].id);
        if (!waitFor([&] { return !reader->primary()->isLoading() && !reader->secondary()->isLoading(); })
            || !save(QStringLiteral("reader-side-by-side")))
            return fail(tr("The side-by-side Reader did not load in time"));
    }
    TimelineView *timeline = m_window->timelineView();
    m_window->tabs()->setCurrentWidget(timeline);
    if (!waitFor([&] { return timeline->isLoaded(); }))
        return fail(tr("The Timeline view did not load in time"));
    timeline->canvas()->fitAll();
    if (!save(QStringLiteral("timeline")))
        return;
    timeline->canvas()->setRange(2014, 2026);
    timeline->canvas()->step(1);
    for (int i = 0; i < 60 && timeline->canvas()->selectedEvent() >= 0
                    && timeline->data().events[timeline->canvas()->selectedEvent()].start < 2022;
         ++i)
        timeline->canvas()->step(1);
    timeline->canvas()->setRange(2014, 2026);
    if (!save(QStringLiteral("timeline-2014-2025")))
        return;
    FiguresView *figures = m_window->figuresView();
    m_window->tabs()->setCurrentWidget(figures);
    if (!waitFor([&] { return figures->isLoaded(); }))
        return fail(tr("The Figures view did not load in time"));
    figures->showChart(QStringLiteral("trade-turnover"));
    if (!save(QStringLiteral("figures")))
        return;
    m_window->tabs()->setCurrentWidget(m_window->readingSetsView());
    m_window->readingSetsView()->refresh();
    if (m_window->readingSetsView()->items()->rowCount() > 0)
        m_window->readingSetsView()->itemList()->setCurrentIndex(m_window->readingSetsView()->items()->index(0));
    if (!save(QStringLiteral("reading-sets")))
        return;

    // Search as someone uses it: a word typed, the position with the most matches ticked, the first hit current.
    SearchView *search = m_window->searchView();
    m_window->showSearch();
    if (!save(QStringLiteral("search-help")))
        return;
    search->setQuery(QStringLiteral("energy"));
    if (!waitFor([&] { return !search->isBusy(); }))
        return fail(tr("The Search view did not answer in time"));
    FacetModel *facets = search->facets();
    const QModelIndex positions = facets->groupIndex(QStringLiteral("position"));
    if (facets->rowCount(positions) > 0)
        facets->setData(facets->index(0, 0, positions), Qt::Checked, Qt::CheckStateRole);
    if (!waitFor([&] { return !search->isBusy(); }))
        return fail(tr("The Search view did not answer in time"));
    search->resultView()->setFocus(Qt::OtherFocusReason);
    search->resultView()->setCurrentIndex(search->results()->firstHit());
    if (!save(QStringLiteral("search")))
        return;
    search->setQuery(QStringLiteral("\"russia"));
    if (!waitFor([&] { return !search->isBusy(); }) || !save(QStringLiteral("search-hint")))
        return fail(tr("The Search view did not show its hint in time"));
    search->clearFilters();
    search->setQuery(QString());

    // Reuse: the first pair, a reworded passage chosen.
    ReuseView *reuse = m_window->reuseView();
    m_window->tabs()->setCurrentWidget(reuse);
    if (!waitFor([&] { return !reuse->isLoading() && !reuse->pairs().isEmpty(); }))
        return fail(tr("The Reuse view did not answer in time"));
    for (int row = 0; row < reuse->passageList()->count(); ++row) {
        if (reuse->passageList()->item(row)->toolTip().contains(QStringLiteral("Central Asia")))
            reuse->passageList()->setCurrentRow(row);
    }
    if (!save(QStringLiteral("reuse")))
        return;
    takeImport();
}

// The import dialog on two sample files, a web page and a file that is not what its name says;
// closed without importing, so the store is left as it was.
void ScreenshotRunner::takeImport()
{
    QTemporaryDir samples;
    const auto write = [&](const QString &name, const QByteArray &bytes) {
        QFile f(samples.filePath(name));
        f.open(QIODevice::WriteOnly);
        f.write(bytes);
        return f.fileName();
    };
    const QString page = write(QStringLiteral("arctic-route.html"),
        "<!doctype html><html><head><title>The Arctic Route | Example Review</title><meta name=\"author\" content=\"Ann Example\">"
        "<meta property=\"article:published_time\" content=\"2025-02-11\"></head><body><nav>Home World Economy Subscribe</nav>"
        "<article><h1>The Arctic Route</h1><p>Russia's northern sea route carried more Chinese cargo in 2024 than ever before, "
        "and both governments now speak of it as a shared project.</p><p>Yet Chinese shippers still pay Russian fees, use "
        "Russian icebreakers and follow Russian rules: the partnership runs on Moscow's terms in the Arctic.</p>"
        "<div class=\"share-tools\">Share on social media</div></article><footer>© 2025 Example Review. All rights reserved."
        "</footer><script>track()</script></body></html>");
    const QString fake = write(QStringLiteral("minutes.pdf"), "Meeting minutes typed as plain text, saved with a .pdf name.");
    ImportDialog *dialog = m_window->openImportDialog({page, fake});
    if (!waitFor([&] { return !dialog->isBusy() && dialog->fileList()->count() == 2; }))
        return fail(tr("The import dialog did not read its files in time"));
    dialog->editor()->creditBox()->setCurrentIndex(1);
    QApplication::processEvents();
    const QString path = QDir(m_directory).filePath(QStringLiteral("import.png"));
    if (!dialog->grab().save(path))
        return fail(tr("Cannot write %1").arg(path));
    std::fprintf(stdout, "%s\n", qPrintable(path));
    if (auto *tabs = dialog->editor()->findChild<QTabWidget *>())
        tabs->setCurrentIndex(1);
    QApplication::processEvents();
    const QString removed = QDir(m_directory).filePath(QStringLiteral("import-removed.png"));
    if (!dialog->grab().save(removed))
        return fail(tr("Cannot write %1").arg(removed));
    std::fprintf(stdout, "%s\n", qPrintable(removed));
    dialog->fileList()->setCurrentRow(1);
    QApplication::processEvents();
    const QString refused = QDir(m_directory).filePath(QStringLiteral("import-refused.png"));
    if (!dialog->grab().save(refused))
        return fail(tr("Cannot write %1").arg(refused));
    std::fprintf(stdout, "%s\n", qPrintable(refused));
    dialog->close();
    takeHelpAndFocus();
}

// The Help dialogs, then the keyboard focus as it shows on a combo box, a Compare cell and a chart point.
void ScreenshotRunner::takeHelpAndFocus()
{
    m_window->showUserGuide();
    QApplication::processEvents();
    if (!saveWidget(m_window->findChild<UserGuideDialog *>(), QStringLiteral("user-guide")))
        return;
    m_window->findChild<UserGuideDialog *>()->close();
    m_window->showShortcuts();
    QApplication::processEvents();
    if (!saveWidget(m_window->findChild<ShortcutsDialog *>(), QStringLiteral("shortcuts")))
        return;
    m_window->findChild<ShortcutsDialog *>()->close();
    m_window->showAbout();
    QApplication::processEvents();
    if (!saveWidget(m_window->findChild<AboutDialog *>(), QStringLiteral("about")))
        return;
    m_window->findChild<AboutDialog *>()->close();

    QApplication::setActiveWindow(m_window);
    m_window->showCompare();
    // Shift+Tab from the matrix back to the theme filter, as a person would: styles draw the focus ring
    // once the focus has moved by keyboard.
    auto *themes = m_window->compareView()->findChild<QComboBox *>();
    for (int i = 0; i < 10 && themes && QApplication::focusWidget() != themes; ++i) {
        QKeyEvent back(QEvent::KeyPress, Qt::Key_Backtab, Qt::ShiftModifier);
        QApplication::sendEvent(QApplication::focusWidget(), &back);
    }
    if (!save(QStringLiteral("focus-compare")))
        return;
    QTableView *matrix = m_window->compareView()->table();
    for (int i = 0; i < 10 && QApplication::focusWidget() != matrix; ++i) {
        QKeyEvent next(QEvent::KeyPress, Qt::Key_Tab, Qt::NoModifier);
        QApplication::sendEvent(QApplication::focusWidget(), &next);
    }
    if (!save(QStringLiteral("focus-matrix")))
        return;
    FiguresView *figures = m_window->figuresView();
    m_window->showFigures();
    figures->showChart(QStringLiteral("trade-turnover"));
    figures->chartView()->setFocus(Qt::TabFocusReason);
    figures->stepPoint(1);
    figures->stepPoint(1);
    if (!save(QStringLiteral("focus-chart")))
        return;
    emit finished(0);
}

bool ScreenshotRunner::saveWidget(QWidget *widget, const QString &name)
{
    const QString path = QDir(m_directory).filePath(name + QStringLiteral(".png"));
    if (!widget || !widget->grab().save(path)) {
        fail(tr("Cannot write %1").arg(path));
        return false;
    }
    std::fprintf(stdout, "%s\n", qPrintable(path));
    return true;
}

bool ScreenshotRunner::save(const QString &name)
{
    QApplication::processEvents();
    const QString path = QDir(m_directory).filePath(name + QStringLiteral(".png"));
    if (!m_window->grab().save(path)) {
        fail(tr("Cannot write %1").arg(path));
        return false;
    }
    std::fprintf(stdout, "%s\n", qPrintable(path));
    return true;
}

void ScreenshotRunner::fail(const QString &message)
{
    std::fprintf(stderr, "standpoint: %s\n", qPrintable(message));
    emit finished(1);
}

} // namespace standpoint::app
