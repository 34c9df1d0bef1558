// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include <QColor>
#include <QString>
#include <QStringList>

class QPalette;

namespace standpoint::app {

// How stance values look: a label always, and a colour from a colour-blind-safe diverging scale
// (ColorBrewer PuOr, which stays distinct under the common forms of colour blindness).
struct StanceStyle
{
    static QStringList values(); // from yes to no, then not_addressed
    static QString label(const QString &value);
    static QColor fill(const QString &value);
    static QColor text(const QString &value); // black or white, whichever reads better on fill()
    static bool dashed(const QString &value) { return value == QLatin1String("not_addressed"); }
};

// Colours for themes (claim highlights). Colour is never the only carrier: the theme's name is shown too.
struct ThemeStyle
{
    static QColor color(int index);
    static QColor highlight(int index, bool darkPalette); // a tint that keeps text readable
};

// True when the palette's window colour is dark.
bool isDark(const QPalette &palette);

} // namespace standpoint::app
