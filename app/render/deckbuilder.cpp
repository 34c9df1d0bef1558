// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "app/render/deckbuilder.h"

#include "app/render/figurerenderer.h"
#include "core/figures/overlayrule.h"

#include <QCoreApplication>

#include <utility>

namespace standpoint::render {

ChartSlide chartSlide(figures::ChartData data, const ChartOptions &options)
{
    const QList<figures::UserSeries> offered = std::exchange(data.overlays, {});
    const QStringList leftOut = figures::OverlayRule::addAllowed(data, offered);
    // The picture fills the slide's body: 16:8 at slide resolution.
    const QSize pixels(1920, 960);
    // Laid out on a narrower canvas, so the type stays legible when the slide is projected.
    FigureRenderer renderer(data, options, FigureRenderer::Frame::BodyOnly, 1280);
    DeckSlide slide;
    slide.title = data.title;
    slide.image = renderer.image(pixels); // encoded by writePptx, on the thread that writes the deck
    slide.pngSize = pixels;
    // The slide names its sources briefly; the full citations go in the notes.
    QStringList names;
    for (const figures::ChartPoint &p : data.points) {
        if (!names.contains(p.shortSource))
            names << p.shortSource;
    }
    if (!data.referenceTitle.isEmpty())
        names << data.referenceTitle;
    slide.sourceLine = QCoreApplication::translate("DeckBuilder", "Sources: %1. Full citations in the notes.")
                           .arg(names.join(QStringLiteral("; ")));
    slide.notes << data.sourceLine();
    for (const figures::ChartPoint &p : data.points) {
        slide.notes << QCoreApplication::translate("DeckBuilder", "%1%2: %3 %4 — “%5” (%6, “%7”)")
                           .arg(p.seriesTitle, p.period.isEmpty() ? QString() : QStringLiteral(", ") + p.period,
                                QString::number(p.value, 'g', 6), data.unit, p.quote, p.sourceName, p.documentTitle);
    }
    for (const QString &note : data.notes)
        slide.notes << QCoreApplication::translate("DeckBuilder", "Disagreement: %1").arg(note);
    return ChartSlide{.slide = slide, .leftOut = leftOut};
}

} // namespace standpoint::render
