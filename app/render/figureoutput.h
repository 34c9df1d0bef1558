// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QImage>
#include <QSize>

#include <functional>
#include <QColor>
#include <QFont>
#include <QPointF>
#include <QString>

class QPainter;
class QPdfWriter;

namespace standpoint::render {

// What every exported figure (chart or timeline) shares: wrapped text blocks, fonts an SVG viewer can
// find, and a PDF page the figure fills.

// Wraps text to width; returns its height, and draws it at `at` when painter is given.
double layoutText(QPainter *painter, const QString &text, const QFont &font, const QPointF &at, double width,
                  const QColor &color);

// A DejaVu Sans font of a size in layout units (never points, which would follow each device's DPI).
QFont figureFont(int pixels, bool bold = false);

// QSvgGenerator writes "Sans Serif" for fonts Qt chose and no fallback for ours: name one family list
// everywhere, so any viewer shows the text.
QByteArray withSvgFontFallbacks(const QByteArray &svg);

// A 16:9 page (the size of a widescreen slide) with no margins, for a figure to fill.
void setUpSlidePdf(QPdfWriter &writer, const QString &title);

// Paints a figure into an SVG (fonts named) or a PDF filling a 16:9 page, written atomically.
using FigurePainter = std::function<void(QPainter *, const QSizeF &)>;
Status writeFigureSvg(const QString &path, QSize pixels, const QString &title, const QString &description,
                      const FigurePainter &paint);
Status writeFigurePdf(const QString &path, const QString &title, const FigurePainter &paint);

// A figure painted on a white image of the given size, and an image written atomically as PNG.
QImage paintFigureImage(QSize pixels, const FigurePainter &paint);
Status writePng(const QString &path, const QImage &image);

} // namespace standpoint::render
