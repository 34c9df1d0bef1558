// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include "app/render/timelinelayout.h"
#include "core/result.h"

#include <QImage>
#include <QSize>

namespace standpoint::render {

// The timeline as a figure for slides: title, the range and lanes shown, the lanes themselves, a
// legend of the marks, and a source line naming every document the shown events rest on.
class TimelineRenderer
{
public:
    TimelineRenderer(const timeline::TimelineData &data, const timeline::TimelineFilter &filter, int selectedEvent = -1);

    void paint(QPainter *painter, const QSizeF &size);
    QImage image(QSize pixels);
    // Writes PNG, SVG or PDF by the path's suffix.
    Status exportTo(const QString &path, QSize pixels = QSize(1920, 1080));

private:
    const timeline::TimelineData &m_data;
    timeline::TimelineFilter m_filter;
    int m_selected;
};

} // namespace standpoint::render
