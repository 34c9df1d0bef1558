// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "core/debate/stancevalue.h"

#include "core/text/vocabulary.h"

namespace standpoint::debate {

namespace {

// The context stays "StanceStyle", where the app named these first, so existing translations still apply.
constexpr text::Vocabulary<StanceValue, 6> kStances("StanceStyle", {{
    {.value = StanceValue::Yes, .key = "yes", .label = QT_TRANSLATE_NOOP("StanceStyle", "Yes")},
    {.value = StanceValue::LeanYes, .key = "lean_yes", .label = QT_TRANSLATE_NOOP("StanceStyle", "Leans yes")},
    {.value = StanceValue::Mixed, .key = "mixed", .label = QT_TRANSLATE_NOOP("StanceStyle", "Mixed")},
    {.value = StanceValue::LeanNo, .key = "lean_no", .label = QT_TRANSLATE_NOOP("StanceStyle", "Leans no")},
    {.value = StanceValue::No, .key = "no", .label = QT_TRANSLATE_NOOP("StanceStyle", "No")},
    {.value = StanceValue::NotAddressed, .key = "not_addressed", .label = QT_TRANSLATE_NOOP("StanceStyle", "Not addressed")},
}});
static_assert(kStances.inEnumOrder());

} // namespace

const QList<StanceValue> &stanceValues()
{
    static const QList<StanceValue> values = kStances.values();
    return values;
}

std::optional<StanceValue> stanceValueFromKey(QStringView key) { return kStances.fromKey(key); }

QString stanceValueKey(StanceValue value) { return kStances.key(value); }

QStringList stanceValueKeys() { return kStances.keys(); }

QString stanceValueLabel(StanceValue value) { return kStances.label(value); }

std::optional<int> stanceScore(StanceValue value)
{
    switch (value) {
    case StanceValue::Yes:
        return 2;
    case StanceValue::LeanYes:
        return 1;
    case StanceValue::Mixed:
        return 0;
    case StanceValue::LeanNo:
        return -1;
    case StanceValue::No:
        return -2;
    case StanceValue::NotAddressed:
        break;
    }
    return std::nullopt;
}

} // namespace standpoint::debate
