// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include <QStyledItemDelegate>

namespace standpoint::app {

// Paints an agreement share as a cell of a single-hue heat map, always with its percentage.
class HeatDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // From pale (0%) to dark blue (100%); a sequential scale readable with any colour vision.
    static QColor heat(double share);
};

} // namespace standpoint::app
