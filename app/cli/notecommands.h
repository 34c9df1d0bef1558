// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include "app/cli/clicommands.h"

namespace standpoint::cli {

// set list | set create TITLE | set add SET KIND REF [--note TEXT] | set export SET --out FILE | set import FILE
int setCommand(const Invocation &inv);
// annotations export --out FILE.csv|json
int annotationsCommand(const Invocation &inv);

} // namespace standpoint::cli
