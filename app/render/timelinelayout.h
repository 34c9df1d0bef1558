// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include "core/timeline/timelinedata.h"

#include <QColor>
#include <QFont>
#include <QList>
#include <QRectF>
#include <QString>

class QPainter;

namespace standpoint::render {

// Years to x: linear, except that long empty stretches collapse into marked breaks, so thirteen
// centuries fit beside a crowded decade without pretending the gap is to scale.
class TimelineScale
{
public:
    struct Break
    {
        double x = 0;      // where the break is drawn
        double from = 0, to = 0; // the years it leaves out
    };
    struct Tick
    {
        double x = 0;
        int year = 0;
    };

    // events: the visible events' [start, finish) intervals; the scale spans [from, to] in left..right.
    TimelineScale(const QList<std::pair<double, double>> &occupied, double from, double to, double left, double right);

    double x(double year) const;
    double year(double x) const;
    const QList<Break> &breaks() const { return m_breaks; }
    QList<Tick> ticks(double minSpacing) const;
    double from() const { return m_from; }
    double to() const { return m_to; }

private:
    struct Segment
    {
        double from, to, left, right;
    };
    QList<Segment> m_segments;
    QList<Break> m_breaks;
    double m_from, m_to;
};

// Where everything on a timeline goes, for painting and for finding what was clicked.
struct TimelineLayout
{
    struct Marker
    {
        int event = -1; // index into TimelineData::events
        int lane = -1;
        QRectF rect;
        bool span = false;
    };
    struct Label
    {
        int event = -1;
        QRectF rect;
        QString text;
    };

    QRectF plot;         // the lanes' area
    QList<QRectF> lanes; // one band per shown lane
    QList<int> laneIndex; // TimelineData::lanes index of each band
    QList<Marker> markers;
    QList<Label> labels;
    QList<int> events;   // shown events, by date
    int hiddenLabels = 0;

    // The event under a point, or -1.
    int eventAt(const QPointF &point) const;
};

struct TimelineStyle
{
    QFont font = QFont(QStringLiteral("DejaVu Sans"));
    int fontPixels = 12;
    QColor text = QColor(0x21, 0x21, 0x21);
    QColor muted = QColor(0x61, 0x61, 0x61);
    QColor background = Qt::white;
    QColor laneShade = QColor(0xf5, 0xf5, 0xf5);
    QColor selection = QColor(0x15, 0x65, 0xc0);
};

// Lays out the filtered events in size, with the lanes' names in a column on the left.
TimelineLayout layoutTimeline(const timeline::TimelineData &data, const timeline::TimelineFilter &filter,
                              const QRectF &area, const TimelineStyle &style, int selectedEvent = -1);

// Paints a laid-out timeline: era bands, ticks, breaks, lanes, spans and points, and labels.
void paintTimeline(QPainter *painter, const timeline::TimelineData &data, const timeline::TimelineFilter &filter,
                   const TimelineLayout &layout, const TimelineStyle &style, int selectedEvent = -1);

// The range that fits every event passing the filter, with a little room on each side.
std::pair<double, double> fitRange(const timeline::TimelineData &data, const timeline::TimelineFilter &filter);

} // namespace standpoint::render
