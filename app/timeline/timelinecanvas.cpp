// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "app/timeline/timelinecanvas.h"

#include <QAccessible>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QStyleOptionFocusRect>
#include <QStylePainter>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

namespace standpoint::app {

namespace {
constexpr double kMinimumSpan = 1.5; // years: zoomed in as far as months stay readable
} // namespace

TimelineCanvas::TimelineCanvas(QWidget *parent) : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setMinimumSize(400, 240);
    setAccessibleName(tr("Timeline"));
    setAccessibleDescription(keysHelp());
}

QString TimelineCanvas::keysHelp()
{
    return tr("Left and Right move from event to event; + and − zoom; Shift+Left and Shift+Right pan; Home shows "
              "everything.");
}

void TimelineCanvas::setData(const timeline::TimelineData *data)
{
    m_data = data;
    m_selected = -1;
    fitAll();
}

void TimelineCanvas::setFilter(const timeline::TimelineFilter &filter)
{
    const double from = m_filter.from, to = m_filter.to;
    m_filter = filter;
    m_filter.from = from;
    m_filter.to = to;
    if (m_selected >= 0 && !visibleEvents().contains(m_selected)) {
        m_selected = -1;
        emit eventSelected(-1);
    }
    relayout();
}

timeline::TimelineFilter TimelineCanvas::filter() const { return m_filter; }

void TimelineCanvas::setRange(double from, double to)
{
    if (to - from < kMinimumSpan) {
        const double middle = (from + to) / 2;
        from = middle - kMinimumSpan / 2;
        to = middle + kMinimumSpan / 2;
    }
    m_filter.from = from;
    m_filter.to = to;
    relayout();
}

void TimelineCanvas::fitAll()
{
    if (!m_data)
        return;
    const auto [from, to] = render::fitRange(*m_data, m_filter);
    setRange(from, to);
}

void TimelineCanvas::zoom(double factor, double aroundYear)
{
    setRange(aroundYear - (aroundYear - m_filter.from) / factor, aroundYear + (m_filter.to - aroundYear) / factor);
}

QList<int> TimelineCanvas::visibleEvents() const { return m_data ? timeline::visibleEvents(*m_data, m_filter) : QList<int>(); }

void TimelineCanvas::selectEvent(int event)
{
    m_selected = event;
    if (event >= 0 && m_data) {
        // Bring it into view, keeping the zoom.
        const timeline::TimelineEvent &e = m_data->events[event];
        if (e.finish <= m_filter.from || e.start >= m_filter.to) {
            const double span = m_filter.to - m_filter.from;
            m_filter.from = (e.start + e.finish) / 2 - span / 2;
            m_filter.to = m_filter.from + span;
        }
    }
    relayout();
    // A screen reader hears the chosen event, as a sighted reader sees it underlined.
    if (event >= 0 && m_data) {
        const timeline::TimelineEvent &e = m_data->events[event];
        setAccessibleDescription(tr("Chosen: %1, %2. %3").arg(e.title, e.dateLabel(), keysHelp()));
    } else {
        setAccessibleDescription(keysHelp());
    }
    QAccessibleEvent changed(this, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&changed);
    emit eventSelected(event);
}

void TimelineCanvas::step(int direction)
{
    if (!m_data)
        return;
    // In date order across every event the filters let through, not only those in view.
    timeline::TimelineFilter all = m_filter;
    all.from = std::numeric_limits<double>::lowest();
    all.to = std::numeric_limits<double>::max();
    const QList<int> order = timeline::visibleEvents(*m_data, all);
    if (order.isEmpty())
        return;
    const qsizetype at = order.indexOf(m_selected);
    qsizetype next = at < 0 ? (direction > 0 ? 0 : order.size() - 1) : at + direction;
    next = std::clamp<qsizetype>(next, 0, order.size() - 1);
    selectEvent(order[next]);
}

render::TimelineStyle TimelineCanvas::timelineStyle() const
{
    render::TimelineStyle s;
    s.font = font();
    s.fontPixels = QFontInfo(font()).pixelSize();
    s.text = palette().color(QPalette::Text);
    s.muted = palette().color(QPalette::PlaceholderText);
    s.background = palette().color(QPalette::Base);
    s.laneShade = palette().color(QPalette::AlternateBase);
    s.selection = palette().color(QPalette::Highlight);
    return s;
}

void TimelineCanvas::relayout()
{
    if (m_data)
        m_layout = render::layoutTimeline(*m_data, m_filter, QRectF(rect()).adjusted(4, 4, -4, -4), timelineStyle(), m_selected);
    update();
}

double TimelineCanvas::yearAt(double x) const
{
    if (!m_data || m_layout.plot.width() <= 0)
        return m_filter.from;
    QList<std::pair<double, double>> occupied;
    for (int e : m_layout.events)
        occupied << std::pair{m_data->events[e].start, m_data->events[e].finish};
    for (const timeline::Era &era : m_data->eras)
        occupied << std::pair{era.start, era.finish};
    return render::TimelineScale(occupied, m_filter.from, m_filter.to, m_layout.plot.left(), m_layout.plot.right()).year(x);
}

void TimelineCanvas::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    if (m_data)
        render::paintTimeline(&painter, *m_data, m_filter, m_layout, timelineStyle(), m_selected);
    if (hasFocus()) {
        QStyleOptionFocusRect option;
        option.initFrom(this);
        option.rect = rect().adjusted(1, 1, -1, -1);
        style()->drawPrimitive(QStyle::PE_FrameFocusRect, &option, &painter, this);
        painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
        painter.drawRect(QRectF(rect()).adjusted(1, 1, -1, -1));
    }
}

void TimelineCanvas::resizeEvent(QResizeEvent *) { relayout(); }

void TimelineCanvas::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    const int hit = m_layout.eventAt(event->position());
    if (hit >= 0) {
        selectEvent(hit);
        return;
    }
    m_dragging = true;
    m_dragStart = event->position();
    m_dragFrom = m_filter.from;
    m_dragTo = m_filter.to;
    setCursor(Qt::ClosedHandCursor);
}

void TimelineCanvas::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_dragging)
        return;
    const double yearsPerPixel = (m_dragTo - m_dragFrom) / std::max(1.0, m_layout.plot.width());
    const double shift = (event->position().x() - m_dragStart.x()) * yearsPerPixel;
    m_filter.from = m_dragFrom - shift;
    m_filter.to = m_dragTo - shift;
    relayout();
}

void TimelineCanvas::mouseReleaseEvent(QMouseEvent *)
{
    m_dragging = false;
    unsetCursor();
}

void TimelineCanvas::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps != 0)
        zoom(std::pow(1.25, steps), yearAt(event->position().x()));
    event->accept();
}

void TimelineCanvas::keyPressEvent(QKeyEvent *event)
{
    const double span = m_filter.to - m_filter.from;
    const bool shift = event->modifiers() & Qt::ShiftModifier;
    switch (event->key()) {
    case Qt::Key_Right:
        if (shift)
            setRange(m_filter.from + span * 0.2, m_filter.to + span * 0.2);
        else
            step(1);
        break;
    case Qt::Key_Left:
        if (shift)
            setRange(m_filter.from - span * 0.2, m_filter.to - span * 0.2);
        else
            step(-1);
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoom(1.5, m_selected >= 0 ? m_data->events[m_selected].start : (m_filter.from + m_filter.to) / 2);
        break;
    case Qt::Key_Minus:
        zoom(1 / 1.5, m_selected >= 0 ? m_data->events[m_selected].start : (m_filter.from + m_filter.to) / 2);
        break;
    case Qt::Key_Home:
        fitAll();
        break;
    default:
        QWidget::keyPressEvent(event);
    }
}

QVariant TimelineCanvas::inputMethodQuery(Qt::InputMethodQuery query) const
{
    if (query == Qt::ImCursorRectangle && m_selected >= 0) {
        for (const render::TimelineLayout::Marker &m : m_layout.markers) {
            if (m.event == m_selected)
                return QRectF(m.rect.center(), QSizeF(1, 1)).toAlignedRect();
        }
    }
    return QWidget::inputMethodQuery(query);
}

bool TimelineCanvas::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && m_data) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int hit = m_layout.eventAt(help->pos());
        if (hit >= 0) {
            const timeline::TimelineEvent &e = m_data->events[hit];
            QToolTip::showText(help->globalPos(), QStringLiteral("<b>%1</b><br/>%2<br/><small>%3</small>")
                                                      .arg(e.title.toHtmlEscaped(), e.dateLabel().toHtmlEscaped(),
                                                           tr("Click to read its quotes")),
                               this);
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QWidget::event(event);
}

} // namespace standpoint::app
