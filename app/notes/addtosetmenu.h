// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include "core/notes/readingsets.h"

#include <functional>

class QMenu;
class QWidget;

namespace standpoint::app {

class UserWork;

// Fills a menu with "add to this set" for each reading set, and "New set…"; each choice goes through
// the undo stack. makeItem builds the item when a choice is made.
void fillAddToSetMenu(QMenu *menu, UserWork *work, const std::function<notes::SetItem()> &makeItem, QWidget *parent);

} // namespace standpoint::app
