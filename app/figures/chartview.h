// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include <QChartView>

#include <optional>

namespace standpoint::app {

// The chart on screen: a chart view that shows when it has the keyboard focus (a frame in the highlight
// colour) and boxes the point chosen from the keyboard, since neither a hover nor a click is there to show it.
class ChartView : public QChartView
{
    Q_OBJECT
public:
    explicit ChartView(QWidget *parent = nullptr);

    // Boxes the point at a position in scene coordinates, or nothing.
    void setMarker(std::optional<QPointF> scenePosition, qreal radius = 0);
    std::optional<QPointF> marker() const { return m_marker; }

protected:
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    std::optional<QPointF> m_marker;
    qreal m_radius = 0;
};

} // namespace standpoint::app
