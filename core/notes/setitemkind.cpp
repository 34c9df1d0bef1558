// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "core/notes/setitemkind.h"

#include "core/text/vocabulary.h"

namespace standpoint::notes {

namespace {

// The context stays "Handout", where these were named first, so existing translations still apply.
constexpr text::Vocabulary<SetItemKind, 6> kKinds("Handout", {{
    {.value = SetItemKind::Excerpt, .key = "excerpt", .label = QT_TRANSLATE_NOOP("Handout", "Excerpt")},
    {.value = SetItemKind::Document, .key = "document", .label = QT_TRANSLATE_NOOP("Handout", "Document")},
    {.value = SetItemKind::Claim, .key = "claim", .label = QT_TRANSLATE_NOOP("Handout", "Claim")},
    {.value = SetItemKind::Stance, .key = "stance", .label = QT_TRANSLATE_NOOP("Handout", "Stance")},
    {.value = SetItemKind::Event, .key = "event", .label = QT_TRANSLATE_NOOP("Handout", "Event")},
    {.value = SetItemKind::Chart, .key = "chart", .label = QT_TRANSLATE_NOOP("Handout", "Chart")},
}});
static_assert(kKinds.inEnumOrder());

} // namespace

const QList<SetItemKind> &setItemKinds()
{
    static const QList<SetItemKind> kinds = kKinds.values();
    return kinds;
}

std::optional<SetItemKind> setItemKindFromKey(QStringView key) { return kKinds.fromKey(key); }

QString setItemKindKey(SetItemKind kind) { return kKinds.key(kind); }

QStringList setItemKindKeys() { return kKinds.keys(); }

QString setItemKindLabel(SetItemKind kind) { return kKinds.label(kind); }

} // namespace standpoint::notes
