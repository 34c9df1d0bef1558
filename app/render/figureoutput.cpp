// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "app/render/figureoutput.h"

#include <QPageSize>
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

} // namespace standpoint::render
