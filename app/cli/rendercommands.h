// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include "app/cli/clicommands.h"

namespace standpoint::cli {

// Commands that draw (charts, decks) and need Qt's GUI classes, on the offscreen platform.
int chartsCommand(const Invocation &inv);
int chartCommand(const Invocation &inv);
int deckCommand(const Invocation &inv);
// Users' own series: series add FILE --title T --unit U | series list | series remove KEY.
int seriesCommand(const Invocation &inv);
// timeline [--from YEAR --to YEAR] [--positions ID,...] --out FILE [--size WxH]
int timelineCommand(const Invocation &inv);

} // namespace standpoint::cli
