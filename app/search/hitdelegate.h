// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include <QStyledItemDelegate>

class QPalette;

namespace standpoint::app {

// Paints a search hit: its title and where it comes from on one line, then up to two lines of snippet
// with the matched words in bold on a highlight that reads in light and dark palettes.
class HitDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The matched words' background and text colours for a palette (dark when its Base is dark).
    static QColor matchBackground(const QPalette &palette);
    static QColor matchText(const QPalette &palette);

private:
    static constexpr int kSnippetLines = 2;
};

} // namespace standpoint::app
