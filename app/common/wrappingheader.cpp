// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "app/common/wrappingheader.h"


namespace standpoint::app {

WrappingHeader::WrappingHeader(Qt::Orientation orientation, QWidget *parent) : QHeaderView(orientation, parent)
{
    setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
}

QSize WrappingHeader::sectionSizeFromContents(int logicalIndex) const
{
    const QString text = model() ? model()->headerData(logicalIndex, orientation(), Qt::DisplayRole).toString() : QString();
    QFont font = this->font();
    font.setBold(orientation() == Qt::Horizontal);
    const QFontMetrics metrics(font);
    const int width = orientation() == Qt::Horizontal ? sectionSize(logicalIndex) - 12 : qMax(200, this->width()) - 12;
    const QRect bounds = metrics.boundingRect(QRect(0, 0, qMax(width, 60), 10000), Qt::TextWordWrap, text);
    return QSize(bounds.width() + 12, bounds.height() + 10);
}

} // namespace standpoint::app
