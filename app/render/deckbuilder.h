// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include "app/render/chartbuilder.h"
#include "app/render/pptxwriter.h"

namespace standpoint::render {

// One slide for a chart: its title and source line as slide text, the chart as a picture, and the
// quotes behind every figure (and any disagreement) in the speaker notes.
DeckSlide chartSlide(const figures::ChartData &data, const ChartOptions &options);

} // namespace standpoint::render
