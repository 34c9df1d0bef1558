// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "app/render/figureoutput.h"

#include "core/export/atomicfile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPageSize>
#include <QSvgGenerator>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextLayout>

namespace standpoint::render {

double layoutText(QPainter *painter, const QString &text, const QFont &font, const QPointF &at, double width,
                  const QColor &color)
{
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WordWrap);
    layout.setTextOption(option);
    layout.beginLayout();
    double y = 0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    layout.endLayout();
    if (painter) {
        painter->save();
        painter->setPen(color);
        layout.draw(painter, at);
        painter->restore();
    }
    return y;
}

QFont figureFont(int pixels, bool bold)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(pixels);
    f.setBold(bold);
    return f;
}

QByteArray withSvgFontFallbacks(const QByteArray &svg)
{
    static const QRegularExpression family(QStringLiteral("font-family=\"[^\"]*\""));
    return QString::fromUtf8(svg)
        .replace(family, QStringLiteral("font-family=\"DejaVu Sans, Verdana, Arial, Helvetica, sans-serif\""))
        .toUtf8();
}

void setUpSlidePdf(QPdfWriter &writer, const QString &title)
{
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Standpoint"));
    writer.setPageSize(QPageSize(QSizeF(338.667, 190.5), QPageSize::Millimeter, QStringLiteral("Slide 16:9")));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(300);
}

Status writeFigureSvg(const QString &path, QSize pixels, const QString &title, const QString &description,
                      const FigurePainter &paint)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(pixels);
        svg.setViewBox(QRect(QPoint(0, 0), pixels));
        svg.setTitle(title);
        svg.setDescription(description);
        QPainter painter(&svg);
        paint(&painter, QSizeF(pixels));
    }
    return exporting::AtomicFile::write(path, withSvgFontFallbacks(buffer.data()));
}

Status writeFigurePdf(const QString &path, const QString &title, const FigurePainter &paint)
{
    return exporting::AtomicFile::write(path, [&](QIODevice &device) -> Status {
        QPdfWriter writer(&device);
        setUpSlidePdf(writer, title);
        QPainter painter;
        if (!painter.begin(&writer))
            return Error{QCoreApplication::translate("FigureOutput", "the PDF could not be started")};
        paint(&painter, QSizeF(writer.width(), writer.height()));
        painter.end();
        return success();
    });
}

QImage paintFigureImage(QSize pixels, const FigurePainter &paint)
{
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    paint(&painter, QSizeF(pixels));
    return image;
}

Status writePng(const QString &path, const QImage &image)
{
    return exporting::AtomicFile::write(path, [&image](QIODevice &device) -> Status {
        if (!image.save(&device, "PNG"))
            return Error{device.errorString()};
        return success();
    });
}

} // namespace standpoint::render
