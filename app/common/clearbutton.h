// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

class QLineEdit;

namespace standpoint::app {

// Gives a line edit Qt's clear button, named: Qt draws it as an icon alone, so a screen reader would
// otherwise meet a button with no name, and the mouse no tooltip.
void enableClearButton(QLineEdit *edit);

} // namespace standpoint::app
