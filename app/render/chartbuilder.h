// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include "core/figures/chartdata.h"

#include <QFont>
#include <QHash>
#include <QList>
#include <QPointF>

class QAbstractSeries;
class QChart;
class QGraphicsSimpleTextItem;

namespace standpoint::render {

// Which document figure a drawn point stands for: the index into ChartData::points.
struct PointRef
{
    int pointIndex = -1;
};

// A QtCharts chart built from ChartData, with the lookups a view needs for hover and click.
struct BuiltChart
{
    QChart *chart = nullptr; // owned by the caller
    // For each series of document figures, the ChartData point index of each of its points, in order.
    QHash<const QAbstractSeries *, QList<int>> points;
    QList<figures::EventMarker> events;
    QList<QGraphicsSimpleTextItem *> eventLabels;
    // A figure's value written above it, once for figures that several documents share.
    struct ValueLabel
    {
        QPointF at;
        QGraphicsSimpleTextItem *item = nullptr;
    };
    QList<ValueLabel> valueLabels;
    double markerSize = 0;
};

struct ChartOptions
{
    QList<figures::EventMarker> events; // to mark on a time chart
    QFont font = QFont(QStringLiteral("DejaVu Sans"));
    bool forExport = false;             // sizes in pixels for a 1920-wide figure
    bool dark = false;                  // on a dark screen: lighter labels and lines
};

// Builds the chart: documents' figures as points (one marker shape per document), targets as dashed
// marks, the reference series as a line broken where years are missing, users' series dotted,
// disagreeing figures ringed, and chosen events as labelled vertical lines.
BuiltChart buildChart(const figures::ChartData &data, const ChartOptions &options);

// Puts event and value labels in place; call again whenever the plot area changes.
void placeLabels(BuiltChart &built);

// The tooltip for one document figure: value, quote, document, and any disagreement.
QString pointTooltip(const figures::ChartData &data, int pointIndex);

} // namespace standpoint::render
