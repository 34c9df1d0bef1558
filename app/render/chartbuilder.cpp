// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "app/render/chartbuilder.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QGraphicsSimpleTextItem>
#include <QHorizontalBarSeries>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

#include <cmath>

namespace standpoint::render {

namespace {

struct Tr { Q_DECLARE_TR_FUNCTIONS(ChartBuilder) };

// Okabe–Ito colours and distinct marker shapes: each document stays apart without relying on colour.
const QList<QColor> &documentColors()
{
    static const QList<QColor> colors = {QColor(0x00, 0x72, 0xb2), QColor(0xd5, 0x5e, 0x00), QColor(0x00, 0x9e, 0x73),
                                         QColor(0xcc, 0x79, 0xa7), QColor(0xe6, 0x9f, 0x00), QColor(0x56, 0xb4, 0xe9)};
    return colors;
}

// The marker's shape as a character, so the legend carries the shape and not colour alone.
QString shapeGlyph(int index, bool hollow)
{
    static const QStringList filled = {QStringLiteral("●"), QStringLiteral("■"), QStringLiteral("▲"), QStringLiteral("⬟"),
                                       QStringLiteral("★"), QStringLiteral("◆")};
    return hollow ? QStringLiteral("△") : filled[index % filled.size()];
}

QScatterSeries::MarkerShape documentShape(int index)
{
    static const QList<QScatterSeries::MarkerShape> shapes = {
        QScatterSeries::MarkerShapeCircle, QScatterSeries::MarkerShapeRectangle, QScatterSeries::MarkerShapeTriangle,
        QScatterSeries::MarkerShapePentagon, QScatterSeries::MarkerShapeStar, QScatterSeries::MarkerShapeRotatedRectangle};
    return shapes[index % shapes.size()];
}

const QColor kReferenceLight(0x42, 0x42, 0x42);
const QColor kReferenceDark(0xd0, 0xd0, 0xd0);
const QColor kDisagree(0xc6, 0x28, 0x28);

QString valueText(double v)
{
    return QString::number(v, 'f', std::fabs(v - std::round(v)) < 1e-9 ? 0 : (std::fabs(v) < 10 ? 2 : 1));
}

void hideFromLegend(QChart *chart, QAbstractSeries *series)
{
    for (QLegendMarker *m : chart->legend()->markers(series))
        m->setVisible(false);
}

struct Range
{
    double lo = std::numeric_limits<double>::max();
    double hi = std::numeric_limits<double>::lowest();
    void add(double v)
    {
        lo = std::min(lo, v);
        hi = std::max(hi, v);
    }
    bool valid() const { return lo <= hi; }
};

void buildTime(const figures::ChartData &data, const ChartOptions &options, BuiltChart &built)
{
    QChart *chart = built.chart;
    auto *xAxis = new QValueAxis;
    auto *yAxis = new QValueAxis;
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    Range xs, ys;
    ys.add(0);
    const auto attach = [&](QAbstractSeries *s) {
        chart->addSeries(s);
        s->attachAxis(xAxis);
        s->attachAxis(yAxis);
    };
    const double pointSize = options.forExport ? 17 : 11;
    built.markerSize = pointSize;
    // Beside the plot, one source a line: a legend below would cut the names short.
    chart->legend()->setAlignment(Qt::AlignRight);

    const QColor kReference = options.dark ? kReferenceDark : kReferenceLight;
    // Reference line, broken where a year is missing: no line through years that are not known.
    if (!data.reference.isEmpty()) {
        QLineSeries *segment = nullptr;
        int previous = 0;
        bool named = false;
        auto *dots = new QScatterSeries;
        dots->setMarkerSize(options.forExport ? 9 : 6);
        dots->setColor(kReference);
        dots->setBorderColor(kReference);
        for (const figures::ReferencePoint &r : data.reference) {
            if (!segment || r.year != previous + 1) {
                segment = new QLineSeries;
                segment->setPen(QPen(kReference, options.forExport ? 3 : 2));
                segment->setName(Tr::tr("%1 (reference)").arg(data.referenceTitle));
                attach(segment);
                if (named)
                    hideFromLegend(chart, segment);
                named = true;
            }
            segment->append(r.year + 0.5, r.value);
            dots->append(r.year + 0.5, r.value);
            xs.add(r.year + 0.5);
            ys.add(r.value);
            previous = r.year;
        }
        attach(dots);
        hideFromLegend(chart, dots);
    }

    // Documents' figures: one series per document and kind, so the legend names each source.
    QStringList documents;
    for (const figures::ChartPoint &p : data.points) {
        if (!documents.contains(p.documentKey))
            documents << p.documentKey;
    }
    QHash<QString, QScatterSeries *> bySource;
    QStringList sourceOrder; // documents' figures first, then their targets, for a legend that reads in order
    auto *ringed = new QScatterSeries;
    ringed->setName(QStringLiteral("◯ ") + Tr::tr("Disagrees with another source"));
    ringed->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    ringed->setMarkerSize(pointSize * 2.1);
    ringed->setColor(Qt::transparent);
    ringed->setBorderColor(kDisagree);
    ringed->setPen(QPen(kDisagree, options.forExport ? 4 : 2.5));
    QList<int> ringedPoints;
    for (qsizetype i = 0; i < data.points.size(); ++i) {
        const figures::ChartPoint &p = data.points[i];
        if (!p.hasX)
            continue;
        const bool target = p.kind == QLatin1String("target");
        const int doc = int(documents.indexOf(p.documentKey));
        const QString key = p.documentKey + (target ? QStringLiteral("|target") : QString());
        QScatterSeries *series = bySource.value(key);
        if (!series) {
            series = new QScatterSeries;
            series->setName(shapeGlyph(doc, target) + QLatin1Char(' ')
                            + (target ? Tr::tr("Target — %1").arg(p.shortSource) : p.shortSource));
            series->setMarkerShape(target ? QScatterSeries::MarkerShapeTriangle : documentShape(doc));
            series->setMarkerSize(pointSize);
            const QColor color = documentColors()[doc % documentColors().size()];
            series->setColor(target ? QColor(Qt::white) : color);
            series->setBorderColor(color);
            series->setPen(QPen(color, target ? 2.5 : 1));
            bySource.insert(key, series);
            sourceOrder << key;
        }
        // Several documents may cite one figure: shift them apart a little so each stays visible.
        double x = p.x;
        int same = 0;
        for (qsizetype j = 0; j < i; ++j) {
            if (data.points[j].hasX && data.points[j].x == p.x && data.points[j].value == p.value)
                ++same;
        }
        x += same * 0.12;
        series->append(x, p.value);
        built.points[series] << int(i);
        // One label for a figure that several documents, or a document and its target, put side by side.
        bool labelled = false;
        for (const BuiltChart::ValueLabel &v : built.valueLabels)
            labelled |= std::fabs(v.at.x() - p.x) < 0.8 && v.at.y() == p.value;
        if (!labelled) {
            auto *label = new QGraphicsSimpleTextItem(valueText(p.value), chart);
            QFont f = options.font;
            f.setPixelSize(options.forExport ? 18 : 11);
            f.setBold(true);
            label->setFont(f);
            const QColor ink = documentColors()[doc % documentColors().size()];
            label->setBrush(options.dark ? ink.lighter(150) : ink.darker(150));
            label->setZValue(10);
            built.valueLabels << BuiltChart::ValueLabel{QPointF(p.x, p.value), label};
        }
        xs.add(x);
        ys.add(p.value);
        if (target) {
            auto *dash = new QLineSeries;
            QPen pen(documentColors()[doc % documentColors().size()], options.forExport ? 3 : 2, Qt::DashLine);
            dash->setPen(pen);
            dash->append(x - 0.45, p.value);
            dash->append(x + 0.45, p.value);
            attach(dash);
            hideFromLegend(chart, dash);
        }
        if (!p.disagreements.isEmpty()) {
            ringed->append(x, p.value);
            ringedPoints << int(i);
        }
    }
    std::stable_sort(sourceOrder.begin(), sourceOrder.end(), [](const QString &a, const QString &b) {
        return !a.endsWith(QLatin1String("|target")) && b.endsWith(QLatin1String("|target"));
    });
    for (const QString &key : std::as_const(sourceOrder)) {
        QScatterSeries *s = bySource[key];
        attach(s);
        // A hollow marker draws an empty legend box: fill the legend's with the border colour.
        for (QLegendMarker *m : chart->legend()->markers(s))
            m->setBrush(s->borderColor());
    }

    for (const figures::UserSeries &u : data.overlays) {
        auto *line = new QLineSeries;
        line->setName(Tr::tr("%1 (your series)").arg(u.title));
        line->setPen(QPen(QColor(0x6a, 0x1b, 0x9a), options.forExport ? 3 : 2, Qt::DotLine));
        line->setPointsVisible(true);
        for (const figures::UserPoint &p : u.points) {
            line->append(p.year + 0.5, p.value);
            xs.add(p.year + 0.5);
            ys.add(p.value);
        }
        attach(line);
    }
    if (!ringedPoints.isEmpty()) {
        attach(ringed);
        for (QLegendMarker *m : chart->legend()->markers(ringed)) {
            m->setBrush(Qt::white);
            m->setPen(QPen(kDisagree, 3));
        }
        built.points[ringed] = ringedPoints;
    } else {
        delete ringed;
    }

    if (!xs.valid())
        xs.add(2000);
    const int first = int(std::floor(xs.lo)) - 1, last = int(std::ceil(xs.hi)) + 1;
    xAxis->setRange(first, last);
    xAxis->setTickType(QValueAxis::TicksDynamic);
    const int span = last - first;
    // At most about a dozen year labels on an export, eight on screen, so none is cut short.
    const int most = options.forExport ? 14 : 8;
    int interval = 1;
    for (int step : {1, 2, 5, 10, 20, 50, 100}) {
        interval = step;
        if (span / step <= most)
            break;
    }
    xAxis->setTickInterval(interval);
    xAxis->setTickAnchor(std::ceil(double(first) / interval) * interval); // round years: 2000, 2005…
    xAxis->setLabelFormat(QStringLiteral("%d"));
    xAxis->setTitleText(Tr::tr("Year"));
    yAxis->setRange(std::min(0.0, ys.lo), ys.hi * 1.15);
    yAxis->applyNiceNumbers();
    yAxis->setLabelFormat(QStringLiteral("%g"));
    yAxis->setTitleText(data.unit);

    for (const figures::EventMarker &e : options.events) {
        if (e.x() < first || e.x() > last)
            continue;
        auto *line = new QLineSeries;
        line->setPen(QPen(QColor(0x75, 0x75, 0x75), options.forExport ? 2 : 1.2, Qt::DashDotLine));
        line->append(e.x(), yAxis->min());
        line->append(e.x(), yAxis->max());
        attach(line);
        hideFromLegend(chart, line);
        built.events << e;
        auto *label = new QGraphicsSimpleTextItem(QStringLiteral("%1 · %2").arg(e.date, e.title), chart);
        QFont f = options.font;
        f.setPixelSize(options.forExport ? 16 : 10);
        label->setFont(f);
        label->setBrush(QColor(0x42, 0x42, 0x42));
        label->setRotation(-90);
        built.eventLabels << label;
    }
}

void buildBars(const figures::ChartData &data, const ChartOptions &options, BuiltChart &built)
{
    QChart *chart = built.chart;
    auto *series = new QHorizontalBarSeries;
    auto *set = new QBarSet(data.unit);
    set->setColor(documentColors()[0]);
    set->setBorderColor(documentColors()[0].darker(130));
    QStringList categories;
    QList<int> indexes;
    double hi = 0;
    // Bottom to top in the chart, so reverse to read top-down in the pack's order.
    for (qsizetype i = data.points.size() - 1; i >= 0; --i) {
        const figures::ChartPoint &p = data.points[i];
        QString label = p.seriesTitle;
        if (!p.period.isEmpty())
            label += QStringLiteral(", ") + p.period;
        if (!p.disagreements.isEmpty())
            label += Tr::tr(" (disputed)");
        categories << label;
        *set << p.value;
        indexes << int(i);
        hi = std::max(hi, p.value);
    }
    set->setLabelColor(options.dark ? QColor(0xe8, 0xe8, 0xe8) : QColor(Qt::black));
    QFont labels = options.font;
    labels.setPixelSize(options.forExport ? 18 : 11);
    labels.setBold(true);
    set->setLabelFont(labels);
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));
    chart->addSeries(series);
    auto *axisY = new QBarCategoryAxis;
    axisY->append(categories);
    auto *axisX = new QValueAxis;
    axisX->setRange(0, hi * 1.2);
    axisX->applyNiceNumbers();
    axisX->setLabelFormat(QStringLiteral("%g"));
    axisX->setTitleText(data.unit);
    chart->addAxis(axisY, Qt::AlignLeft);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisY);
    series->attachAxis(axisX);
    chart->legend()->hide();
    built.points[series] = indexes;
}

} // namespace

BuiltChart buildChart(const figures::ChartData &data, const ChartOptions &options)
{
    BuiltChart built;
    built.chart = new QChart;
    QChart *chart = built.chart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    QFont font = options.font;
    font.setPixelSize(options.forExport ? 18 : 11);
    chart->legend()->setFont(font);
    chart->legend()->setAlignment(Qt::AlignBottom);
    if (data.isTime())
        buildTime(data, options, built);
    else
        buildBars(data, options, built);
    if (options.dark) {
        chart->setBackgroundBrush(QColor(0x1e, 0x1e, 0x1e));
        chart->setPlotAreaBackgroundVisible(false);
        chart->legend()->setLabelColor(QColor(0xe8, 0xe8, 0xe8));
    }
    QFont axisFont = options.font;
    axisFont.setPixelSize(options.forExport ? 18 : 11);
    QFont axisTitle = axisFont;
    axisTitle.setBold(true);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsFont(axisFont);
        axis->setTitleFont(axisTitle);
        if (options.dark) {
            axis->setLabelsColor(QColor(0xe0, 0xe0, 0xe0));
            axis->setTitleBrush(QColor(0xe0, 0xe0, 0xe0));
            axis->setGridLineColor(QColor(0x44, 0x44, 0x44));
            axis->setLinePenColor(QColor(0x80, 0x80, 0x80));
        }
    }
    return built;
}

void placeLabels(BuiltChart &built)
{
    // Each value sits above its point; one that would overlap a label placed before it is lifted
    // above that one (neighbouring years with equal values come close where the axis is narrow).
    QList<QRectF> placed;
    for (const BuiltChart::ValueLabel &v : built.valueLabels) {
        const QPointF at = built.chart->mapToPosition(v.at);
        const QRectF box = v.item->boundingRect();
        QRectF where(at.x() - box.width() / 2, at.y() - box.height() - built.markerSize / 2 - 2, box.width(), box.height());
        for (bool moved = true; moved;) {
            moved = false;
            for (const QRectF &other : std::as_const(placed)) {
                if (where.adjusted(-3, 0, 3, 0).intersects(other)) { // a few pixels apart, not touching
                    where.moveBottom(other.top() - 1);
                    moved = true;
                }
            }
        }
        placed << where;
        v.item->setPos(where.topLeft());
    }
    if (built.events.isEmpty())
        return;
    // Only time charts carry events, and their vertical axis holds values.
    const auto axes = built.chart->axes(Qt::Vertical);
    const auto *values = axes.isEmpty() ? nullptr : qobject_cast<QValueAxis *>(axes.first());
    const double top = values ? values->max() : 0;
    for (qsizetype i = 0; i < built.events.size(); ++i) {
        const QPointF at = built.chart->mapToPosition(QPointF(built.events[i].x(), top));
        QGraphicsSimpleTextItem *label = built.eventLabels[i];
        // Rotated a quarter turn: the text runs upwards from its base, just right of the line.
        label->setPos(at.x() + 2, at.y() + label->boundingRect().width() + 4);
    }
}

QString pointTooltip(const figures::ChartData &data, int pointIndex)
{
    if (pointIndex < 0 || pointIndex >= data.points.size())
        return {};
    const figures::ChartPoint &p = data.points[pointIndex];
    QString html = QStringLiteral("<p><b>%1</b>%2: %3 %4%5</p><p>“%6”</p><p><small>— %7, “%8”</small></p>")
                       .arg(p.seriesTitle.toHtmlEscaped(), p.period.isEmpty() ? QString() : QStringLiteral(", ") + p.period,
                            (p.approx ? Tr::tr("about ") : QString()) + valueText(p.value), data.unit.toHtmlEscaped(),
                            p.kind == QLatin1String("target") ? Tr::tr(" (target)") : QString(), p.quote.toHtmlEscaped(),
                            p.sourceName.toHtmlEscaped(), p.documentTitle.toHtmlEscaped());
    for (const QString &d : p.disagreements)
        html += QStringLiteral("<p style=\"color:#c62828\"><b>%1</b> %2</p>").arg(Tr::tr("Disagreement:"), d.toHtmlEscaped());
    html += Tr::tr("<p><small>Click to read the quote in context.</small></p>");
    return html;
}

} // namespace standpoint::render
