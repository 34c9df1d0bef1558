// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace standpoint::notes {

// What a reading-set item points at. The store (reading_set_item.kind) and .standpoint set files spell
// each kind by its key ("excerpt"); the schema's CHECK lists the same keys, and a test holds them together.
enum class SetItemKind { Excerpt, Document, Claim, Stance, Event, Chart };

// Every kind, in the order menus and messages list them.
const QList<SetItemKind> &setItemKinds();

// The kind a stored or shared key names, or nothing for any other text.
std::optional<SetItemKind> setItemKindFromKey(QStringView key);
QString setItemKindKey(SetItemKind kind);
// Every key, for messages that list them: "excerpt, document, claim, stance, event, chart".
QStringList setItemKindKeys();

// The kind as users read it, in the current language ("Excerpt"): the one place kinds are named.
QString setItemKindLabel(SetItemKind kind);

} // namespace standpoint::notes
