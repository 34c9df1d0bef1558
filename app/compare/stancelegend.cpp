// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "app/compare/stancelegend.h"

#include "app/common/stancestyle.h"
#include "app/compare/stancedelegate.h"

#include <QPainter>

namespace standpoint::app {

StanceLegend::StanceLegend(QWidget *parent) : QWidget(parent)
{
    setAccessibleName(tr("Stance scale"));
    QStringList labels;
    for (debate::StanceValue v : debate::stanceValues())
        labels << debate::stanceValueLabel(v);
    setAccessibleDescription(labels.join(QStringLiteral(", ")));
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

QSize StanceLegend::sizeHint() const
{
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    int width = 0;
    for (debate::StanceValue v : debate::stanceValues())
        width += metrics.horizontalAdvance(debate::stanceValueLabel(v)) + 16 + 6;
    return QSize(width, metrics.height() + 8);
}

void StanceLegend::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    int x = 0;
    for (debate::StanceValue v : debate::stanceValues()) {
        const QRect chip = StanceDelegate::paintChip(&painter, QPoint(x, 1), v, font(), palette().color(QPalette::WindowText));
        x = chip.right() + 7;
    }
}

} // namespace standpoint::app
