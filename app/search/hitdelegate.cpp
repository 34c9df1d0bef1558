// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "app/search/hitdelegate.h"

#include "app/search/searchresultsmodel.h"

#include <QApplication>
#include <QPainter>
#include <QPalette>
#include <QPoint>
#include <QTextLayout>

namespace standpoint::app {

namespace {

constexpr int kMarginX = 6, kMarginY = 4, kLineGap = 2;

bool isDark(const QPalette &palette) { return palette.color(QPalette::Base).lightness() < 128; }

// A colour between two, for secondary text that stays readable on either background.
QColor blend(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t), float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

} // namespace

QColor HitDelegate::matchBackground(const QPalette &palette)
{
    // Amber: pale on light backgrounds, deep on dark ones; both keep a contrast of 7:1 or more with matchText.
    return isDark(palette) ? QColor(0x6e, 0x52, 0x00) : QColor(0xff, 0xe0, 0x66);
}

QColor HitDelegate::matchText(const QPalette &palette) { return isDark(palette) ? QColor(Qt::white) : QColor(Qt::black); }

void HitDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (!index.data(SearchResultsModel::IsHitRole).toBool()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    // The row's background, selection and focus, without its text.
    opt.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
                                       : (opt.state & QStyle::State_Active) ? QPalette::Active
                                                                            : QPalette::Inactive;
    const QColor text = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor back = selected ? opt.palette.color(group, QPalette::Highlight) : opt.palette.color(group, QPalette::Base);
    const QColor muted = blend(text, back, 0.3);
    const QRect area = opt.rect.adjusted(kMarginX, kMarginY, -kMarginX, -kMarginY);

    painter->save();
    painter->setClipRect(opt.rect);
    QFont titleFont = opt.font;
    titleFont.setBold(true);
    const QFontMetrics titleMetrics(titleFont);
    const QFontMetrics metrics(opt.font);
    const QString title = titleMetrics.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, area.width());
    painter->setFont(titleFont);
    painter->setPen(text);
    painter->drawText(QPoint(area.left(), area.top() + titleMetrics.ascent()), title);
    const QString detail = index.data(SearchResultsModel::DetailRole).toString();
    const int titleWidth = titleMetrics.horizontalAdvance(title);
    const int room = area.width() - titleWidth - metrics.horizontalAdvance(QStringLiteral(" · "));
    if (!detail.isEmpty() && room > metrics.averageCharWidth() * 6) {
        painter->setFont(opt.font);
        painter->setPen(muted);
        painter->drawText(QPoint(area.left() + titleWidth, area.top() + titleMetrics.ascent()),
                          QStringLiteral(" · ") + metrics.elidedText(detail, Qt::ElideRight, room));
    }

    // The snippet, wrapped over at most kSnippetLines lines, the matched words bold on amber.
    const QString snippet = index.data(SearchResultsModel::SnippetRole).toString();
    QTextLayout layout(snippet, opt.font, painter->device());
    QTextCharFormat match;
    match.setFontWeight(QFont::Bold);
    match.setBackground(matchBackground(opt.palette));
    match.setForeground(matchText(opt.palette));
    QList<QTextLayout::FormatRange> formats;
    const QVariantList ranges = index.data(SearchResultsModel::HighlightsRole).toList();
    for (const QVariant &r : ranges) {
        const QPoint range = r.toPoint();
        formats.append({range.x(), range.y(), match});
    }
    layout.setFormats(formats);
    QTextOption wrap;
    wrap.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(wrap);
    const QString ellipsis = QStringLiteral("…");
    const int ellipsisWidth = metrics.horizontalAdvance(ellipsis);
    bool truncated = false;
    qreal y = 0;
    layout.beginLayout();
    for (int i = 0; i < kSnippetLines; ++i) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(area.width());
        if (i == kSnippetLines - 1 && line.textStart() + line.textLength() < snippet.size()) {
            line.setLineWidth(area.width() - ellipsisWidth);
            truncated = true;
        }
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    layout.endLayout();
    const QPointF origin(area.left(), area.top() + titleMetrics.height() + kLineGap);
    painter->setPen(text);
    for (int i = 0; i < layout.lineCount(); ++i)
        layout.lineAt(i).draw(painter, origin);
    if (truncated && layout.lineCount() > 0) {
        const QTextLine last = layout.lineAt(layout.lineCount() - 1);
        painter->setFont(opt.font);
        painter->drawText(QPointF(origin.x() + last.naturalTextWidth(), origin.y() + last.y() + last.ascent()), ellipsis);
    }
    painter->restore();
}

QSize HitDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (!index.data(SearchResultsModel::IsHitRole).toBool()) {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.setHeight(size.height() + 2 * kMarginY);
        return size;
    }
    QFont titleFont = option.font;
    titleFont.setBold(true);
    const QFontMetrics metrics(option.font);
    const int height = QFontMetrics(titleFont).height() + kLineGap + kSnippetLines * metrics.lineSpacing() + 2 * kMarginY;
    return QSize(metrics.averageCharWidth() * 40, height);
}

} // namespace standpoint::app
