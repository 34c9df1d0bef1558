// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "app/render/timelinelayout.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace standpoint::render {

namespace {

struct Tr { Q_DECLARE_TR_FUNCTIONS(Timeline) };

constexpr double kBreakWidth = 30;
constexpr double kLabelMaxWidth = 230;

QFont sized(const TimelineStyle &style, double factor = 1.0, bool bold = false)
{
    QFont f = style.font;
    f.setPixelSize(std::max(8, int(std::lround(style.fontPixels * factor))));
    f.setBold(bold);
    return f;
}

// Colours of era bands, pale enough that labels and markers stay readable on them.
QColor eraColor(int index, const TimelineStyle &style)
{
    static const QList<QColor> colors = {QColor(0x88, 0xcc, 0xee), QColor(0xdd, 0xcc, 0x77), QColor(0x44, 0xaa, 0x99),
                                         QColor(0xcc, 0x66, 0x77)};
    QColor c = colors[index % colors.size()];
    c.setAlpha(style.background.lightness() < 128 ? 60 : 45);
    return c;
}

} // namespace

TimelineScale::TimelineScale(const QList<std::pair<double, double>> &occupied, double from, double to, double left,
                             double right)
    : m_from(from), m_to(to)
{
    QList<std::pair<double, double>> spans;
    for (const auto &[a, b] : occupied) {
        const double s = std::max(a, from), e = std::min(b, to);
        if (e > s)
            spans << std::pair{s, e};
    }
    std::sort(spans.begin(), spans.end());
    // Runs of events closer than the threshold stay together; longer empty stretches become breaks.
    const double threshold = std::max(25.0, 0.3 * (to - from));
    struct Cluster
    {
        double from, to;
        int events;
    };
    QList<Cluster> clusters;
    for (const auto &[a, b] : spans) {
        if (!clusters.isEmpty() && a - clusters.last().to <= threshold) {
            clusters.last().to = std::max(clusters.last().to, b);
            ++clusters.last().events;
        } else {
            clusters << Cluster{a, b, 1};
        }
    }
    QList<Cluster> segments;
    if (clusters.isEmpty()) {
        segments << Cluster{from, to, 0};
    } else {
        double start = from;
        for (qsizetype i = 0; i + 1 < clusters.size(); ++i) {
            const double gap = clusters[i + 1].from - clusters[i].to;
            const double pad = std::min(2.0, gap * 0.05);
            segments << Cluster{start, clusters[i].to + pad, clusters[i].events};
            start = clusters[i + 1].from - pad;
        }
        segments << Cluster{start, to, clusters.last().events};
    }
    // Widths follow the square root of each stretch's length, weighted by how much happens in it.
    QList<double> weights;
    double total = 0;
    for (const Cluster &c : segments) {
        const double w = segments.size() == 1 ? 1.0 : std::sqrt(std::max(1.0, c.to - c.from)) * std::pow(1.0 + c.events, 0.8);
        weights << w;
        total += w;
    }
    const double width = right - left - kBreakWidth * (segments.size() - 1);
    double x = left;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const double w = width * weights[i] / total;
        m_segments << Segment{segments[i].from, segments[i].to, x, x + w};
        x += w;
        if (i + 1 < segments.size()) {
            m_breaks << Break{x + kBreakWidth / 2, segments[i].to, segments[i + 1].from};
            x += kBreakWidth;
        }
    }
}

double TimelineScale::x(double year) const
{
    for (qsizetype i = 0; i < m_segments.size(); ++i) {
        const Segment &s = m_segments[i];
        if (year <= s.to || i + 1 == m_segments.size()) {
            if (year < s.from && i > 0)
                return m_breaks[i - 1].x; // inside a break
            return s.left + (year - s.from) / (s.to - s.from) * (s.right - s.left);
        }
    }
    return 0;
}

double TimelineScale::year(double x) const
{
    for (qsizetype i = 0; i < m_segments.size(); ++i) {
        const Segment &s = m_segments[i];
        if (x <= s.right || i + 1 == m_segments.size()) {
            if (x < s.left && i > 0)
                return m_breaks[i - 1].to;
            return s.from + (x - s.left) / (s.right - s.left) * (s.to - s.from);
        }
    }
    return m_from;
}

QList<TimelineScale::Tick> TimelineScale::ticks(double minSpacing) const
{
    QList<Tick> out;
    for (const Segment &s : m_segments) {
        const double perYear = (s.right - s.left) / std::max(1e-9, s.to - s.from);
        int step = 1;
        for (int candidate : {1, 2, 5, 10, 20, 25, 50, 100, 200, 500}) {
            step = candidate;
            if (candidate * perYear >= minSpacing)
                break;
        }
        for (int y = int(std::ceil(s.from / step)) * step; y <= s.to; y += step)
            out << Tick{s.left + (y - s.from) * perYear, y};
    }
    return out;
}

int TimelineLayout::eventAt(const QPointF &point) const
{
    for (const Marker &m : markers) {
        if (m.rect.adjusted(-4, -4, 4, 4).contains(point))
            return m.event;
    }
    for (const Label &l : labels) {
        if (l.rect.contains(point))
            return l.event;
    }
    return -1;
}

std::pair<double, double> fitRange(const timeline::TimelineData &data, const timeline::TimelineFilter &filter)
{
    timeline::TimelineFilter all = filter;
    all.from = std::numeric_limits<double>::lowest();
    all.to = std::numeric_limits<double>::max();
    double lo = 1e9, hi = -1e9;
    for (int i : timeline::visibleEvents(data, all)) {
        lo = std::min(lo, data.events[i].start);
        hi = std::max(hi, data.events[i].finish);
    }
    if (lo > hi)
        return {2000, 2030};
    const double pad = std::clamp((hi - lo) * 0.01, 0.5, 1.5);
    return {std::floor(lo - pad), std::ceil(hi + pad)};
}

TimelineLayout layoutTimeline(const timeline::TimelineData &data, const timeline::TimelineFilter &filter,
                              const QRectF &area, const TimelineStyle &style, int selectedEvent)
{
    TimelineLayout layout;
    const QFontMetricsF label(sized(style));
    const QFontMetricsF laneFont(sized(style, 1.0, true));
    const double laneColumn = std::min(220.0, laneFont.averageCharWidth() * 22);
    const double axis = label.height() * 2.6;
    layout.plot = QRectF(area.left() + laneColumn, area.top() + axis, area.width() - laneColumn - 8, area.height() - axis);
    layout.events = timeline::visibleEvents(data, filter);

    for (qsizetype l = 0; l < data.lanes.size(); ++l) {
        const QString &key = data.lanes[l].key;
        if (!filter.lanes.isEmpty() && !filter.lanes.contains(key))
            continue;
        const bool used = std::any_of(layout.events.begin(), layout.events.end(),
                                      [&](int e) { return data.events[e].lanes.contains(key); });
        if (used)
            layout.laneIndex << int(l);
    }
    if (layout.laneIndex.isEmpty())
        return layout;
    const double laneHeight = layout.plot.height() / layout.laneIndex.size();
    for (qsizetype i = 0; i < layout.laneIndex.size(); ++i)
        layout.lanes << QRectF(layout.plot.left(), layout.plot.top() + i * laneHeight, layout.plot.width(), laneHeight);

    QList<std::pair<double, double>> occupied;
    for (int e : layout.events)
        occupied << std::pair{data.events[e].start, data.events[e].finish};
    for (const timeline::Era &era : data.eras)
        occupied << std::pair{era.start, era.finish};
    const TimelineScale scale(occupied, filter.from, filter.to, layout.plot.left(), layout.plot.right());

    // Each lane holds rows; an event takes a stretch of a row: its mark on top, its label under the
    // mark's start. Events go into the first row where they overlap nothing (the selected event
    // first); when no row is free the mark is still drawn, on the first row, and the label left out.
    const double rowHeight = label.height() + 14;
    const int rows = std::max(1, int((laneHeight - 4) / rowHeight));
    for (qsizetype li = 0; li < layout.laneIndex.size(); ++li) {
        const QString &key = data.lanes[layout.laneIndex[li]].key;
        const QRectF lane = layout.lanes[li];
        QList<int> inLane;
        for (int e : layout.events) {
            if (data.events[e].lanes.contains(key))
                inLane << e;
        }
        std::stable_sort(inLane.begin(), inLane.end(), [&](int a, int b) { return a == selectedEvent && b != selectedEvent; });
        QList<QList<std::pair<double, double>>> taken(rows);
        for (int e : inLane) {
            const timeline::TimelineEvent &ev = data.events[e];
            TimelineLayout::Marker m;
            m.event = e;
            m.lane = int(li);
            m.span = ev.isSpan();
            const double x0 = std::max(scale.x(ev.start), lane.left());
            const double x1 = std::min(std::max(scale.x(ev.finish), x0 + 5), lane.right());
            const QString text = label.elidedText(ev.title, Qt::ElideRight, kLabelMaxWidth);
            const double w = label.horizontalAdvance(text) + 4;
            const double labelLeft = std::min(m.span ? x0 : x0 - 6, lane.right() - w);
            const double from = std::min(m.span ? x0 : x0 - 7, labelLeft);
            const double to = std::max(m.span ? x1 : x0 + 7, labelLeft + w);
            int row = -1;
            for (int r = 0; r < rows && row < 0; ++r) {
                const bool free = std::none_of(taken[r].begin(), taken[r].end(), [&](const auto &span) {
                    return from < span.second + 8 && to > span.first - 8;
                });
                if (free)
                    row = r;
            }
            if (row < 0) {
                // No room for the label: put the mark alone where it overlaps nothing, if such a row exists.
                const double markFrom = m.span ? x0 : x0 - 7, markTo = m.span ? x1 : x0 + 7;
                for (int r = 0; r < rows && row < 0; ++r) {
                    const bool free = std::none_of(taken[r].begin(), taken[r].end(), [&](const auto &span) {
                        return markFrom < span.second + 3 && markTo > span.first - 3;
                    });
                    if (free) {
                        row = r;
                        taken[r] << std::pair{markFrom, markTo};
                    }
                }
                const double top = lane.top() + 3 + std::max(row, 0) * rowHeight;
                m.rect = m.span ? QRectF(x0, top + 1, x1 - x0, 8) : QRectF(x0 - 6, top - 1, 12, 12);
                layout.markers << m;
                ++layout.hiddenLabels;
                continue;
            }
            const double top = lane.top() + 3 + row * rowHeight;
            m.rect = m.span ? QRectF(x0, top + 1, x1 - x0, 8) : QRectF(x0 - 6, top - 1, 12, 12);
            layout.markers << m;
            taken[row] << std::pair{from, to};
            layout.labels << TimelineLayout::Label{e, QRectF(labelLeft, top + 11, w, label.height()), text};
        }
    }
    return layout;
}

void paintTimeline(QPainter *painter, const timeline::TimelineData &data, const timeline::TimelineFilter &filter,
                   const TimelineLayout &layout, const TimelineStyle &style, int selectedEvent)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    const QFont font = sized(style), small = sized(style, 0.9), bold = sized(style, 1.0, true);
    const QFontMetricsF metrics(font);
    if (layout.laneIndex.isEmpty()) {
        painter->setPen(style.muted);
        painter->setFont(font);
        painter->drawText(layout.plot, Qt::AlignCenter | Qt::TextWordWrap, Tr::tr("No event matches the filters."));
        painter->restore();
        return;
    }
    QList<std::pair<double, double>> occupied;
    for (int e : layout.events)
        occupied << std::pair{data.events[e].start, data.events[e].finish};
    for (const timeline::Era &era : data.eras)
        occupied << std::pair{era.start, era.finish};
    const TimelineScale scale(occupied, filter.from, filter.to, layout.plot.left(), layout.plot.right());
    const double axisTop = layout.plot.top() - metrics.height() * 2.6;

    // Lanes: alternate shading, names on the left.
    for (qsizetype i = 0; i < layout.lanes.size(); ++i) {
        const QRectF lane = layout.lanes[i];
        if (i % 2 == 0)
            painter->fillRect(QRectF(lane.left() - 1000, lane.top(), lane.width() + 1000, lane.height())
                                  .intersected(QRectF(0, lane.top(), lane.right(), lane.height())),
                              style.laneShade);
        const timeline::Lane &l = data.lanes[layout.laneIndex[i]];
        painter->setPen(style.text);
        painter->setFont(l.speaker ? font : bold);
        const QRectF name(4 + (l.speaker ? 12 : 0), lane.top() + 2, layout.plot.left() - 12 - (l.speaker ? 12 : 0),
                          lane.height() - 4);
        painter->drawText(name, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap,
                          l.speaker ? QStringLiteral("↳ ") + l.label : l.label);
    }
    // Eras: bands behind the lanes, named in the upper row of the axis.
    for (qsizetype i = 0; i < data.eras.size(); ++i) {
        const timeline::Era &era = data.eras[i];
        if (era.finish <= filter.from || era.start >= filter.to)
            continue;
        const double x0 = scale.x(std::max(era.start, filter.from)), x1 = scale.x(std::min(era.finish, filter.to));
        if (x1 - x0 < 2)
            continue;
        painter->fillRect(QRectF(x0, axisTop, x1 - x0, layout.plot.bottom() - axisTop), eraColor(int(i), style));
        painter->setPen(style.text);
        painter->setFont(small);
        painter->drawText(QRectF(x0 + 3, axisTop + 1, x1 - x0 - 6, metrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetricsF(small).elidedText(era.label, Qt::ElideRight, x1 - x0 - 6));
    }
    // Year ticks in the lower row of the axis, with faint grid lines.
    painter->setFont(small);
    const QFontMetricsF smallMetrics(small);
    double lastRight = -1e9;
    for (const TimelineScale::Tick &t : scale.ticks(smallMetrics.horizontalAdvance(QStringLiteral("2000")) + 14)) {
        painter->setPen(QPen(style.muted.lighter(160), 0.6));
        painter->drawLine(QPointF(t.x, layout.plot.top()), QPointF(t.x, layout.plot.bottom()));
        const QString year = QString::number(t.year);
        const double w = smallMetrics.horizontalAdvance(year);
        const bool nearBreak = std::any_of(scale.breaks().begin(), scale.breaks().end(), [&](const TimelineScale::Break &b) {
            return std::abs(b.x - t.x) < w / 2 + kBreakWidth / 2;
        });
        if (t.x - w / 2 < lastRight + 6 || nearBreak || t.x + w / 2 > layout.plot.right() + 4)
            continue;
        painter->setPen(style.muted);
        painter->drawText(QPointF(t.x - w / 2, layout.plot.top() - 5), year);
        lastRight = t.x + w / 2;
    }
    // Breaks: a gap with two slanted strokes, and the years it leaves out written along it.
    for (const TimelineScale::Break &b : scale.breaks()) {
        painter->fillRect(QRectF(b.x - kBreakWidth / 2 + 3, axisTop, kBreakWidth - 6, layout.plot.bottom() - axisTop),
                          style.background);
        painter->setPen(QPen(style.muted, 1.4));
        for (double dx : {-5.0, 3.0})
            painter->drawLine(QPointF(b.x + dx, layout.plot.top() - 10), QPointF(b.x + dx + 6, layout.plot.top() + 4));
        painter->save();
        painter->translate(b.x + smallMetrics.ascent() / 2 - 1, layout.plot.bottom() - 6);
        painter->rotate(-90);
        painter->setFont(small);
        painter->drawText(QPointF(0, 0), Tr::tr("scale broken: %1–%2 left out").arg(int(b.from)).arg(int(std::ceil(b.to))));
        painter->restore();
    }
    // One event cited in several lanes: a dotted line joins its markers.
    for (int e : layout.events) {
        double top = 1e9, bottom = -1e9, x = 0;
        int count = 0;
        for (const TimelineLayout::Marker &m : layout.markers) {
            if (m.event == e) {
                top = std::min(top, m.rect.center().y());
                bottom = std::max(bottom, m.rect.center().y());
                x = m.span ? m.rect.left() + 2 : m.rect.center().x();
                ++count;
            }
        }
        if (count > 1) {
            painter->setPen(QPen(e == selectedEvent ? style.selection : style.muted.lighter(130), 1.2, Qt::DotLine));
            painter->drawLine(QPointF(x, top), QPointF(x, bottom));
        }
    }
    // Marks and labels stay inside the plot, however far a span reaches.
    painter->setClipRect(layout.plot.adjusted(-8, -2, 8, 2));
    // Markers: spans for what is known only to a year or longer, diamonds for days and months.
    const QColor marker(0x37, 0x47, 0x4f);
    for (const TimelineLayout::Marker &m : layout.markers) {
        const bool selected = m.event == selectedEvent;
        const QColor fill = selected ? style.selection : (style.background.lightness() < 128 ? QColor(0xb0, 0xbe, 0xc5) : marker);
        painter->setPen(QPen(selected ? style.selection.darker(130) : fill.darker(120), selected ? 2 : 1));
        painter->setBrush(fill);
        if (m.span) {
            painter->drawRoundedRect(m.rect, 3, 3);
        } else {
            QPainterPath diamond;
            const QPointF c = m.rect.center();
            const double r = m.rect.width() / 2;
            diamond.moveTo(c.x(), c.y() - r);
            diamond.lineTo(c.x() + r, c.y());
            diamond.lineTo(c.x(), c.y() + r);
            diamond.lineTo(c.x() - r, c.y());
            diamond.closeSubpath();
            painter->drawPath(diamond);
        }
    }
    painter->setBrush(Qt::NoBrush);
    for (const TimelineLayout::Label &l : layout.labels) {
        // A knock-out behind the text, so lines that cross it never run through the words.
        QColor knock = style.background;
        knock.setAlpha(215);
        painter->fillRect(l.rect, knock);
        QFont f = font; // the same face as laid out, so the label keeps its measured width
        f.setUnderline(l.event == selectedEvent);
        painter->setFont(f);
        painter->setPen(l.event == selectedEvent ? style.selection : style.text);
        painter->drawText(l.rect, Qt::AlignLeft | Qt::AlignVCenter, l.text);
    }
    painter->restore();
}

} // namespace standpoint::render
