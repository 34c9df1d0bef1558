// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "core/debate/agreement.h"

namespace standpoint::debate {

PairAgreement compareVoices(const DebateSnapshot &debate, const QString &voiceA, const QString &voiceB)
{
    PairAgreement result;
    const auto side = [](int score) { return (score > 0) - (score < 0); };
    for (const Question &q : debate.questions) {
        const Stance *a = debate.stance(q.key, voiceA);
        const Stance *b = debate.stance(q.key, voiceB);
        if (!a || !b)
            continue;
        const auto sa = stanceScore(a->value), sb = stanceScore(b->value);
        if (!sa || !sb)
            continue;
        ++result.compared;
        if (side(*sa) == side(*sb))
            ++result.agreed;
        else
            result.differing << q.key;
    }
    return result;
}

} // namespace standpoint::debate
