// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

namespace standpoint::process {

// The most resident memory this process has used so far, in MiB (Linux, from /proc); 0 elsewhere.
// For the benchmark figures the app and the bench tool print.
double peakMemoryMiB();

} // namespace standpoint::process
