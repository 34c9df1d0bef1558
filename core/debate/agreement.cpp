// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "core/debate/agreement.h"

namespace standpoint::debate {

std::optional<int> stanceScore(const QString &value)
{
    static const QHash<QString, int> scores = {{QStringLiteral("yes"), 2},     {QStringLiteral("lean_yes"), 1},
                                               {QStringLiteral("mixed"), 0},   {QStringLiteral("lean_no"), -1},
                                               {QStringLiteral("no"), -2}};
    const auto it = scores.constFind(value);
    if (it == scores.constEnd())
        return std::nullopt;
    return *it;
}

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
