// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "app/figures/deckexport.h"

#include "app/render/deckbuilder.h"
#include "app/render/pptxwriter.h"

#include <QCoreApplication>
#include <QImage>
#include <QPainter>

#include <memory>

namespace standpoint::app {

namespace {

render::DeckSlide matrixSlide(const MatrixSelection &selection)
{
    QImage image(QSize(1920, 960), QImage::Format_ARGB32_Premultiplied);
    {
        QPainter painter(&image);
        MatrixExporter::paint(&painter, selection, QSizeF(image.size()));
    }
    return render::DeckSlide{
        .title = selection.debate ? selection.debate->title : QCoreApplication::translate("DeckExport", "Where each position stands"),
        .png = {},
        .pngSize = image.size(),
        .image = image, // encoded by writePptx
        .sourceLine = QCoreApplication::translate("DeckExport", "Stances and paraphrases: Standpoint's reading of the documents; each rests on quotes."),
        .notes = {QCoreApplication::translate("DeckExport", "Each cell is a stance with its quotes; open the Compare view in Standpoint to read them.")},
    };
}

} // namespace

BackgroundExport *makeDeckExport(DeckRequest request, QObject *parent)
{
    // The steps fill the charts' slides on the GUI thread; the writer reads them only after the last step.
    auto slides = std::make_shared<QList<render::DeckSlide>>();
    QList<BackgroundExport::Step> steps;
    // The matrix needs no Qt Charts: it is painted by the writer, from a copy of the debate.
    std::shared_ptr<const DetachedMatrix> matrix = request.matrix ? std::make_shared<const DetachedMatrix>(*request.matrix) : nullptr;
    for (const figures::ChartData &chart : request.charts) {
        steps << [slides, chart, options = request.options] {
            render::ChartSlide made = render::chartSlide(chart, options);
            *slides << made.slide;
            return made.leftOut;
        };
    }
    auto write = [slides, matrix, path = request.path, title = request.title](const std::atomic_bool &stop) {
        QList<render::DeckSlide> deck;
        if (matrix)
            deck << matrixSlide(matrix->selection);
        deck << *slides;
        return render::writePptx(path, title, deck, &stop);
    };
    return new BackgroundExport(steps, write, parent);
}

} // namespace standpoint::app
