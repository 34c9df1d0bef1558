// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include "app/render/chartbuilder.h"
#include "app/render/pptxwriter.h"

#include <QStringList>

namespace standpoint::render {

// A chart's slide, and why each of the user's series it was given was left out of it.
struct ChartSlide
{
    DeckSlide slide;
    QStringList leftOut;
};

// One slide for a chart: its title and source line as slide text, the chart as a picture, and the
// quotes behind every figure (and any disagreement) in the speaker notes. The user's series in
// data.overlays are drawn only where figures::OverlayRule allows; the others are left out and named.
ChartSlide chartSlide(figures::ChartData data, const ChartOptions &options);

} // namespace standpoint::render
