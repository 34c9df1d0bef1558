// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace standpoint::debate {

// The stance scale, from yes to no, then not addressed. The store and debate packs spell each value
// by its key ("lean_yes"); the schema's CHECK on stance.value lists the same keys (a test holds them
// together), so a value read from the store always parses.
enum class StanceValue { Yes, LeanYes, Mixed, LeanNo, No, NotAddressed };

// Every value, in the order of the scale.
const QList<StanceValue> &stanceValues();

// The value a stored or pack key names, or nothing for any other text.
std::optional<StanceValue> stanceValueFromKey(QStringView key);
// The key the store and packs use: "yes", "lean_yes", "mixed", "lean_no", "no", "not_addressed".
QString stanceValueKey(StanceValue value);
// Every key, in the order of the scale, for messages that list them.
QStringList stanceValueKeys();

// The value as users read it, in the current language ("Leans yes"): the one place stances are named.
QString stanceValueLabel(StanceValue value);

// The scale as numbers for agreement: yes 2 … no −2; not addressed has none.
std::optional<int> stanceScore(StanceValue value);

} // namespace standpoint::debate
