// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "app/common/stancestyle.h"

#include <QCoreApplication>
#include <QPalette>

namespace standpoint::app {

QString StanceStyle::label(Value value)
{
    return value ? debate::stanceValueLabel(*value) : QCoreApplication::translate("StanceStyle", "No entry");
}

QColor StanceStyle::fill(Value value)
{
    // PuOr: purple for yes, orange for no, pale grey for mixed.
    switch (value.value_or(debate::StanceValue::NotAddressed)) {
    case debate::StanceValue::Yes:
        return QColor(0x54, 0x27, 0x88);
    case debate::StanceValue::LeanYes:
        return QColor(0xb2, 0xab, 0xd2);
    case debate::StanceValue::Mixed:
        return QColor(0xe0, 0xe0, 0xe0);
    case debate::StanceValue::LeanNo:
        return QColor(0xfd, 0xb8, 0x63);
    case debate::StanceValue::No:
        return QColor(0xb3, 0x58, 0x06);
    case debate::StanceValue::NotAddressed:
        break;
    }
    return QColor(0xf5, 0xf5, 0xf5);
}

QColor StanceStyle::text(Value value)
{
    const QColor c = fill(value);
    const double luminance = 0.2126 * c.redF() + 0.7152 * c.greenF() + 0.0722 * c.blueF();
    return luminance > 0.45 ? QColor(Qt::black) : QColor(Qt::white);
}

QColor ThemeStyle::color(int index)
{
    // Okabe–Ito, then Paul Tol's muted set, so neighbours differ for colour-blind readers.
    static const QList<QColor> colors = {
        QColor(0xe6, 0x9f, 0x00), QColor(0x56, 0xb4, 0xe9), QColor(0x00, 0x9e, 0x73), QColor(0xf0, 0xe4, 0x42),
        QColor(0x00, 0x72, 0xb2), QColor(0xd5, 0x5e, 0x00), QColor(0xcc, 0x79, 0xa7), QColor(0x88, 0xcc, 0xee),
        QColor(0x44, 0xaa, 0x99), QColor(0x99, 0x99, 0x33), QColor(0xdd, 0xcc, 0x77), QColor(0xcc, 0x66, 0x77),
        QColor(0xaa, 0x44, 0x99), QColor(0x88, 0x22, 0x55)};
    return colors[qAbs(index) % colors.size()];
}

QColor ThemeStyle::highlight(int index, bool darkPalette)
{
    QColor c = color(index);
    c.setAlpha(darkPalette ? 110 : 80);
    return c;
}

bool isDark(const QPalette &palette) { return palette.color(QPalette::Window).lightness() < 128; }

} // namespace standpoint::app
