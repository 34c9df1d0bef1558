// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include "core/figures/chartdata.h"
#include "core/result.h"

#include <QList>
#include <QStringList>

namespace standpoint::figures {

// The one rule for drawing a user's series over a chart, which the Figures view, the command line and
// the slide deck all follow: only a time chart takes one, and only in the chart's own unit, since
// figures in two units on one axis would mislead.
class OverlayRule
{
public:
    // Whether the chart takes users' series at all (a bar chart does not).
    static Status acceptsOverlays(const ChartData &chart);
    // Whether this series may be drawn over the chart; the error names the series, its unit, the chart
    // and the chart's unit.
    static Status check(const ChartData &chart, const UserSeries &series);
    // Adds to chart.overlays each of the series the rule allows, and returns why each other one was
    // left out. A bar chart takes none and says nothing: users' series are offered to time charts only.
    static QStringList addAllowed(ChartData &chart, const QList<UserSeries> &series);
};

} // namespace standpoint::figures
