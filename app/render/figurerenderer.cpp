// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "app/render/figurerenderer.h"

#include "app/render/figureoutput.h"

#include <QChart>
#include <QCoreApplication>
#include <QGraphicsScene>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextLayout>

#include <memory>

namespace standpoint::render {

namespace {

struct Tr { Q_DECLARE_TR_FUNCTIONS(FigureRenderer) };

constexpr double kMargin = 56;
constexpr int kMaxSide = 10000;
constexpr int kMinSide = 320;
// Fonts SVG viewers fall back on when DejaVu Sans is missing; QSvgGenerator writes only the first.

QFont pixelFont(const QFont &base, int pixels, bool bold = false)
{
    QFont f = base;
    f.setPixelSize(pixels);
    f.setBold(bold);
    return f;
}

} // namespace

Result<QSize> parseSize(const QString &text)
{
    static const QRegularExpression form(QStringLiteral("^(\\d{2,5})\\s*[x×X]\\s*(\\d{2,5})$"));
    const auto m = form.match(text.trimmed());
    if (!m.hasMatch())
        return Error{Tr::tr("\"%1\" is not a size: write WIDTHxHEIGHT in pixels, such as 1920x1080").arg(text)};
    const QSize size(m.captured(1).toInt(), m.captured(2).toInt());
    if (Status ok = FigureRenderer::checkSize(size); !ok)
        return ok.error();
    return size;
}

Status FigureRenderer::checkSize(QSize pixels)
{
    if (pixels.width() < kMinSide || pixels.height() < kMinSide || pixels.width() > kMaxSide || pixels.height() > kMaxSide)
        return Error{Tr::tr("The size %1×%2 is out of range: each side from %3 to %4 pixels")
                         .arg(pixels.width())
                         .arg(pixels.height())
                         .arg(kMinSide)
                         .arg(kMaxSide)};
    return success();
}

FigureRenderer::FigureRenderer(const figures::ChartData &data, const ChartOptions &options, Frame frame, double designWidth)
    : m_data(data), m_options(options), m_frame(frame), m_designWidth(designWidth)
{
    m_options.forExport = true;
}

void FigureRenderer::paint(QPainter *painter, const QSizeF &size)
{
    // Lay out on a canvas kDesignWidth units wide, whatever the output's resolution.
    const double scale = size.width() / m_designWidth;
    const QSizeF canvas(m_designWidth, size.height() / scale);
    painter->save();
    painter->scale(scale, scale);
    painter->fillRect(QRectF(QPointF(0, 0), canvas), Qt::white);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    const QColor ink(0x21, 0x21, 0x21), muted(0x55, 0x55, 0x55);
    const double width = canvas.width() - 2 * kMargin;
    double top = kMargin * 0.8;
    if (m_frame == Frame::Full) {
        top += layoutText(painter, m_data.title, pixelFont(m_options.font, 46, true), QPointF(kMargin, top), width, ink);
        top += 6;
    }
    if (!m_data.subtitle.isEmpty())
        top += layoutText(painter, m_data.subtitle, pixelFont(m_options.font, 26), QPointF(kMargin, top), width, muted) + 8;

    // Bottom up: the source line, then the notes.
    const QFont sourceFont = pixelFont(m_options.font, 19);
    const QFont noteFont = pixelFont(m_options.font, 21);
    QStringList notes;
    for (const QString &n : m_data.notes)
        notes << Tr::tr("Note: %1").arg(n);
    if (!m_data.overlays.isEmpty())
        notes << Tr::tr("Dotted: your own series, from a file you added; not from the debate's documents.");
    const QString source = m_data.sourceLine();
    double bottom = canvas.height() - kMargin * 0.6;
    if (m_frame == Frame::Full) {
        const double h = layoutText(nullptr, source, sourceFont, {}, width, muted);
        bottom -= h;
        layoutText(painter, source, sourceFont, QPointF(kMargin, bottom), width, muted);
        bottom -= 10;
    }
    for (auto it = notes.crbegin(); it != notes.crend(); ++it) {
        const double h = layoutText(nullptr, *it, noteFont, {}, width, ink);
        bottom -= h + 4;
        layoutText(painter, *it, noteFont, QPointF(kMargin, bottom), width, QColor(0x8e, 0x1c, 0x1c));
    }

    BuiltChart built = buildChart(m_data, m_options);
    std::unique_ptr<QChart> chart(built.chart);
    const QRectF area(kMargin - 10, top, canvas.width() - 2 * kMargin + 20, std::max(200.0, bottom - top - 8));
    QGraphicsScene scene;
    scene.addItem(chart.get());
    chart->setGeometry(QRectF(QPointF(0, 0), area.size()));
    QCoreApplication::sendPostedEvents(); // lets the chart lay itself out before it is drawn
    placeLabels(built);
    scene.render(painter, area, QRectF(QPointF(0, 0), area.size()));
    scene.removeItem(chart.get());
    painter->restore();
}

QImage FigureRenderer::image(QSize pixels)
{
    return paintFigureImage(pixels, [this](QPainter *painter, const QSizeF &size) { paint(painter, size); });
}

Status FigureRenderer::exportPng(const QString &path, QSize pixels)
{
    if (Status ok = checkSize(pixels); !ok)
        return ok;
    return writePng(path, image(pixels));
}

Status FigureRenderer::exportSvg(const QString &path, QSize pixels)
{
    if (Status ok = checkSize(pixels); !ok)
        return ok;
    return writeFigureSvg(path, pixels, m_data.title, m_data.sourceLine(),
                          [this](QPainter *painter, const QSizeF &size) { paint(painter, size); });
}

Status FigureRenderer::exportPdf(const QString &path)
{
    return writeFigurePdf(path, m_data.title, [this](QPainter *painter, const QSizeF &size) { paint(painter, size); });
}

} // namespace standpoint::render
