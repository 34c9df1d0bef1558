// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include "app/render/timelinelayout.h"
#include "core/timeline/timelinedata.h"

#include <QWidget>

namespace standpoint::app {

// The drawn timeline: zoom with the wheel or + and −, pan by dragging or with Shift+arrows, Home fits
// everything, Left and Right step from event to event in date order.
class TimelineCanvas : public QWidget
{
    Q_OBJECT
public:
    explicit TimelineCanvas(QWidget *parent = nullptr);

    void setData(const timeline::TimelineData *data);
    void setFilter(const timeline::TimelineFilter &filter); // its from/to are ignored: the canvas keeps its range
    timeline::TimelineFilter filter() const; // with the range shown
    void setRange(double from, double to);
    void fitAll();
    void zoom(double factor, double aroundYear);
    void selectEvent(int event);
    int selectedEvent() const { return m_selected; }
    const render::TimelineLayout &layout() const { return m_layout; }
    QList<int> visibleEvents() const;
    void step(int direction);
    // The chosen event's mark, where the Menu key opens the context menu (as an item view opens it at its
    // current cell).
    QVariant inputMethodQuery(Qt::InputMethodQuery query) const override;

signals:
    void eventSelected(int event);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;

private:
    static QString keysHelp();
    void relayout();
    render::TimelineStyle timelineStyle() const;
    double yearAt(double x) const;

    const timeline::TimelineData *m_data = nullptr;
    timeline::TimelineFilter m_filter;
    render::TimelineLayout m_layout;
    int m_selected = -1;
    bool m_dragging = false;
    QPointF m_dragStart;
    double m_dragFrom = 0, m_dragTo = 0;
};

} // namespace standpoint::app
