// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "app/figures/chartview.h"

#include <QPainter>

#include <algorithm>

namespace standpoint::app {

ChartView::ChartView(QWidget *parent) : QChartView(parent)
{
    setFocusPolicy(Qt::StrongFocus);
}

void ChartView::setMarker(std::optional<QPointF> scenePosition, qreal radius)
{
    m_marker = scenePosition;
    m_radius = radius;
    viewport()->update();
}

void ChartView::drawForeground(QPainter *painter, const QRectF &rect)
{
    QChartView::drawForeground(painter, rect);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setBrush(Qt::NoBrush);
    const QColor highlight = palette().color(QPalette::Highlight);
    if (m_marker) {
        // A square, so it is never taken for the circle that marks a disagreeing figure; drawn twice, in the
        // highlight over the background colour, so it shows on any fill.
        const qreal r = std::max<qreal>(m_radius, 6) + 5;
        const QRectF box(*m_marker - QPointF(r, r), QSizeF(2 * r, 2 * r));
        QPen outer(palette().color(QPalette::Base), 5);
        outer.setCosmetic(true);
        painter->setPen(outer);
        painter->drawRoundedRect(box, 3, 3);
        QPen inner(highlight, 3);
        inner.setCosmetic(true);
        painter->setPen(inner);
        painter->drawRoundedRect(box, 3, 3);
    }
    if (hasFocus()) {
        QPen ring(highlight, 3);
        ring.setCosmetic(true);
        painter->setPen(ring);
        painter->drawRect(mapToScene(viewport()->rect().adjusted(2, 2, -2, -2)).boundingRect());
    }
    painter->restore();
}

void ChartView::focusInEvent(QFocusEvent *event)
{
    QChartView::focusInEvent(event);
    viewport()->update();
}

void ChartView::focusOutEvent(QFocusEvent *event)
{
    QChartView::focusOutEvent(event);
    viewport()->update();
}

} // namespace standpoint::app
