// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include "app/common/stancestyle.h"

#include <QStyledItemDelegate>

namespace standpoint::app {

// Paints a Compare cell: the stance as a coloured chip that always carries its label, and the paraphrase.
class StanceDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    // Compact: the chip alone, so every column fits on screen; the paraphrase stays in the tooltip.
    void setCompact(bool compact) { m_compact = compact; }
    bool isCompact() const { return m_compact; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Shared with the matrix export, so the picture matches the screen.
    static void paintCell(QPainter *painter, const QRect &rect, StanceStyle::Value value, const QString &paraphrase,
                          const QFont &font, const QColor &textColor);
    // "Not addressed" has no fill: its label takes textColor, so it reads on light and dark backgrounds.
    static QRect paintChip(QPainter *painter, const QPoint &topLeft, StanceStyle::Value value, const QFont &font,
                           const QColor &textColor = Qt::black);

private:
    bool m_compact = false;
};

// Draws text wrapped within rect, eliding the last line that fits.
void drawWrappedText(QPainter *painter, const QRect &rect, const QString &text, const QFont &font);

} // namespace standpoint::app
