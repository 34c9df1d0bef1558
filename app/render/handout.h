// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include "core/figures/chartdata.h"
#include "core/notes/readingsets.h"
#include "core/result.h"

#include <QHash>
#include <QImage>

#include <atomic>

namespace standpoint::sql {
class Connection;
}

namespace standpoint::render {

// Reading sets as handouts: a self-contained HTML page (charts inline), Markdown (charts in a folder
// beside it) or a paginated PDF with page numbers. Everything the user typed is escaped.
enum class ImageLinks { DataUri, ResourceName, FileName };

QString handoutHtml(const notes::ReadingSet &set, const QHash<QString, QImage> &charts, ImageLinks links);
QString handoutMarkdown(const notes::ReadingSet &set, const QString &imageFolder);

// What a handout needs from the store: the set, and the charts its items name.
struct HandoutSource
{
    notes::ReadingSet set;
    QList<figures::ChartData> charts;
};
Result<HandoutSource> readHandoutSource(sql::Connection &db, qint64 setId);

// A chart as a handout shows it. Qt Charts draws it, so only on the GUI thread.
QImage handoutChart(const figures::ChartData &chart);

// Writes the set by the path's suffix (.html, .md or .pdf) with its charts already drawn (by key). It
// draws no chart, so it may run on a thread of its own; once stop is set it gives up, writing nothing.
Status writeHandoutFile(const notes::ReadingSet &set, const QHash<QString, QImage> &charts, const QString &path,
                        const std::atomic_bool *stop = nullptr);

// All three in turn, for the command line.
Status writeHandout(sql::Connection &db, qint64 setId, const QString &path);

} // namespace standpoint::render
