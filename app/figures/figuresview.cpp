// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "app/figures/figuresview.h"

#include "app/common/checklistmodel.h"
#include "app/figures/deckexport.h"
#include "app/render/deckbuilder.h"
#include "app/render/figureoutput.h"
#include "app/render/figurerenderer.h"
#include "core/export/atomicfile.h"
#include "core/figures/overlayrule.h"

#include <QAccessible>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QScatterSeries>
#include <QSplitter>
#include <QTextDocumentFragment>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>

namespace standpoint::app {

namespace {

QToolButton *button(const QString &text, const QString &accessible)
{
    auto *b = new QToolButton;
    b->setText(text);
    b->setAccessibleName(accessible);
    b->setToolTip(accessible);
    return b;
}

} // namespace

FiguresView::FiguresView(StoreSession *reader, QWidget *parent)
    : QWidget(parent), m_reader(reader), m_list(new QListWidget), m_view(new ChartView), m_notes(new QLabel),
      m_source(new QLabel), m_events(new CheckListModel(this)), m_users(new CheckListModel(this)),
      m_eventList(new QListView), m_userList(new QListView), m_noUsers(new QLabel)
{
    m_list->setAccessibleName(tr("Charts"));
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSpacing(2);
    m_list->setMinimumWidth(fontMetrics().averageCharWidth() * 22);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_charts.size()) {
            m_current = row;
            rebuild();
        }
    });

    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setAccessibleName(tr("Chart"));
    m_view->setAccessibleDescription(tr("Left and Right move from point to point; Enter opens the point's quote."));
    m_view->installEventFilter(this);
    m_view->setMinimumSize(480, 320);
    m_notes->setWordWrap(true);
    m_notes->setTextFormat(Qt::RichText);
    m_notes->setAccessibleName(tr("Where sources disagree"));
    m_source->setWordWrap(true);
    m_source->setAccessibleName(tr("Sources"));
    m_source->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *exportBar = new QHBoxLayout;
    auto *png = button(tr("PNG"), tr("Export as a 1920×1080 PNG image"));
    auto *png2 = button(tr("PNG ×2"), tr("Export as a 3840×2160 PNG image"));
    auto *svg = button(tr("SVG"), tr("Export as SVG"));
    auto *pdf = button(tr("PDF"), tr("Export as PDF"));
    auto *csv = button(tr("CSV"), tr("Export the data behind the chart as CSV"));
    auto *copy = button(tr("Copy"), tr("Copy the chart as an image"));
    auto *deck = button(tr("Slide deck…"), tr("Export charts to a PowerPoint deck"));
    connect(png, &QToolButton::clicked, this, [this] { exportPngDialog(QSize(1920, 1080)); });
    connect(png2, &QToolButton::clicked, this, [this] { exportPngDialog(QSize(3840, 2160)); });
    connect(svg, &QToolButton::clicked, this, &FiguresView::exportSvgDialog);
    connect(pdf, &QToolButton::clicked, this, &FiguresView::exportPdfDialog);
    connect(csv, &QToolButton::clicked, this, &FiguresView::exportCsvDialog);
    connect(copy, &QToolButton::clicked, this, &FiguresView::copyToClipboard);
    connect(deck, &QToolButton::clicked, this, &FiguresView::deckDialog);
    exportBar->addWidget(new QLabel(tr("Export:")));
    for (QToolButton *b : {png, png2, svg, pdf, csv, copy, deck})
        exportBar->addWidget(b);
    exportBar->addStretch(1);

    auto *center = new QWidget;
    auto *centerLayout = new QVBoxLayout(center);
    centerLayout->setContentsMargins(0, 0, 0, 0);
    centerLayout->addLayout(exportBar);
    centerLayout->addWidget(m_view, 1);
    centerLayout->addWidget(m_notes);
    centerLayout->addWidget(m_source);

    m_eventList->setModel(m_events);
    m_eventList->setAccessibleName(tr("Events to mark on the chart"));
    m_eventList->setWordWrap(true);
    m_eventList->setAlternatingRowColors(true);
    m_userList->setModel(m_users);
    m_userList->setAccessibleName(tr("Your series to draw beside the chart"));
    m_userList->setWordWrap(true);
    // Ticking an event or a series redraws; refilling the lists (during a redraw) must not.
    connect(m_events, &CheckListModel::checkedChanged, this, [this] {
        if (!m_rebuilding)
            rebuild();
    });
    connect(m_users, &CheckListModel::checkedChanged, this, [this] {
        if (!m_rebuilding)
            rebuild();
    });
    auto *add = new QPushButton(tr("A&dd a series from CSV…"));
    add->setToolTip(tr("A CSV file with the columns year, value and (optionally) note"));
    connect(add, &QPushButton::clicked, this, &FiguresView::addSeriesDialog);
    auto *remove = new QPushButton(tr("Remove the selected series"));
    remove->setObjectName(QStringLiteral("RemoveSeries"));
    connect(remove, &QPushButton::clicked, this, [this] {
        const QModelIndex index = m_userList->currentIndex();
        if (!index.isValid())
            return;
        const QString key = index.data(CheckListModel::KeyRole).toString();
        if (QMessageBox::question(this, tr("Remove your series"), tr("Remove \"%1\" from the store?").arg(index.data().toString()))
            == QMessageBox::Yes)
            m_token = m_reader->removeUserSeries(key);
    });
    auto *side = new QWidget;
    m_side = side;
    side->setMaximumWidth(fontMetrics().averageCharWidth() * 40);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    auto *marksTitle = new QLabel(tr("<b>Mark events</b> (time charts)"));
    marksTitle->setWordWrap(true); // the panel is narrow and some languages are long
    sideLayout->addWidget(marksTitle);
    sideLayout->addWidget(m_eventList, 2);
    sideLayout->addWidget(new QLabel(tr("<b>Your series</b>")));
    m_noUsers->setWordWrap(true);
    m_noUsers->setText(tr("None yet. Add one from a CSV file with the columns year, value and (optionally) note; "
                          "it is drawn dotted beside the documents' figures."));
    m_userList->setMaximumHeight(fontMetrics().height() * 8);
    sideLayout->addWidget(m_noUsers);
    sideLayout->addWidget(m_userList, 1);
    sideLayout->addWidget(add);
    sideLayout->addWidget(remove);

    auto *splitter = new QSplitter;
    splitter->addWidget(m_list);
    splitter->addWidget(center);
    splitter->addWidget(side);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({fontMetrics().averageCharWidth() * 28, 1000, fontMetrics().averageCharWidth() * 36});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_reader, &StoreSession::figuresLoaded, this, &FiguresView::figuresLoaded);
    connect(m_reader, &StoreSession::failed, this, [this](int token, const QString &message) {
        if (token != m_token)
            return;
        emit statusMessage(message);
        QMessageBox::warning(this, tr("Figures"), message);
    });
}

FiguresView::~FiguresView()
{
    // The chart view owns the chart it shows.
}

void FiguresView::load() { m_token = m_reader->loadFigures(); }

void FiguresView::figuresLoaded(int token, const FiguresPayload &payload)
{
    if (token != m_token)
        return;
    const QString current = currentChart();
    m_charts = payload.charts;
    m_allEvents = payload.events;
    m_allUserSeries = payload.userSeries;
    QList<CheckListModel::Entry> users;
    for (const figures::UserSeries &u : m_allUserSeries)
        users << CheckListModel::Entry{u.key, tr("%1 (%2)").arg(u.title, u.unit),
                                       tr("%1 years, from %2").arg(u.points.size()).arg(u.sourceFile),
                                       u.key == payload.addedKey};
    m_rebuilding = true;
    m_users->setEntries(users);
    m_rebuilding = false;
    m_noUsers->setVisible(users.isEmpty());
    findChild<QPushButton *>(QStringLiteral("RemoveSeries"))->setEnabled(!users.isEmpty());
    m_userList->setVisible(!users.isEmpty());
    const QSignalBlocker block(m_list);
    m_list->clear();
    for (const figures::ChartData &c : m_charts) {
        auto *item = new QListWidgetItem(c.title, m_list);
        item->setData(Qt::UserRole, c.key);
        item->setToolTip(c.subtitle);
    }
    const int at = current.isEmpty() ? 0 : int(chartKeys().indexOf(current));
    m_current = m_charts.isEmpty() ? -1 : std::max(0, at);
    if (m_current >= 0)
        m_list->setCurrentRow(m_current);
    if (!payload.addedKey.isEmpty())
        emit statusMessage(tr("Added your series; it is drawn on time charts while ticked."));
    rebuild();
}

QStringList FiguresView::chartKeys() const
{
    QStringList keys;
    for (const figures::ChartData &c : m_charts)
        keys << c.key;
    return keys;
}

void FiguresView::showChart(const QString &key)
{
    const int at = int(chartKeys().indexOf(key));
    if (at >= 0)
        m_list->setCurrentRow(at);
}

void FiguresView::addSideWidget(QWidget *widget)
{
    m_side->layout()->addWidget(widget);
    // The panel's width cap must not cut off the new control's text (longer in some languages).
    m_side->setMaximumWidth(std::max(m_side->maximumWidth(), widget->sizeHint().width()));
    // Tab reaches it where it shows, under the side panel, not after every other control of the window.
    setTabOrder(findChild<QPushButton *>(QStringLiteral("RemoveSeries")), widget);
}

void FiguresView::markEvent(const QString &eventKey)
{
    if (!isLoaded())
        return;
    showChart(QStringLiteral("trade-turnover"));
    m_events->setChecked(eventKey, true);
}

QString FiguresView::currentChart() const { return m_current >= 0 && m_current < m_charts.size() ? m_charts[m_current].key : QString(); }

const figures::ChartData *FiguresView::currentData() const
{
    return m_current >= 0 && m_current < m_charts.size() ? &m_charts[m_current] : nullptr;
}

QList<figures::UserSeries> FiguresView::tickedSeries() const
{
    const QStringList wanted = m_users->checkedKeys();
    QList<figures::UserSeries> ticked;
    for (const figures::UserSeries &u : m_allUserSeries) {
        if (wanted.contains(u.key))
            ticked << u;
    }
    return ticked;
}

figures::ChartData FiguresView::exportedData(QStringList *leftOut) const
{
    figures::ChartData data = *currentData();
    const QStringList refused = figures::OverlayRule::addAllowed(data, tickedSeries());
    if (leftOut)
        *leftOut = refused;
    return data;
}

render::ChartOptions FiguresView::exportOptions() const
{
    render::ChartOptions options;
    const QStringList wanted = m_events->checkedKeys();
    for (const figures::EventMarker &e : m_allEvents) {
        if (wanted.contains(e.key))
            options.events << e;
    }
    return options;
}

void FiguresView::rebuild()
{
    if (!currentData())
        return;
    QStringList leftOut;
    const figures::ChartData data = exportedData(&leftOut);
    // Events that fall inside the chart's years, for time charts.
    QList<CheckListModel::Entry> events;
    if (data.isTime()) {
        double lo = 1e9, hi = -1e9;
        for (const figures::ChartPoint &p : data.points) {
            if (p.hasX) {
                lo = std::min(lo, p.x);
                hi = std::max(hi, p.x);
            }
        }
        for (const figures::ReferencePoint &r : data.reference) {
            lo = std::min(lo, r.year + 0.5);
            hi = std::max(hi, r.year + 0.5);
        }
        for (const figures::EventMarker &e : m_allEvents) {
            if (e.x() >= lo - 1 && e.x() <= hi + 1 && e.end - e.start <= 1.01)
                events << CheckListModel::Entry{e.key, QStringLiteral("%1 · %2").arg(e.date, e.title), QString(), false};
        }
    }
    m_rebuilding = true;
    m_events->setEntries(events);
    m_rebuilding = false;
    m_eventList->setEnabled(data.isTime());
    m_userList->setEnabled(data.isTime());

    render::ChartOptions options = exportOptions();
    options.forExport = false;
    options.font = font();
    options.dark = palette().color(QPalette::Window).lightness() < 128;
    m_built = render::buildChart(data, options);
    QChart *chart = m_built.chart;
    chart->setTitle(QString());
    QChart *old = m_view->chart();
    m_view->setChart(chart);
    delete old;
    connect(chart, &QChart::plotAreaChanged, this, [this] {
        render::placeLabels(m_built);
        showKeyboardPoint();
    });
    // The keyboard steps through the documents' figures by year, as a reader scans the chart.
    m_pointOrder.clear();
    for (auto it = m_built.points.cbegin(); it != m_built.points.cend(); ++it) {
        for (int i = 0; i < it.value().size(); ++i)
            m_pointOrder << std::pair{it.key(), i};
    }
    const auto pointOf = [this](const std::pair<const QAbstractSeries *, int> &p) -> const figures::ChartPoint & {
        return currentData()->points[m_built.points.value(p.first)[p.second]];
    };
    std::stable_sort(m_pointOrder.begin(), m_pointOrder.end(), [&](const auto &a, const auto &b) {
        const figures::ChartPoint &pa = pointOf(a), &pb = pointOf(b);
        return std::pair{pa.hasX ? pa.x : 0.0, m_built.points.value(a.first)[a.second]}
               < std::pair{pb.hasX ? pb.x : 0.0, m_built.points.value(b.first)[b.second]};
    });
    m_keyboardPoint = -1;
    m_view->setMarker(std::nullopt);

    for (auto it = m_built.points.cbegin(); it != m_built.points.cend(); ++it) {
        const QAbstractSeries *series = it.key();
        if (auto *scatter = qobject_cast<const QScatterSeries *>(series)) {
            auto *s = const_cast<QScatterSeries *>(scatter);
            connect(s, &QScatterSeries::hovered, this, [this, s](const QPointF &point, bool state) {
                pointHovered(s, int(s->points().indexOf(point)), state);
            });
            connect(s, &QScatterSeries::clicked, this,
                    [this, s](const QPointF &point) { pointClicked(s, int(s->points().indexOf(point))); });
        } else if (auto *bars = qobject_cast<const QHorizontalBarSeries *>(series)) {
            auto *b = const_cast<QHorizontalBarSeries *>(bars);
            connect(b, &QHorizontalBarSeries::hovered, this,
                    [this, b](bool state, int index, QBarSet *) { pointHovered(b, index, state); });
            connect(b, &QHorizontalBarSeries::clicked, this, [this, b](int index, QBarSet *) { pointClicked(b, index); });
        }
    }

    QStringList notes;
    for (const QString &n : data.notes)
        notes << QStringLiteral("<b>%1</b> %2").arg(tr("Disagreement:"), n.toHtmlEscaped());
    for (const QString &why : leftOut)
        notes << QStringLiteral("<b>%1</b> %2").arg(tr("Not drawn:"), why.toHtmlEscaped());
    m_notes->setText(notes.join(QStringLiteral("<br/>")));
    m_notes->setVisible(!notes.isEmpty());
    m_source->setText(data.sourceLine());
}

void FiguresView::pointHovered(const QAbstractSeries *series, int indexInSeries, bool state)
{
    if (!state) {
        QToolTip::hideText();
        return;
    }
    const QList<int> indexes = m_built.points.value(series);
    if (indexInSeries < 0 || indexInSeries >= indexes.size())
        return;
    QToolTip::showText(QCursor::pos(), render::pointTooltip(*currentData(), indexes[indexInSeries]), m_view);
}

void FiguresView::pointClicked(const QAbstractSeries *series, int indexInSeries)
{
    const QList<int> indexes = m_built.points.value(series);
    if (indexInSeries < 0 || indexInSeries >= indexes.size())
        return;
    const figures::ChartPoint &p = currentData()->points[indexes[indexInSeries]];
    emit quoteRequested(debate::QuoteView{0, p.documentId, p.documentKey, p.documentTitle, p.quoteStart, p.quoteEnd, p.quote});
}

int FiguresView::keyboardPoint() const
{
    if (m_keyboardPoint < 0 || m_keyboardPoint >= m_pointOrder.size())
        return -1;
    const auto &[series, i] = m_pointOrder[m_keyboardPoint];
    return m_built.points.value(series).value(i, -1);
}

void FiguresView::stepPoint(int direction)
{
    if (m_pointOrder.isEmpty())
        return;
    const int last = int(m_pointOrder.size()) - 1;
    m_keyboardPoint = m_keyboardPoint < 0 ? (direction >= 0 ? 0 : last) : std::clamp(m_keyboardPoint + direction, 0, last);
    showKeyboardPoint();
}

// Boxes the chosen point, shows its tooltip, and says it: to a screen reader through the chart's
// description, to everyone in the status bar.
void FiguresView::showKeyboardPoint()
{
    const int point = keyboardPoint();
    if (point < 0 || !m_built.chart) {
        m_view->setMarker(std::nullopt);
        return;
    }
    const auto &[series, indexInSeries] = m_pointOrder[m_keyboardPoint];
    QPointF value;
    if (const auto *scatter = qobject_cast<const QScatterSeries *>(series))
        value = scatter->points().value(indexInSeries);
    else if (const auto *bars = qobject_cast<const QHorizontalBarSeries *>(series); bars && !bars->barSets().isEmpty())
        value = QPointF(bars->barSets().first()->at(indexInSeries), indexInSeries);
    auto *mutableSeries = const_cast<QAbstractSeries *>(series);
    const QPointF scene = m_built.chart->mapToScene(m_built.chart->mapToPosition(value, mutableSeries));
    m_view->setMarker(scene, m_built.markerSize / 2);
    const QString html = render::pointTooltip(*currentData(), point);
    const QPoint at = m_view->viewport()->mapToGlobal(m_view->mapFromScene(scene));
    if (m_view->hasFocus())
        QToolTip::showText(at, html, m_view);
    const QString said = QTextDocumentFragment::fromHtml(html).toPlainText().simplified();
    m_view->setAccessibleDescription(tr("Point %1 of %2: %3").arg(m_keyboardPoint + 1).arg(m_pointOrder.size()).arg(said));
    QAccessibleEvent changed(m_view, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&changed);
    emit statusMessage(tr("Point %1 of %2; Enter opens its quote").arg(m_keyboardPoint + 1).arg(m_pointOrder.size()));
}

bool FiguresView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Right:
        case Qt::Key_Down:
            stepPoint(1);
            return true;
        case Qt::Key_Left:
        case Qt::Key_Up:
            stepPoint(-1);
            return true;
        case Qt::Key_Home:
            m_keyboardPoint = -1;
            stepPoint(1);
            return true;
        case Qt::Key_End:
            m_keyboardPoint = -1;
            stepPoint(-1);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
        case Qt::Key_Space:
            if (m_keyboardPoint >= 0 && m_keyboardPoint < m_pointOrder.size())
                pointClicked(m_pointOrder[m_keyboardPoint].first, m_pointOrder[m_keyboardPoint].second);
            return true;
        case Qt::Key_Escape:
            QToolTip::hideText();
            return false;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FiguresView::addSeriesDialog()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Add a series from a CSV file"), SaveDialog::lastFolder(),
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (file.isEmpty())
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Your series"));
    auto *title = new QLineEdit(QFileInfo(file).completeBaseName());
    auto *unit = new QLineEdit(currentData() ? currentData()->unit : QString());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("&Title:"), title);
    form->addRow(tr("&Unit:"), unit);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_token = m_reader->addUserSeries(file, title->text(), unit->text());
}

} // namespace standpoint::app
