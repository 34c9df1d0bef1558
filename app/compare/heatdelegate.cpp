// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "app/compare/heatdelegate.h"

#include "app/compare/agreementmodel.h"

#include <QPainter>

namespace standpoint::app {

QColor HeatDelegate::heat(double share)
{
    const QColor pale(0xf7, 0xfb, 0xff), dark(0x08, 0x45, 0x94);
    const double t = qBound(0.0, share, 1.0);
    return QColor::fromRgbF(pale.redF() + (dark.redF() - pale.redF()) * t, pale.greenF() + (dark.greenF() - pale.greenF()) * t,
                            pale.blueF() + (dark.blueF() - pale.blueF()) * t);
}

void HeatDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariant share = index.data(AgreementModel::ShareRole);
    painter->save();
    QColor fill = share.isValid() ? heat(share.toDouble()) : option.palette.color(QPalette::AlternateBase);
    painter->fillRect(option.rect.adjusted(1, 1, -1, -1), fill);
    const double luminance = 0.2126 * fill.redF() + 0.7152 * fill.greenF() + 0.0722 * fill.blueF();
    const bool darkFill = share.isValid() && luminance < 0.4;
    painter->setPen(share.isValid() ? (darkFill ? QColor(Qt::white) : QColor(Qt::black)) : option.palette.color(QPalette::Text));
    painter->drawText(option.rect, Qt::AlignCenter, index.data().toString());
    if (option.state & (QStyle::State_Selected | QStyle::State_HasFocus)) {
        painter->setPen(QPen(option.palette.color(QPalette::Highlight), 3));
        painter->drawRect(QRectF(option.rect).adjusted(1.5, 1.5, -1.5, -1.5));
    }
    painter->restore();
}

} // namespace standpoint::app
