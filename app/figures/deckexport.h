// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include "app/common/backgroundexport.h"
#include "app/compare/matrixexporter.h"
#include "app/render/chartbuilder.h"
#include "core/figures/chartdata.h"

#include <optional>

namespace standpoint::app {

// What a slide deck holds.
struct DeckRequest
{
    QString path;
    QString title;
    std::optional<MatrixSelection> matrix; // a first slide with the Compare matrix
    QList<figures::ChartData> charts;      // each with the user's series offered to it in overlays
    render::ChartOptions options;
};

// A deck export, ready to start: one step draws each slide, the writer zips the deck. Its notices say
// why any user's series was left out of a slide (figures::OverlayRule).
BackgroundExport *makeDeckExport(DeckRequest request, QObject *parent);

} // namespace standpoint::app
