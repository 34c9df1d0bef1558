// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include "app/common/savedialog.h"
#include "app/common/storesession.h"
#include "app/compare/matrixexporter.h"
#include "app/figures/chartview.h"
#include "app/render/chartbuilder.h"
#include "core/debate/debatesnapshot.h"

#include <QWidget>

class QLabel;
class QListView;
class QListWidget;

namespace standpoint::app {

class BackgroundExport;

class CheckListModel;

// Charts of the figures the documents cite, beside the reference series; every point leads to its
// quote, disagreements are marked, and each chart exports for slides.
class FiguresView : public QWidget
{
    Q_OBJECT
public:
    FiguresView(StoreSession *reader, QWidget *parent = nullptr);
    ~FiguresView() override;

    // Asks the store for the charts (once the store is open).
    void load();
    // The Compare matrix, offered as a slide in decks.
    void setMatrixSource(std::function<MatrixSelection()> matrix) { m_matrix = std::move(matrix); }

    bool isLoaded() const { return !m_charts.isEmpty(); }
    QStringList chartKeys() const;
    void showChart(const QString &key);
    // Ticks an event on the trade-turnover chart and shows that chart.
    void markEvent(const QString &eventKey);
    // Adds a control under the side panel (the app adds "Add to reading set").
    void addSideWidget(QWidget *widget);
    QString currentChart() const;
    const figures::ChartData *currentData() const;
    // The chart as shown and exported, with the ticked series that figures::OverlayRule allows; leftOut,
    // when given, receives why each other ticked series is not drawn.
    figures::ChartData exportedData(QStringList *leftOut = nullptr) const;
    render::ChartOptions exportOptions() const;
    QChartView *chartView() const { return m_view; }
    QListWidget *chartList() const { return m_list; }
    CheckListModel *events() const { return m_events; }
    CheckListModel *userSeries() const { return m_users; }
    const render::BuiltChart &built() const { return m_built; }
    // The point chosen from the keyboard on the chart (Left and Right, Enter opens its quote): an index
    // into the chart's points, or -1.
    int keyboardPoint() const;
    void stepPoint(int direction);

    Status exportTo(const QString &path, QSize pixels = QSize(1920, 1080));
    // A PNG as the export dialog writes it: drawn here, encoded and written on a thread of its own; the
    // view reports how it went, and the job says so too (finished) before it is deleted.
    BackgroundExport *exportPngInBackground(const QString &path, QSize pixels = QSize(1920, 1080));
    // A deck export of these charts (and the matrix), with the ticked series, ready to start; the caller
    // connects to its signals and calls start().
    Result<BackgroundExport *> exportDeck(const QString &path, const QStringList &chartKeys, bool withMatrix);

public slots:
    void exportPngDialog(QSize pixels);
    void exportSvgDialog();
    void exportPdfDialog();
    void exportCsvDialog();
    void copyToClipboard();
    void deckDialog();
    void addSeriesDialog();

signals:
    void quoteRequested(const standpoint::debate::QuoteView &quote);
    void statusMessage(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showKeyboardPoint();
    void figuresLoaded(int token, const FiguresPayload &payload);
    void rebuild();
    void pointHovered(const QAbstractSeries *series, int indexInSeries, bool state);
    void pointClicked(const QAbstractSeries *series, int indexInSeries);
    QString chooseFile(const QString &caption, SaveDialog::Kind kind);
    QList<figures::UserSeries> tickedSeries() const;

    StoreSession *m_reader;
    int m_token = 0;
    QList<figures::ChartData> m_charts;
    QList<figures::EventMarker> m_allEvents;
    QList<figures::UserSeries> m_allUserSeries;
    int m_current = -1;
    bool m_rebuilding = false;
    render::BuiltChart m_built;
    std::function<MatrixSelection()> m_matrix;

    QListWidget *m_list;
    ChartView *m_view;
    // The chart's points in the order the keyboard steps through them (by year), and the one chosen.
    QList<std::pair<const QAbstractSeries *, int>> m_pointOrder;
    int m_keyboardPoint = -1;
    QLabel *m_notes;
    QLabel *m_source;
    CheckListModel *m_events;
    CheckListModel *m_users;
    QListView *m_eventList;
    QListView *m_userList;
    QLabel *m_noUsers;
    QWidget *m_side = nullptr;
};

} // namespace standpoint::app
