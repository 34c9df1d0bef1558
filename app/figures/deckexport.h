// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include "app/compare/matrixexporter.h"
#include "app/render/chartbuilder.h"
#include "app/render/pptxwriter.h"
#include "core/figures/chartdata.h"

#include <QObject>
#include <QStringList>

#include <atomic>
#include <optional>

class QThread;

namespace standpoint::app {

// Writes a slide deck without holding up the window. Qt Charts draws only on the GUI thread, so each
// slide is drawn there in a turn of the event loop of its own; the zip is written on a thread of its
// own. Progress is reported as it goes, and stop() ends it with nothing written.
class DeckExport : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QString path;
        QString title;
        std::optional<MatrixSelection> matrix; // a first slide with the Compare matrix
        QList<figures::ChartData> charts;      // with the user's series to draw on them in overlays
        render::ChartOptions options;
    };

    explicit DeckExport(Request request, QObject *parent = nullptr);
    ~DeckExport() override;

    void start();
    void stop();
    int steps() const;

signals:
    void progress(int done, int total);
    // error is empty when the deck was written; leftOut says why any user's series was left out of a slide.
    void finished(const QString &error, const QStringList &leftOut);

private:
    void drawNext();
    void write();

    Request m_request;
    QList<render::DeckSlide> m_slides;
    QStringList m_leftOut;
    int m_next = 0;
    std::atomic_bool m_stop = false;
    QThread *m_writer = nullptr;
    Status m_written = success();
};

} // namespace standpoint::app
