// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include "core/result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <limits>

namespace standpoint::sql {
class Connection;
}

namespace standpoint::timeline {

struct TimelineQuote
{
    qint64 documentId = 0;
    QString documentKey, documentTitle, sourceName;
    qint64 start = 0, end = 0;
    QString text;
    QStringList lanes; // who says it: the document's positions, and the speaker whose turn holds it
};

struct TimelineEvent
{
    qint64 id = 0; // the store's, so a view can refer to the event without looking its key up again
    QString key, title, description;
    QString date, precision;       // as the texts support it: "2014" (year), "2022-02-24" (day)…
    QString endDate, endPrecision; // for events that span a period
    double start = 0, finish = 0;  // fractional years covering what is known: [start, finish)
    QStringList themes;
    QList<TimelineQuote> quotes;
    QStringList lanes; // voice keys ("position:gabuev", "speaker:berman") of those who cite it

    // Known only to a year, decade or century, or lasting a while: drawn as a span, not a point.
    bool isSpan() const
    {
        return !endDate.isEmpty() || (precision != QLatin1String("day") && precision != QLatin1String("month"));
    }
    // "2014", "1960s–1980s", "24 Feb 2022"
    QString dateLabel() const;
};

// A swim lane: a position, or a speaker inside one.
struct Lane
{
    QString key, label;
    bool speaker = false;
};

struct Era
{
    QString key, label, eventKey;
    double start = 0, finish = 0;
};

struct ThemeName
{
    QString key, label;
};

struct TimelineData
{
    QString title;
    QList<Lane> lanes; // only lanes that cite at least one event, in the debate's order
    QList<TimelineEvent> events; // by date
    QList<Era> eras;
    QList<ThemeName> themes;
};

// What part of the timeline to show.
struct TimelineFilter
{
    double from = std::numeric_limits<double>::lowest();
    double to = std::numeric_limits<double>::max();
    QStringList lanes; // empty: every lane
    QString theme;     // empty: every theme
    QString text;      // words to find in titles and descriptions
};

Result<TimelineData> readTimeline(sql::Connection &db);

// Indexes of the events that pass the filter, by date.
QList<int> visibleEvents(const TimelineData &data, const TimelineFilter &filter);

// "Sources: …" naming the documents whose quotes the shown events rest on, in the lanes shown
// (every lane when lanes is empty).
QString sourceLine(const TimelineData &data, const QList<int> &events, const QStringList &lanes = {});

// Keys of lanes that exist, from "heritage,berman" or "position:heritage"; an unknown one is an error.
Result<QStringList> resolveLanes(const TimelineData &data, const QStringList &wanted);

} // namespace standpoint::timeline
