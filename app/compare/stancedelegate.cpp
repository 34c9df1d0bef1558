// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "app/compare/stancedelegate.h"

#include "app/common/stancestyle.h"
#include "app/compare/comparemodel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

namespace standpoint::app {

void drawWrappedText(QPainter *painter, const QRect &rect, const QString &text, const QFont &font)
{
    QTextLayout layout(text, font, painter->device());
    QTextOption option;
    option.setWrapMode(QTextOption::WordWrap);
    layout.setTextOption(option);
    const QFontMetricsF metrics(font, painter->device());
    layout.beginLayout();
    qreal y = 0;
    QList<QTextLine> lines;
    for (;;) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(rect.width());
        if (y + line.height() > rect.height() && !lines.isEmpty()) {
            break;
        }
        line.setPosition(QPointF(0, y));
        y += line.height();
        lines << line;
    }
    layout.endLayout();
    painter->save();
    painter->setFont(font);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QTextLine &line = lines[i];
        const bool last = i == lines.size() - 1;
        const bool truncated = last && line.textStart() + line.textLength() < text.size();
        if (truncated) {
            const QString rest = text.mid(line.textStart());
            painter->drawText(QPointF(rect.left(), rect.top() + line.y() + line.ascent()),
                              metrics.elidedText(rest, Qt::ElideRight, rect.width()));
        } else {
            line.draw(painter, QPointF(rect.left(), rect.top()));
        }
    }
    painter->restore();
}

QRect StanceDelegate::paintChip(QPainter *painter, const QPoint &topLeft, StanceStyle::Value value, const QFont &font,
                                const QColor &textColor)
{
    QFont bold = font;
    bold.setBold(true);
    const QFontMetrics metrics(bold, painter->device());
    const QString label = StanceStyle::label(value);
    const QRect chip(topLeft, QSize(metrics.horizontalAdvance(label) + 16, metrics.height() + 6));
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(QRectF(chip).adjusted(0.5, 0.5, -0.5, -0.5), chip.height() / 2.0, chip.height() / 2.0);
    if (!StanceStyle::dashed(value))
        painter->fillPath(path, StanceStyle::fill(value));
    QPen outline(StanceStyle::dashed(value) ? QColor(0x75, 0x75, 0x75) : StanceStyle::fill(value).darker(130));
    outline.setStyle(StanceStyle::dashed(value) ? Qt::DashLine : Qt::SolidLine);
    painter->setPen(outline);
    painter->drawPath(path);
    painter->setPen(StanceStyle::dashed(value) ? textColor : StanceStyle::text(value));
    painter->setFont(bold);
    painter->drawText(chip, Qt::AlignCenter, label);
    painter->restore();
    return chip;
}

void StanceDelegate::paintCell(QPainter *painter, const QRect &rect, StanceStyle::Value value, const QString &paraphrase,
                               const QFont &font, const QColor &textColor)
{
    const QRect inner = rect.adjusted(8, 6, -8, -6);
    const QRect chip = paintChip(painter, inner.topLeft(), value, font, textColor);
    painter->save();
    painter->setPen(textColor);
    drawWrappedText(painter, QRect(inner.left(), chip.bottom() + 6, inner.width(), inner.bottom() - chip.bottom() - 6),
                    paraphrase, font);
    painter->restore();
}

void StanceDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);
    const bool selected = option.state & QStyle::State_Selected;
    const QColor text = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    if (m_compact) {
        QFont bold = option.font;
        bold.setBold(true);
        const QFontMetrics metrics(bold);
        const auto value = debate::stanceValueFromKey(index.data(CompareModel::ValueRole).toString());
        const int w = metrics.horizontalAdvance(StanceStyle::label(value)) + 16;
        paintChip(painter, QPoint(option.rect.center().x() - w / 2, option.rect.center().y() - (metrics.height() + 6) / 2),
                  value, option.font, text);
    } else {
        paintCell(painter, option.rect, debate::stanceValueFromKey(index.data(CompareModel::ValueRole).toString()),
              index.data(CompareModel::ParaphraseRole).toString(), option.font, text);
    }
    if (option.state & QStyle::State_HasFocus) {
        // On a selected cell the highlight colour would vanish into the fill: ring it in the text colour inside.
        painter->save();
        QPen pen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::Highlight), 2);
        pen.setStyle(selected ? Qt::DashLine : Qt::SolidLine);
        painter->setPen(pen);
        painter->drawRect(QRectF(option.rect).adjusted(selected ? 3 : 1, selected ? 3 : 1, selected ? -3 : -1, selected ? -3 : -1));
        painter->restore();
    }
}

QSize StanceDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics metrics(option.font);
    if (m_compact)
        return QSize(metrics.averageCharWidth() * 16, metrics.height() * 2 + 12);
    return QSize(metrics.averageCharWidth() * 34, metrics.height() * 6 + 18);
}

} // namespace standpoint::app
