// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "core/figures/overlayrule.h"

#include <QCoreApplication>

namespace standpoint::figures {

namespace {

struct Tr { Q_DECLARE_TR_FUNCTIONS(OverlayRule) };

} // namespace

Status OverlayRule::acceptsOverlays(const ChartData &chart)
{
    if (!chart.isTime())
        return Error{Tr::tr("Your series can be drawn only on a time chart; \"%1\" (%2) is a bar chart")
                         .arg(chart.title, chart.key)};
    return success();
}

Status OverlayRule::check(const ChartData &chart, const UserSeries &series)
{
    if (Status accepts = acceptsOverlays(chart); !accepts)
        return accepts;
    if (series.unit != chart.unit)
        return Error{Tr::tr("Your series \"%1\" is in %2, but the chart \"%3\" is in %4: drawn on one axis they "
                            "would mislead")
                         .arg(series.title, series.unit, chart.title, chart.unit)};
    return success();
}

QStringList OverlayRule::addAllowed(ChartData &chart, const QList<UserSeries> &series)
{
    QStringList leftOut;
    if (!acceptsOverlays(chart))
        return leftOut;
    for (const UserSeries &u : series) {
        if (Status allowed = check(chart, u); allowed)
            chart.overlays << u;
        else
            leftOut << allowed.message();
    }
    return leftOut;
}

} // namespace standpoint::figures
