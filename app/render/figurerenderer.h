// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include "app/render/chartbuilder.h"
#include "core/result.h"

#include <QImage>
#include <QSize>

class QPainter;

namespace standpoint::render {

// A chart as a self-contained figure for slides and documents: title, subtitle, the chart, notes on
// where sources disagree, and a source line naming every document and the reference's citation.
class FigureRenderer
{
public:
    enum class Frame { Full, BodyOnly }; // BodyOnly leaves title and source line to the slide

    // Every figure is laid out on a 1920-unit-wide canvas and scaled to the output.
    static constexpr int kDesignWidth = 1920;

    // designWidth: the canvas width the layout uses; smaller makes type larger (slides use 1280).
    FigureRenderer(const figures::ChartData &data, const ChartOptions &options, Frame frame = Frame::Full,
                   double designWidth = kDesignWidth);

    void paint(QPainter *painter, const QSizeF &size);
    QImage image(QSize pixels);

    Status exportPng(const QString &path, QSize pixels);
    Status exportSvg(const QString &path, QSize pixels);
    Status exportPdf(const QString &path);

    // Pixel sizes accepted for exports.
    static Status checkSize(QSize pixels);

private:
    const figures::ChartData &m_data;
    ChartOptions m_options;
    Frame m_frame;
    double m_designWidth;
};

// Reads "1920x1080" (or with ×); an error names what is wrong.
Result<QSize> parseSize(const QString &text);

} // namespace standpoint::render
