// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include "app/common/savedialog.h"
#include "app/common/storesession.h"
#include "core/debate/debatesnapshot.h"
#include "core/timeline/timelinedata.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QToolButton;

namespace standpoint::app {

class BackgroundExport;

class TimelineCanvas;

// The events each position cites, in lanes on one zoomable axis; an event's quotes open the Reader.
class TimelineView : public QWidget
{
    Q_OBJECT
public:
    TimelineView(StoreSession *reader, QWidget *parent = nullptr);

    void load();
    bool isLoaded() const { return m_loaded; }
    const timeline::TimelineData &data() const { return m_data; }
    TimelineCanvas *canvas() const { return m_canvas; }
    QListWidget *quoteList() const { return m_quotes; }
    void setLanes(const QStringList &laneKeys); // empty: all
    void setTheme(const QString &themeKey);
    void setSearch(const QString &text);
    Status exportTo(const QString &path, QSize pixels = QSize(1920, 1080));
    // The same at 1920×1080, on a thread of its own; the view reports how it went, and the job says so
    // too (finished) before it is deleted. Null before the timeline has loaded.
    BackgroundExport *exportInBackground(const QString &path);
    // Adds a control under the event details (the app adds "Add to reading set").
    void addDetailsWidget(QWidget *widget);

signals:
    void quoteRequested(const standpoint::debate::QuoteView &quote);
    // Mark the event on the trade chart (where its date falls in the chart's years).
    void markOnChart(const QString &eventKey);
    void statusMessage(const QString &message);

private:
    void loaded(int token, const timeline::TimelineData &data);
    void applyFilter();
    void showEvent(int event);
    void exportDialog(SaveDialog::Kind kind);

    StoreSession *m_reader;
    int m_token = 0;
    bool m_loaded = false;
    timeline::TimelineData m_data;
    QStringList m_lanes;
    TimelineCanvas *m_canvas;
    QComboBox *m_themes;
    QToolButton *m_laneButton;
    QLineEdit *m_search;
    QLabel *m_title;
    QLabel *m_description;
    QListWidget *m_quotes;
    QPushButton *m_mark;
    QWidget *m_details;
};

} // namespace standpoint::app
