// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include "app/cli/clicommands.h"

namespace standpoint::cli {

// import FILE... [--position ID | --speaker ID | --new-position LABEL] [--title T] [--debate KEY] [--skip-bad]
int importCommand(const Invocation &inv);
// reuse [DOC DOC] [--min SIMILARITY] [--json]
int reuseCommand(const Invocation &inv);

} // namespace standpoint::cli
