// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include "core/figures/chartdata.h"
#include "core/notes/readingsets.h"
#include "core/result.h"

#include <QHash>
#include <QImage>

namespace standpoint::sql {
class Connection;
}

namespace standpoint::render {

// Reading sets as handouts: a self-contained HTML page (charts inline), Markdown (charts in a folder
// beside it) or a paginated PDF with page numbers. Everything the user typed is escaped.
enum class ImageLinks { DataUri, ResourceName, FileName };

QString handoutHtml(const notes::ReadingSet &set, const QHash<QString, QImage> &charts, ImageLinks links);
QString handoutMarkdown(const notes::ReadingSet &set, const QString &imageFolder);

// What a handout shows: the set with its items, and the data of each chart it holds, by key.
struct HandoutData
{
    notes::ReadingSet set;
    QHash<QString, figures::ChartData> charts;
};

// Reads a set's handout data (on a reader thread: it reads every chart the set holds).
Result<HandoutData> readHandoutData(sql::Connection &db, qint64 setId);

// Draws the charts and writes the set by the path's suffix: .html, .md or .pdf (on the GUI thread, since
// charts are drawn with QtCharts).
Status writeHandout(const HandoutData &data, const QString &path);
// Both in one, for the command line.
Status writeHandout(sql::Connection &db, qint64 setId, const QString &path);

} // namespace standpoint::render
