// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace standpoint::pack {

// Where an entry or field was written in a pack, for messages a pack author can act on.
struct SourceRef
{
    QString file;
    int line = 0;
    QString entry; // e.g. "claim c-her-energy" or "stances[12]"

    QString describe() const;
};

struct QuoteSpec
{
    QString document; // document key
    QString text;
    int occurrence = 0; // 1-based; 0 when the text must be unique
    QString context;    // a longer, unique text that contains the quote
    QString speaker;    // when set, the quote must fall inside this speaker's turns
    SourceRef where;
};

struct CleaningRuleSpec
{
    QString rule; // cut_from, drop_lines, remove_block, join_break, strip_markdown
    QString marker, text, pattern, from, to, before, after, why;
    SourceRef where;
};

struct TurnSpec
{
    QString start, end;
    SourceRef where;
};

struct SpeakerSpec
{
    QString key, name, role, affiliation, document;
    QList<TurnSpec> turns;
    SourceRef where;
};

struct DocumentSpec
{
    QString key, file, title, subtitle, publisher, kind, series, date, address, revisionOf;
    QStringList authors, caveats;
    QList<CleaningRuleSpec> cleaning;
    QList<SpeakerSpec> speakers;
    SourceRef where;
};

struct ThemeSpec
{
    QString key, label, description;
    SourceRef where;
};

struct QuestionSpec
{
    QString key, text, yesLabel, noLabel;
    QStringList themes;
    SourceRef where;
};

struct PositionSpec
{
    QString key, label, summary;
    QStringList documents, speakers, citedIn;
    bool citedOnly = false;
    SourceRef where;
};

// A claim, stance or point belongs to a position or to a speaker (one of the two).
struct VoiceSpec
{
    QString position, speaker;
};

struct ClaimSpec
{
    QString key, paraphrase;
    VoiceSpec voice;
    QStringList themes;
    QList<QuoteSpec> quotes;
    SourceRef where;
};

struct StanceSpec
{
    QString question, value, paraphrase;
    VoiceSpec voice;
    QList<QuoteSpec> quotes;
    SourceRef where;
};

struct EventSpec
{
    QString key, date, end, title, description;
    QStringList themes;
    QList<QuoteSpec> quotes;
    SourceRef where;
};

struct PointSpec
{
    QString period, kind, label, note;
    double value = 0;
    bool approx = false;
    QuoteSpec quote;
    SourceRef where;
};

struct SeriesSpec
{
    QString key, title, measure, unit, compareTo, compareMode;
    QList<PointSpec> points;
    SourceRef where;
};

struct ReferenceSpec
{
    QString key, title, unit, file, citation;
    SourceRef where;
};

// A chart over some of the pack's series, with an optional reference series drawn beside them.
struct ChartSpec
{
    QString key, title, subtitle, kind, unit, reference, referenceMode;
    QStringList series;
    SourceRef where;
};

// A period drawn as a band on the timeline; its dates and quotes are those of an event.
struct EraSpec
{
    QString key, label, event;
    SourceRef where;
};

struct NotFigureSpec
{
    QuoteSpec quote;
    QString why;
    SourceRef where;
};

// Everything a pack declares, as read from its JSON files, before anything is resolved.
struct PackSpec
{
    QString directory;
    int format = 0;
    QString debateKey, debateTitle, debateSummary;
    SourceRef debateWhere;
    QList<ThemeSpec> themes;
    QList<QuestionSpec> questions;
    QList<DocumentSpec> documents;
    QList<PositionSpec> positions;
    QList<ClaimSpec> claims;
    QList<StanceSpec> stances;
    QList<EventSpec> events;
    QList<SeriesSpec> series;
    QList<ReferenceSpec> references;
    QList<NotFigureSpec> notFigures;
    QList<ChartSpec> charts;
    QList<EraSpec> eras;
};

} // namespace standpoint::pack
