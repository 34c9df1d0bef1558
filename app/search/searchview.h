// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include "app/search/searchworker.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QToolButton;
class QTreeView;

namespace standpoint::app {

class FacetModel;
class SearchResultsModel;
class SearchService;

// The Search view: one box over the store's passages, claims, events and notes. Results come as you
// type, from a worker thread, grouped by kind; facets (position, speaker, document, theme, year) narrow
// them; a malformed query gets a hint under the box.
class SearchView : public QWidget
{
    Q_OBJECT
public:
    explicit SearchView(const QString &dbPath, QWidget *parent = nullptr);
    ~SearchView() override;

    void setQuery(const QString &text);
    QString query() const;
    // Focuses the box with its text selected, ready for a new search.
    void focusSearchBox();
    void clearFilters();

    QLineEdit *searchBox() const { return m_box; }
    QTreeView *resultView() const { return m_resultView; }
    QTreeView *facetView() const { return m_facetView; }
    QPushButton *clearFiltersButton() const { return m_clear; }
    SearchResultsModel *results() const { return m_results; }
    FacetModel *facets() const { return m_facets; }
    SearchService *service() const { return m_service; }

    // The hint under the box for a query that cannot run; empty when there is none.
    QString hint() const;
    bool isShowingHelp() const;
    // Whether an answer to the latest request is still awaited.
    bool isBusy() const { return m_token != m_shownToken; }
    int currentToken() const { return m_token; }
    int shownToken() const { return m_shownToken; }
    QString shownText() const { return m_shownText; }
    int shownAnswers() const { return m_shownAnswers; }
    int droppedAnswers() const { return m_droppedAnswers; }

signals:
    // A passage, note or claim to read: a span of a document's cleaned text.
    void spanRequested(qint64 documentId, qint64 start, qint64 end);
    // An event to show on the Timeline; documentId, start and end are its first quote, for the Reader.
    void eventRequested(const QString &eventKey, qint64 documentId, qint64 start, qint64 end);
    void statusMessage(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void runSearch();
    void answered(const SearchAnswer &answer);
    void showHint(const QString &message);
    void updateStatus(const SearchAnswer &answer);
    void setFacets(const QMap<QString, QList<search::FacetValue>> &facets);
    void focusResults();
    void openHit(const QModelIndex &index);

    SearchService *m_service;
    SearchResultsModel *m_results;
    FacetModel *m_facets;
    QLineEdit *m_box;
    QToolButton *m_syntaxButton;
    QLabel *m_syntax;
    QLabel *m_hint;
    QLabel *m_status;
    QStackedWidget *m_pages;
    QWidget *m_helpPage;
    QWidget *m_resultsPage;
    QTreeView *m_facetView;
    QPushButton *m_clear;
    QStackedWidget *m_resultPages;
    QTreeView *m_resultView;
    QLabel *m_noResults;
    QStringList m_collapsedFacets;
    int m_token = 0;
    int m_shownToken = 0;
    QString m_shownText;
    int m_shownAnswers = 0;
    int m_droppedAnswers = 0;
};

} // namespace standpoint::app
