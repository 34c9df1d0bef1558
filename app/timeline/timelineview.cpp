// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "app/timeline/timelineview.h"

#include "app/common/backgroundexport.h"

#include "app/common/clearbutton.h"
#include "app/render/timelinerenderer.h"
#include "app/timeline/timelinecanvas.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

namespace standpoint::app {

namespace {

// The years a trade chart covers, where an event's marker can be shown.
constexpr double kChartFrom = 2002, kChartTo = 2026;

QToolButton *toolButton(const QString &text, const QString &accessible)
{
    auto *b = new QToolButton;
    b->setText(text);
    b->setToolTip(accessible);
    b->setAccessibleName(accessible);
    return b;
}

} // namespace

TimelineView::TimelineView(StoreSession *reader, QWidget *parent)
    : QWidget(parent), m_reader(reader), m_canvas(new TimelineCanvas), m_themes(new QComboBox), m_laneButton(new QToolButton),
      m_search(new QLineEdit), m_title(new QLabel), m_description(new QLabel), m_quotes(new QListWidget),
      m_mark(new QPushButton(tr("Mark on the trade chart")))
{
    auto *themeLabel = new QLabel(tr("The&me:"));
    themeLabel->setBuddy(m_themes);
    m_themes->setAccessibleName(tr("Show events of one theme"));
    connect(m_themes, &QComboBox::currentIndexChanged, this, &TimelineView::applyFilter);
    m_laneButton->setText(tr("&Lanes"));
    m_laneButton->setPopupMode(QToolButton::InstantPopup);
    m_laneButton->setAccessibleName(tr("Choose the positions shown"));
    m_laneButton->setMenu(new QMenu(m_laneButton));
    m_search->setPlaceholderText(tr("Find events"));
    m_search->setAccessibleName(tr("Find events by words in their title or description"));
    enableClearButton(m_search);
    connect(m_search, &QLineEdit::textChanged, this, &TimelineView::applyFilter);
    auto *fit = toolButton(tr("Fit all"), tr("Show every event (Home)"));
    connect(fit, &QToolButton::clicked, m_canvas, &TimelineCanvas::fitAll);
    auto *zoomIn = toolButton(tr("Zoom in"), tr("Zoom in (+)"));
    connect(zoomIn, &QToolButton::clicked, this, [this] {
        const auto f = m_canvas->filter();
        m_canvas->zoom(1.5, (f.from + f.to) / 2);
    });
    auto *zoomOut = toolButton(tr("Zoom out"), tr("Zoom out (−)"));
    connect(zoomOut, &QToolButton::clicked, this, [this] {
        const auto f = m_canvas->filter();
        m_canvas->zoom(1 / 1.5, (f.from + f.to) / 2);
    });
    auto *exportButton = toolButton(tr("E&xport"), tr("Export the timeline as shown"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto *exportMenu = new QMenu(exportButton);
    exportMenu->addAction(tr("As PNG image (1920×1080)…"), this, [this] { exportDialog(SaveDialog::Kind::Png); });
    exportMenu->addAction(tr("As SVG…"), this, [this] { exportDialog(SaveDialog::Kind::Svg); });
    exportMenu->addAction(tr("As PDF…"), this, [this] { exportDialog(SaveDialog::Kind::Pdf); });
    exportButton->setMenu(exportMenu);

    auto *bar = new QHBoxLayout;
    bar->addWidget(themeLabel);
    bar->addWidget(m_themes);
    bar->addWidget(m_laneButton);
    bar->addWidget(m_search, 1);
    for (QToolButton *b : {fit, zoomIn, zoomOut, exportButton})
        bar->addWidget(b);

    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::RichText);
    m_title->setText(tr("Choose an event (click it, or Left and Right) to read what the texts say of it."));
    m_description->setWordWrap(true);
    m_quotes->setWordWrap(true);
    m_quotes->setAlternatingRowColors(true);
    m_quotes->setAccessibleName(tr("Quotes that mention the event"));
    connect(m_quotes, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const int event = m_canvas->selectedEvent();
        const int q = item->data(Qt::UserRole).toInt();
        if (event < 0 || q < 0 || q >= m_data.events[event].quotes.size())
            return;
        const timeline::TimelineQuote &quote = m_data.events[event].quotes[q];
        emit quoteRequested(debate::QuoteView{0, quote.documentId, quote.documentKey, quote.documentTitle, quote.start,
                                              quote.end, quote.text});
    });
    m_mark->setVisible(false);
    connect(m_mark, &QPushButton::clicked, this, [this] {
        if (m_canvas->selectedEvent() >= 0)
            emit markOnChart(m_data.events[m_canvas->selectedEvent()].key);
    });
    auto *details = new QWidget;
    m_details = details;
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(6, 0, 0, 0);
    detailsLayout->addWidget(m_title);
    detailsLayout->addWidget(m_description);
    detailsLayout->addWidget(new QLabel(tr("<b>Quotes</b> (Enter or double-click opens the Reader)")));
    detailsLayout->addWidget(m_quotes, 1);
    detailsLayout->addWidget(m_mark);

    connect(m_canvas, &TimelineCanvas::eventSelected, this, &TimelineView::showEvent);
    auto *splitter = new QSplitter;
    splitter->addWidget(m_canvas);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({1100, fontMetrics().averageCharWidth() * 42});
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);

    connect(m_reader, &StoreSession::timelineLoaded, this, &TimelineView::loaded);
    connect(m_reader, &StoreSession::failed, this, [this](int token, const QString &message) {
        if (token == m_token)
            emit statusMessage(message);
    });
}

void TimelineView::addDetailsWidget(QWidget *widget)
{
    m_details->layout()->addWidget(widget);
    // Tab reaches it where it shows, after the event's quotes, not after every other control of the window.
    setTabOrder(m_mark, widget);
}

void TimelineView::load() { m_token = m_reader->loadTimeline(); }

void TimelineView::loaded(int token, const timeline::TimelineData &data)
{
    if (token != m_token)
        return;
    m_data = data;
    {
        const QSignalBlocker block(m_themes);
        m_themes->clear();
        m_themes->addItem(tr("All themes"), QString());
        for (const timeline::ThemeName &t : m_data.themes)
            m_themes->addItem(t.label, t.key);
    }
    QMenu *menu = m_laneButton->menu();
    menu->clear();
    for (const timeline::Lane &lane : m_data.lanes) {
        QAction *action = menu->addAction(lane.speaker ? QStringLiteral("↳ ") + lane.label : lane.label);
        action->setCheckable(true);
        action->setChecked(true);
        action->setData(lane.key);
        connect(action, &QAction::toggled, this, [this] {
            QStringList keys;
            for (QAction *a : m_laneButton->menu()->actions()) {
                if (a->isChecked())
                    keys << a->data().toString();
            }
            m_lanes = keys.size() == m_data.lanes.size() ? QStringList() : keys;
            applyFilter();
        });
    }
    m_loaded = true;
    m_canvas->setData(&m_data);
    applyFilter();
    // Open on the event most positions cite, so its quotes show from the start.
    int most = -1;
    for (qsizetype i = 0; i < m_data.events.size(); ++i) {
        if (most < 0 || m_data.events[i].lanes.size() > m_data.events[most].lanes.size())
            most = int(i);
    }
    if (most >= 0)
        m_canvas->selectEvent(most);
}

void TimelineView::setLanes(const QStringList &laneKeys)
{
    for (QAction *a : m_laneButton->menu()->actions()) {
        const QSignalBlocker block(a);
        a->setChecked(laneKeys.isEmpty() || laneKeys.contains(a->data().toString()));
    }
    m_lanes = laneKeys;
    applyFilter();
}

void TimelineView::setTheme(const QString &themeKey)
{
    const int at = m_themes->findData(themeKey);
    m_themes->setCurrentIndex(at < 0 ? 0 : at);
}

void TimelineView::setSearch(const QString &text) { m_search->setText(text); }

void TimelineView::applyFilter()
{
    timeline::TimelineFilter filter;
    filter.lanes = m_lanes;
    filter.theme = m_themes->currentData().toString();
    filter.text = m_search->text();
    m_canvas->setFilter(filter);
    if (isVisible())
        emit statusMessage(tr("%n event(s) shown", nullptr, int(m_canvas->visibleEvents().size())));
}

void TimelineView::showEvent(int event)
{
    m_quotes->clear();
    if (event < 0) {
        m_title->setText(tr("Choose an event (click it, or Left and Right) to read what the texts say of it."));
        m_description->clear();
        m_mark->setVisible(false);
        return;
    }
    const timeline::TimelineEvent &e = m_data.events[event];
    QStringList lanes;
    for (const timeline::Lane &l : m_data.lanes) {
        if (e.lanes.contains(l.key))
            lanes << l.label;
    }
    m_title->setText(QStringLiteral("<b>%1</b><br/>%2 · %3")
                         .arg(e.title.toHtmlEscaped(), e.dateLabel().toHtmlEscaped(),
                              tr("cited by %1").arg(lanes.join(QStringLiteral(", "))).toHtmlEscaped()));
    m_description->setText(e.description);
    for (qsizetype i = 0; i < e.quotes.size(); ++i) {
        const timeline::TimelineQuote &q = e.quotes[i];
        auto *item = new QListWidgetItem(QStringLiteral("“%1”\n— %2, %3").arg(q.text, q.sourceName, q.documentTitle));
        item->setData(Qt::UserRole, int(i));
        m_quotes->addItem(item);
    }
    m_mark->setVisible(e.finish > kChartFrom && e.start < kChartTo);
}

Status TimelineView::exportTo(const QString &path, QSize pixels)
{
    if (!m_loaded)
        return Error{tr("The timeline has not loaded yet")};
    return render::TimelineRenderer(m_data, m_canvas->filter(), m_canvas->selectedEvent()).exportTo(path, pixels);
}

BackgroundExport *TimelineView::exportInBackground(const QString &path)
{
    if (!m_loaded)
        return nullptr;
    // The timeline is painted with QPainter alone: on a thread of its own, from a copy of what is shown.
    auto *job = new BackgroundExport(
        {}, [data = m_data, filter = m_canvas->filter(), selected = m_canvas->selectedEvent(), path](const std::atomic_bool &) {
            return render::TimelineRenderer(data, filter, selected).exportTo(path, QSize(1920, 1080));
        }, this);
    connect(job, &BackgroundExport::finished, this, [this, job, path](const QString &error) {
        job->deleteLater();
        emit statusMessage(error.isEmpty() ? tr("Exported %1").arg(path) : error);
        if (!error.isEmpty())
            QMessageBox::warning(this, tr("Export"), error);
    });
    job->start();
    return job;
}

void TimelineView::exportDialog(SaveDialog::Kind kind)
{
    const QString path = SaveDialog::ask(this, tr("Export the timeline"), QStringLiteral("timeline"), kind);
    if (!path.isEmpty())
        exportInBackground(path);
}

} // namespace standpoint::app
