// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include "core/result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace standpoint::sql {
class Connection;
}

namespace standpoint::check {
struct Discrepancy;
}

namespace standpoint::figures {

// A figure a document cites, with the quote that cites it.
struct ChartPoint
{
    QString seriesKey, seriesTitle, period, kind;
    double x = 0;          // fractional year (mid-period); meaningless when hasX is false
    bool hasX = false;
    double value = 0;
    bool approx = false;
    qint64 documentId = 0;
    QString documentKey, documentTitle, sourceName;
    QString shortSource; // "Gabuev (2024)", "Carafano et al. (2022)", "The Heritage Foundation (2022)"
    qint64 quoteStart = 0, quoteEnd = 0;
    QString quote;
    QStringList disagreements; // why this figure disagrees with another source; empty when it does not
};

// A point of the outside reference series.
struct ReferencePoint
{
    int year = 0;
    double value = 0; // the level, or the year's change in percent for a growth chart
    QString status, source;
};

struct UserPoint
{
    int year = 0;
    double value = 0;
    QString note;
};

// A series the user brought in from a CSV file.
struct UserSeries
{
    QString key, title, unit, sourceFile;
    QList<UserPoint> points;
};

// Everything a chart shows and says about where it comes from.
struct ChartData
{
    QString key, title, subtitle, kind, unit;
    QList<ChartPoint> points;
    QString referenceTitle, referenceCitation, referenceMode;
    QList<ReferencePoint> reference;
    QList<UserSeries> overlays;
    QStringList notes;   // where sources disagree, in words
    QStringList sources; // each document cited, and the reference's citation

    bool isTime() const { return kind == QLatin1String("time"); }
    // "Source: …" in one line, as printed under an exported chart.
    QString sourceLine() const;
};

// A dated event that can be marked on a time chart.
struct EventMarker
{
    QString key, title, date;
    double start = 0, end = 0; // fractional years
    double x() const { return (start + end) / 2; }
};

Result<QList<EventMarker>> readEventMarkers(sql::Connection &db);

struct ChartSummary
{
    QString key, title, kind;
    int points = 0;
};

Result<QList<ChartSummary>> listCharts(sql::Connection &db);
Result<ChartData> readChart(sql::Connection &db, const QString &key);
// The same with the store's discrepancies (check::findDiscrepancies) already found, as a caller reading
// several charts finds them once.
Result<ChartData> readChart(sql::Connection &db, const QString &key, const QList<check::Discrepancy> &discrepancies);

Result<QList<UserSeries>> listUserSeries(sql::Connection &db);
// Reads users' series by key; an unknown key is an error naming it.
Result<QList<UserSeries>> readUserSeries(sql::Connection &db, const QStringList &keys);

// The data behind a chart, one row per point with its citation; RFC 4180 CSV.
QString chartCsv(const ChartData &chart);

// "2021" → 2021.5, "2023-11" → the middle of November 2023; nullopt for an empty or unreadable period.
std::optional<double> periodToYear(const QString &period);

} // namespace standpoint::figures
