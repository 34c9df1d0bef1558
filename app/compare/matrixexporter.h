// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include "core/debate/debatesnapshot.h"
#include "core/result.h"

#include <QSize>
#include <QStringList>

#include <memory>

class QPainter;

namespace standpoint::app {

// What a matrix export shows: the visible questions and voices, in the order on screen.
struct MatrixSelection
{
    const debate::DebateSnapshot *debate = nullptr;
    QStringList questions; // question keys
    QStringList voices;    // voice keys
    QString filterLabel;   // e.g. "Theme: Trade and energy", or empty
};

// A selection with a copy of its debate of its own, so that it can be painted on another thread while the
// view goes on (a matrix is painted with QPainter alone, which needs no GUI thread).
struct DetachedMatrix
{
    explicit DetachedMatrix(const MatrixSelection &selection);
    std::shared_ptr<const debate::DebateSnapshot> debate;
    MatrixSelection selection; // pointing into debate
};

// Exports the Compare matrix for slides (PNG), handouts (PDF) and spreadsheets (CSV).
class MatrixExporter
{
public:
    static Status exportPng(const MatrixSelection &selection, const QString &path, QSize size = QSize(1920, 1080));
    static Status exportPdf(const MatrixSelection &selection, const QString &path);
    // One row per cell: question, voice, stance, paraphrase, quotes and their documents.
    static Status exportCsv(const MatrixSelection &selection, const QString &path);

    // Paints the matrix, with title, legend and source line, to fill a page of the given logical size.
    static void paint(QPainter *painter, const MatrixSelection &selection, const QSizeF &page);
    static QSizeF naturalSize(const MatrixSelection &selection);
};

} // namespace standpoint::app
