// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "app/search/searchview.h"

#include "app/common/clearbutton.h"
#include "app/search/facetmodel.h"
#include "app/search/hitdelegate.h"
#include "app/search/searchresultsmodel.h"
#include "app/search/searchservice.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolButton>
#include <QToolTip>
#include <QTreeView>
#include <QVBoxLayout>

namespace standpoint::app {

namespace {

// The best hits listed per kind; the counts cover every match.
constexpr int kHitsPerKind = 50;
// The best matches that counts and facets cover.
constexpr int kPool = 1000;

bool isDark(const QPalette &palette) { return palette.color(QPalette::Window).lightness() < 128; }

// "3 claims": a count of one kind of hit, in the plural form the language needs.
QString kindCount(const QString &kind, int n)
{
    if (kind == QLatin1String("passage"))
        return SearchView::tr("%n passage(s)", nullptr, n);
    if (kind == QLatin1String("claim"))
        return SearchView::tr("%n claim(s)", nullptr, n);
    if (kind == QLatin1String("event"))
        return SearchView::tr("%n event(s)", nullptr, n);
    if (kind == QLatin1String("note"))
        return SearchView::tr("%n note(s)", nullptr, n);
    return QStringLiteral("%1 %2").arg(n).arg(kind);
}

} // namespace

SearchView::SearchView(const QString &dbPath, QWidget *parent)
    : QWidget(parent), m_service(new SearchService(dbPath, this)), m_results(new SearchResultsModel(this)),
      m_facets(new FacetModel(this)), m_box(new QLineEdit), m_syntaxButton(new QToolButton), m_syntax(new QLabel),
      m_hint(new QLabel), m_status(new QLabel), m_pages(new QStackedWidget), m_helpPage(new QScrollArea),
      m_resultsPage(new QSplitter), m_facetView(new QTreeView), m_clear(new QPushButton(tr("Clear f&ilters"))),
      m_resultPages(new QStackedWidget), m_resultView(new QTreeView), m_noResults(new QLabel)
{
    auto *boxLabel = new QLabel(tr("Search &words:"));
    boxLabel->setBuddy(m_box);
    m_box->setPlaceholderText(tr("Words, \"a phrase\", a prefix* — in passages, claims, events and notes (Ctrl+Shift+F)"));
    m_box->setAccessibleName(tr("Search passages, claims, events and notes"));
    m_box->setAccessibleDescription(search::syntaxHelp());
    enableClearButton(m_box);
    m_box->installEventFilter(this);
    connect(m_box, &QLineEdit::textChanged, this, &SearchView::runSearch);

    m_syntaxButton->setText(tr("?"));
    m_syntaxButton->setAccessibleName(tr("How to write a search"));
    m_syntaxButton->setToolTip(QStringLiteral("<p>%1</p>").arg(search::syntaxHelp().toHtmlEscaped()));
    connect(m_syntaxButton, &QToolButton::clicked, this, [this] {
        QToolTip::showText(m_syntaxButton->mapToGlobal(QPoint(0, m_syntaxButton->height())), m_syntaxButton->toolTip(),
                           m_syntaxButton);
    });

    auto *boxRow = new QHBoxLayout;
    boxRow->addWidget(boxLabel);
    boxRow->addWidget(m_box, 1);
    boxRow->addWidget(m_syntaxButton);

    // Phrase and prefix search, always in sight.
    m_syntax->setText(tr("Words find passages holding all of them · \"a phrase\" in double quotes · energ* for words "
                         "that begin so · OR, NOT between words"));
    m_syntax->setWordWrap(true);
    m_syntax->setAccessibleName(tr("How to write a search"));
    m_syntax->setForegroundRole(QPalette::PlaceholderText);

    m_hint->setWordWrap(true);
    m_hint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_hint->setAccessibleName(tr("Problem with the search"));
    m_hint->hide();

    m_status->setAccessibleName(tr("Search results summary"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true);

    // The empty box: what can be searched and how.
    auto *help = new QLabel(
        tr("<h3>Search the whole debate</h3>"
           "<p>Type to search every passage of the documents, the claims, the events of the timeline and your own "
           "notes at once. Results come as you type, grouped by kind; narrow them by position, speaker, document, "
           "theme or year with the ticks on the left.</p>"
           "<table cellspacing=\"6\">"
           "<tr><td><tt>energy&nbsp;security</tt></td><td>both words, anywhere in a passage</td></tr>"
           "<tr><td><tt>\"junior&nbsp;partner\"</tt></td><td>the exact phrase, in double quotes</td></tr>"
           "<tr><td><tt>pipelin*</tt></td><td>words that begin with <i>pipelin</i>: pipeline, pipelines…</td></tr>"
           "<tr><td><tt>sanctions&nbsp;OR&nbsp;tariffs</tt></td><td>either word</td></tr>"
           "<tr><td><tt>Russia&nbsp;NOT&nbsp;energy</tt></td><td>the first word without the second</td></tr>"
           "</table>"
           "<p>Down moves from the box into the results; Enter or a double-click opens a passage, claim or note "
           "in the Reader and an event on the Timeline.</p>"));
    help->setWordWrap(true);
    help->setTextFormat(Qt::RichText);
    help->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    help->setMargin(16);
    help->setAccessibleName(tr("How to search"));
    auto *helpScroll = static_cast<QScrollArea *>(m_helpPage);
    helpScroll->setWidget(help);
    helpScroll->setWidgetResizable(true);
    helpScroll->setFrameShape(QFrame::NoFrame);
    // A tab stop, so the page scrolls by keyboard in a small window: named as the page it holds.
    helpScroll->setAccessibleName(tr("How to search"));

    m_facetView->setModel(m_facets);
    m_facetView->setHeaderHidden(true);
    m_facetView->setAccessibleName(tr("Narrow the results by position, speaker, document, theme and year"));
    // Long titles lose their middle, never the count at their end.
    m_facetView->setTextElideMode(Qt::ElideMiddle);
    m_facetView->setIndentation(fontMetrics().averageCharWidth() * 2);
    m_facetView->expandAll();
    connect(m_facetView, &QTreeView::collapsed, this, [this](const QModelIndex &index) {
        const QString facet = index.data(FacetModel::FacetRole).toString();
        if (!m_collapsedFacets.contains(facet))
            m_collapsedFacets << facet;
    });
    connect(m_facetView, &QTreeView::expanded, this, [this](const QModelIndex &index) {
        m_collapsedFacets.removeAll(index.data(FacetModel::FacetRole).toString());
    });
    connect(m_facetView, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (index.flags() & Qt::ItemIsUserCheckable) {
            const bool checked = index.data(Qt::CheckStateRole).toInt() == Qt::Checked;
            m_facets->setData(index, checked ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
        }
    });
    connect(m_facets, &FacetModel::filtersChanged, this, [this] {
        m_clear->setEnabled(m_facets->hasFilters());
        runSearch();
    });
    m_clear->setAccessibleName(tr("Clear every facet filter"));
    m_clear->setEnabled(false);
    connect(m_clear, &QPushButton::clicked, this, &SearchView::clearFilters);
    auto *facetTitle = new QLabel(tr("&Narrow by"));
    facetTitle->setBuddy(m_facetView);
    QFont bold = facetTitle->font();
    bold.setBold(true);
    facetTitle->setFont(bold);
    auto *facetPane = new QWidget;
    auto *facetLayout = new QVBoxLayout(facetPane);
    facetLayout->setContentsMargins(0, 0, 0, 0);
    auto *facetBar = new QHBoxLayout;
    facetBar->addWidget(facetTitle, 1);
    facetBar->addWidget(m_clear);
    facetLayout->addLayout(facetBar);
    facetLayout->addWidget(m_facetView, 1);

    m_resultView->setModel(m_results);
    m_resultView->setItemDelegate(new HitDelegate(m_resultView));
    m_resultView->setHeaderHidden(true);
    m_resultView->setAccessibleName(tr("Search results by kind"));
    m_resultView->setIndentation(fontMetrics().averageCharWidth() * 2);
    m_resultView->setUniformRowHeights(false);
    m_resultView->setAlternatingRowColors(true);
    m_resultView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_resultView->installEventFilter(this);
    connect(m_resultView, &QTreeView::activated, this, &SearchView::openHit);
    m_noResults->setWordWrap(true);
    m_noResults->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_noResults->setMargin(16);
    m_noResults->setAccessibleName(tr("No results"));
    m_resultPages->addWidget(m_resultView);
    m_resultPages->addWidget(m_noResults);

    auto *splitter = static_cast<QSplitter *>(m_resultsPage);
    splitter->addWidget(facetPane);
    splitter->addWidget(m_resultPages);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({fontMetrics().averageCharWidth() * 48, 1000});

    m_pages->addWidget(m_helpPage);
    m_pages->addWidget(m_resultsPage);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(boxRow);
    layout->addWidget(m_syntax);
    layout->addWidget(m_hint);
    layout->addWidget(m_status);
    layout->addWidget(m_pages, 1);

    setTabOrder(m_box, m_syntaxButton);
    setTabOrder(m_syntaxButton, m_resultView);
    setTabOrder(m_resultView, m_facetView);
    setTabOrder(m_facetView, m_clear);
    setFocusProxy(m_box);

    connect(m_service, &SearchService::answerReady, this, &SearchView::answered);
    runSearch();
}

SearchView::~SearchView() = default;

void SearchView::setQuery(const QString &text) { m_box->setText(text); }

QString SearchView::query() const { return m_box->text(); }

void SearchView::focusSearchBox()
{
    m_box->setFocus(Qt::ShortcutFocusReason);
    m_box->selectAll();
}

void SearchView::clearFilters()
{
    m_facets->clearFilters(); // runs the search again through filtersChanged
}

QString SearchView::hint() const { return m_hint->isVisibleTo(this) ? m_hint->text() : QString(); }

bool SearchView::isShowingHelp() const { return m_pages->currentWidget() == m_helpPage; }

void SearchView::runSearch()
{
    const QString text = m_box->text();
    if (text.trimmed().isEmpty()) {
        // Nothing to search: stale answers still on their way are dropped by their token.
        m_token = m_service->cancel();
        m_shownToken = m_token;
        m_shownText.clear();
        showHint(QString());
        m_results->clear();
        m_status->clear();
        m_status->hide();
        m_pages->setCurrentWidget(m_helpPage);
        return;
    }
    search::SearchQuery query;
    query.text = text;
    query.limit = kHitsPerKind;
    query.pool = kPool;
    query.filters = m_facets->filters();
    m_token = m_service->request(query);
    m_status->show();
    m_status->setText(tr("Searching for %1…").arg(text));
}

void SearchView::answered(const SearchAnswer &answer)
{
    if (answer.token != m_token) {
        ++m_droppedAnswers; // an answer to a request since replaced
        return;
    }
    m_shownToken = answer.token;
    m_shownText = answer.text;
    ++m_shownAnswers;
    m_pages->setCurrentWidget(m_resultsPage);
    if (!answer.error.isEmpty()) {
        showHint(answer.error);
        m_results->clear();
        m_noResults->setText(tr("No results: the search above cannot run as written. See the note under the box."));
        m_resultPages->setCurrentWidget(m_noResults);
        m_status->setText(tr("The search is not valid"));
        return;
    }
    showHint(QString());
    setFacets(answer.results.facets);
    m_results->setResults(answer.results, answer.eventKeys);
    m_resultView->expandAll();
    if (m_results->isEmpty()) {
        m_noResults->setText(m_facets->hasFilters()
                                 ? tr("Nothing matches \"%1\" with the filters ticked on the left. Untick some, or "
                                      "clear them.")
                                       .arg(answer.text)
                                 : tr("Nothing matches \"%1\". Check the spelling, use fewer words, or end a word with "
                                      "* to find the words that begin with it.")
                                       .arg(answer.text));
        m_resultPages->setCurrentWidget(m_noResults);
    } else {
        m_resultPages->setCurrentWidget(m_resultView);
    }
    updateStatus(answer);
}

void SearchView::updateStatus(const SearchAnswer &answer)
{
    const search::SearchResults &r = answer.results;
    int total = 0;
    QStringList kinds;
    for (const QString &kind : search::searchKinds()) {
        const int n = r.kindCounts.value(kind);
        total += n;
        if (n > 0)
            kinds << kindCount(kind, n);
    }
    QString text = total == 0 ? tr("No matches") : tr("Matches: %1").arg(kinds.join(tr(", ")));
    if (m_facets->hasFilters()) {
        QStringList chosen;
        for (int g = 0; g < m_facets->rowCount(); ++g) {
            const QModelIndex group = m_facets->index(g, 0);
            for (int v = 0; v < m_facets->rowCount(group); ++v) {
                const QModelIndex value = m_facets->index(v, 0, group);
                if (value.data(Qt::CheckStateRole).toInt() == Qt::Checked)
                    chosen << value.data(Qt::DisplayRole).toString().section(QStringLiteral(" ("), 0, 0);
            }
        }
        text += tr(" — only %1").arg(chosen.join(tr(", ")));
    }
    if (r.pooled)
        text += tr(" (counted over the best %L1 matches)").arg(kPool);
    m_status->setText(text);
}

// Keeps the ticks, which groups are folded, and the keyboard's place across a new set of values.
void SearchView::setFacets(const QMap<QString, QList<search::FacetValue>> &facets)
{
    const QModelIndex current = m_facetView->currentIndex();
    const QString facet = current.data(FacetModel::FacetRole).toString();
    const QString key = current.data(FacetModel::KeyRole).toString();
    m_facets->setFacets(facets);
    for (int g = 0; g < m_facets->rowCount(); ++g) {
        const QModelIndex group = m_facets->index(g, 0);
        m_facetView->setExpanded(group, !m_collapsedFacets.contains(group.data(FacetModel::FacetRole).toString()));
    }
    if (!facet.isEmpty()) {
        const QModelIndex again = key.isEmpty() ? m_facets->groupIndex(facet) : m_facets->valueIndex(facet, key);
        if (again.isValid())
            m_facetView->setCurrentIndex(again);
    }
    m_clear->setEnabled(m_facets->hasFilters());
}

void SearchView::showHint(const QString &message)
{
    if (message.isEmpty()) {
        m_hint->hide();
        m_hint->clear();
        return;
    }
    QPalette p = m_hint->palette();
    p.setColor(QPalette::WindowText, isDark(palette()) ? QColor(0xff, 0x9e, 0x94) : QColor(0xa8, 0x00, 0x1c));
    m_hint->setPalette(p);
    m_hint->setText(message);
    m_hint->show();
}

void SearchView::focusResults()
{
    if (m_resultPages->currentWidget() != m_resultView || m_pages->currentWidget() != m_resultsPage)
        return;
    m_resultView->setFocus(Qt::OtherFocusReason);
    const QModelIndex current = m_resultView->currentIndex();
    if (!current.isValid() || !m_results->hit(current)) {
        const QModelIndex first = m_results->firstHit();
        if (first.isValid())
            m_resultView->setCurrentIndex(first);
    }
}

bool SearchView::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (watched == m_box && key->modifiers() == Qt::NoModifier) {
            if (key->key() == Qt::Key_Down || key->key() == Qt::Key_PageDown) {
                focusResults();
                return true;
            }
            if (key->key() == Qt::Key_Escape && !m_box->text().isEmpty()) {
                m_box->clear();
                return true;
            }
        }
        // Up from the first row goes back to the box.
        if (watched == m_resultView && key->key() == Qt::Key_Up && key->modifiers() == Qt::NoModifier) {
            const QModelIndex current = m_resultView->currentIndex();
            if (!current.isValid() || m_resultView->indexAbove(current) == QModelIndex()
                || (m_results->hit(current) && current == m_results->firstHit())) {
                m_box->setFocus(Qt::OtherFocusReason);
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void SearchView::openHit(const QModelIndex &index)
{
    const search::SearchHit *hit = m_results->hit(index);
    if (!hit) {
        m_resultView->setExpanded(index, !m_resultView->isExpanded(index));
        return;
    }
    if (hit->kind == QLatin1String("event")) {
        emit eventRequested(m_results->eventKey(hit->refId), hit->documentId, hit->start, hit->end);
        return;
    }
    if (hit->documentId <= 0 || hit->start < 0) {
        emit statusMessage(tr("\"%1\" quotes no document, so there is nothing to open in the Reader").arg(hit->title));
        return;
    }
    emit spanRequested(hit->documentId, hit->start, hit->end);
}

} // namespace standpoint::app
