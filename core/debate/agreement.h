// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include "core/debate/debatesnapshot.h"

namespace standpoint::debate {

// How two voices compare across the questions both address.
struct PairAgreement
{
    int compared = 0;  // questions where both take a stance
    int agreed = 0;    // … and land on the same side (both yes-ish, both no-ish, or both mixed)
    QStringList differing; // question keys where they land on different sides
    double share() const { return compared ? double(agreed) / compared : 0.0; }
};

PairAgreement compareVoices(const DebateSnapshot &debate, const QString &voiceA, const QString &voiceB);

} // namespace standpoint::debate
