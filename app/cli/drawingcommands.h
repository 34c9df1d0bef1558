// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include "app/cli/clicommands.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>
#include <memory>

namespace standpoint::cli {

using CommandFn = std::function<int(const Invocation &)>;

// The commands that draw (charts, decks, timelines, handouts) or read PDFs, with the commands that share
// their source files. standpoint-cli hands them to standpoint-cli-draw, the build of the tool that links
// Qt's GUI and poppler, so that the commands that only read and write the store start without loading
// either. Each build defines the two functions below.
const QStringList &drawingCommandNames();

// The function behind one of those names: the command itself in standpoint-cli-draw, a hand-over to it
// in standpoint-cli.
CommandFn drawingCommand(const QString &name);

// The application object the tool runs with (drawing needs a QApplication on the offscreen platform).
std::unique_ptr<QCoreApplication> makeApplication(int &argc, char **argv, const QString &command);

} // namespace standpoint::cli
