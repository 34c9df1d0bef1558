// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

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

// Writes the set by the path's suffix: .html, .md or .pdf.
Status writeHandout(sql::Connection &db, qint64 setId, const QString &path);

} // namespace standpoint::render
