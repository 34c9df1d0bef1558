// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include "core/debate/stancevalue.h"

#include <QColor>
#include <QString>

#include <optional>

class QPalette;

namespace standpoint::app {

// How stance values look: a label always, and a colour from a colour-blind-safe diverging scale
// (ColorBrewer PuOr, which stays distinct under the common forms of colour blindness).
// A cell with no stance at all is std::nullopt: it reads "No entry".
struct StanceStyle
{
    using Value = std::optional<debate::StanceValue>;
    static QString label(Value value); // debate::stanceValueLabel, or "No entry"
    static QColor fill(Value value);
    static QColor text(Value value); // black or white, whichever reads better on fill()
    static bool dashed(Value value) { return value == debate::StanceValue::NotAddressed; }
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
