// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "app/render/timelinerenderer.h"

#include "app/render/figureoutput.h"
#include "app/render/figurerenderer.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextLayout>

#include <cmath>

namespace standpoint::render {

namespace {

struct Tr { Q_DECLARE_TR_FUNCTIONS(TimelineRenderer) };

constexpr double kDesignWidth = 1920;
constexpr double kMargin = 56;

} // namespace

TimelineRenderer::TimelineRenderer(const timeline::TimelineData &data, const timeline::TimelineFilter &filter, int selectedEvent)
    : m_data(data), m_filter(filter), m_selected(selectedEvent)
{
}

void TimelineRenderer::paint(QPainter *painter, const QSizeF &size)
{
    const double scale = size.width() / kDesignWidth;
    const QSizeF canvas(kDesignWidth, size.height() / scale);
    painter->save();
    painter->scale(scale, scale);
    painter->fillRect(QRectF(QPointF(0, 0), canvas), Qt::white);
    const QColor ink(0x21, 0x21, 0x21), muted(0x55, 0x55, 0x55);
    const double width = canvas.width() - 2 * kMargin;
    double top = kMargin * 0.8;
    top += layoutText(painter, Tr::tr("Timeline: %1").arg(m_data.title), figureFont(44, true), QPointF(kMargin, top), width, ink) + 4;
    const QList<int> shown = timeline::visibleEvents(m_data, m_filter);
    QStringList parts{Tr::tr("%1 to %2").arg(int(std::floor(m_filter.from))).arg(int(std::ceil(m_filter.to)) - 1)};
    if (!m_filter.lanes.isEmpty()) {
        QStringList names;
        for (const timeline::Lane &l : m_data.lanes) {
            if (m_filter.lanes.contains(l.key))
                names << l.label;
        }
        parts << names.join(QStringLiteral(", "));
    }
    if (!m_filter.theme.isEmpty()) {
        for (const timeline::ThemeName &t : m_data.themes) {
            if (t.key == m_filter.theme)
                parts << Tr::tr("theme: %1").arg(t.label);
        }
    }
    parts << QCoreApplication::translate("TimelineRenderer", "%n event(s)", nullptr, int(shown.size()));
    top += layoutText(painter, parts.join(QStringLiteral(" · ")), figureFont(24), QPointF(kMargin, top), width, muted) + 6;
    const QString legend = Tr::tr("Bars: events known only to the year (or longer); diamonds: dated to the month or day. "
                              "Dotted lines join one event cited in several lanes. Shaded bands are eras.");
    const QString source = timeline::sourceLine(m_data, shown, m_filter.lanes);
    double bottom = canvas.height() - kMargin * 0.6;
    bottom -= layoutText(nullptr, source, figureFont(18), {}, width, muted);
    layoutText(painter, source, figureFont(18), QPointF(kMargin, bottom), width, muted);
    bottom -= 6 + layoutText(nullptr, legend, figureFont(18), {}, width, muted);
    layoutText(painter, legend, figureFont(18), QPointF(kMargin, bottom), width, muted);
    bottom -= 10;

    TimelineStyle style;
    style.fontPixels = 17;
    const QRectF area(kMargin - 20, top, canvas.width() - 2 * kMargin + 40, bottom - top);
    const TimelineLayout layout = layoutTimeline(m_data, m_filter, area, style, m_selected);
    paintTimeline(painter, m_data, m_filter, layout, style, m_selected);
    painter->restore();
}

QImage TimelineRenderer::image(QSize size)
{
    return paintFigureImage(size, [this](QPainter *painter, const QSizeF &canvas) { paint(painter, canvas); });
}

Status TimelineRenderer::exportTo(const QString &path, QSize size)
{
    if (Status ok = FigureRenderer::checkSize(size); !ok)
        return ok;
    const QString suffix = QFileInfo(path).suffix().toLower();
    const QString title = Tr::tr("Timeline: %1").arg(m_data.title);
    const auto draw = [this](QPainter *painter, const QSizeF &canvas) { paint(painter, canvas); };
    if (suffix == QLatin1String("svg"))
        return writeFigureSvg(path, size, title, QString(), draw);
    if (suffix == QLatin1String("pdf"))
        return writeFigurePdf(path, title, draw);
    if (suffix != QLatin1String("png"))
        return Error{Tr::tr("--out must end in .png, .svg or .pdf, not \"%1\"").arg(QFileInfo(path).fileName())};
    return writePng(path, image(size));
}

} // namespace standpoint::render
