// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
// The Figures view's exports: a chart as PNG, SVG, PDF or CSV, to the clipboard, and slide decks. The view
// itself (charts, points, events and series) is in figuresview.cpp.
#include "app/figures/figuresview.h"

#include "app/figures/deckexport.h"
#include "app/render/deckbuilder.h"
#include "app/render/figureoutput.h"
#include "app/render/figurerenderer.h"
#include "core/export/atomicfile.h"

#include <QApplication>
#include <QClipboard>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QVBoxLayout>

namespace standpoint::app {

Status FiguresView::exportTo(const QString &path, QSize pixels)
{
    if (!currentData())
        return Error{tr("There is no chart to export yet")};
    const figures::ChartData data = exportedData();
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv")) {
        return exporting::AtomicFile::write(path, figures::chartCsv(data).toUtf8());
    }
    render::FigureRenderer renderer(data, exportOptions());
    if (suffix == QLatin1String("png"))
        return renderer.exportPng(path, pixels);
    if (suffix == QLatin1String("svg"))
        return renderer.exportSvg(path, pixels);
    if (suffix == QLatin1String("pdf"))
        return renderer.exportPdf(path);
    return Error{tr("Export as .png, .svg, .pdf or .csv, not \"%1\"").arg(QFileInfo(path).fileName())};
}

Result<BackgroundExport *> FiguresView::exportDeck(const QString &path, const QStringList &keys, bool withMatrix)
{
    DeckRequest request{
        .path = path, .title = tr("Standpoint charts"), .matrix = std::nullopt, .charts = {}, .options = exportOptions()};
    if (withMatrix && m_matrix)
        request.matrix = m_matrix();
    for (const QString &key : keys) {
        const int at = int(chartKeys().indexOf(key));
        if (at < 0)
            return Error{tr("No chart \"%1\"").arg(key)};
        figures::ChartData data = m_charts[at];
        // The deck applies the units rule to each chart, and names the series it leaves out.
        data.overlays = tickedSeries();
        request.charts << data;
    }
    return makeDeckExport(std::move(request), this);
}

QString FiguresView::chooseFile(const QString &caption, SaveDialog::Kind kind)
{
    return SaveDialog::ask(this, caption, currentChart(), kind);
}

void FiguresView::exportPngDialog(QSize pixels)
{
    const QString path = chooseFile(tr("Export the chart as PNG"), SaveDialog::Kind::Png);
    if (path.isEmpty())
        return;
    exportPngInBackground(path, pixels);
}

BackgroundExport *FiguresView::exportPngInBackground(const QString &path, QSize pixels)
{
    if (!currentData())
        return nullptr;
    // Qt Charts draws on this thread; encoding the PNG, most of the cost, is done beside it.
    auto image = std::make_shared<QImage>();
    auto *job = new BackgroundExport(
        {[image, data = exportedData(), options = exportOptions(), pixels] {
            *image = render::FigureRenderer(data, options).image(pixels);
            return QStringList();
        }},
        [image, path](const std::atomic_bool &) { return render::writePng(path, *image); }, this);
    connect(job, &BackgroundExport::finished, this, [this, job, path](const QString &error) {
        job->deleteLater();
        emit statusMessage(error.isEmpty() ? tr("Exported %1").arg(path) : error);
    });
    job->start();
    return job;
}

void FiguresView::exportSvgDialog()
{
    const QString path = chooseFile(tr("Export the chart as SVG"), SaveDialog::Kind::Svg);
    if (!path.isEmpty()) {
        const Status done = exportTo(path);
        emit statusMessage(done ? tr("Exported %1").arg(path) : done.message());
    }
}

void FiguresView::exportPdfDialog()
{
    const QString path = chooseFile(tr("Export the chart as PDF"), SaveDialog::Kind::Pdf);
    if (!path.isEmpty()) {
        const Status done = exportTo(path);
        emit statusMessage(done ? tr("Exported %1").arg(path) : done.message());
    }
}

void FiguresView::exportCsvDialog()
{
    const QString path = chooseFile(tr("Export the chart's data as CSV"), SaveDialog::Kind::Csv);
    if (!path.isEmpty()) {
        const Status done = exportTo(path);
        emit statusMessage(done ? tr("Exported %1").arg(path) : done.message());
    }
}

void FiguresView::copyToClipboard()
{
    if (!currentData())
        return;
    const figures::ChartData data = exportedData();
    render::FigureRenderer renderer(data, exportOptions());
    QApplication::clipboard()->setImage(renderer.image(QSize(1920, 1080)));
    emit statusMessage(tr("Copied the chart as a 1920×1080 image"));
}

void FiguresView::deckDialog()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Export a slide deck"));
    auto *list = new QListWidget;
    list->setAccessibleName(tr("Slides to include"));
    auto *matrix = new QListWidgetItem(tr("The Compare matrix"), list);
    matrix->setFlags(matrix->flags() | Qt::ItemIsUserCheckable);
    matrix->setCheckState(m_matrix ? Qt::Checked : Qt::Unchecked);
    for (const figures::ChartData &c : m_charts) {
        auto *item = new QListWidgetItem(c.title, list);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
        item->setData(Qt::UserRole, c.key);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(new QLabel(tr("One 16:9 slide each; the quotes go in the speaker notes.")));
    layout->addWidget(list);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QStringList keys;
    for (int i = 1; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            keys << list->item(i)->data(Qt::UserRole).toString();
    }
    const bool withMatrix = list->item(0)->checkState() == Qt::Checked;
    if (keys.isEmpty() && !withMatrix) {
        emit statusMessage(tr("Choose at least one slide."));
        return;
    }
    const QString path = chooseFile(tr("Export the slide deck"), SaveDialog::Kind::Pptx);
    if (path.isEmpty())
        return;
    const Result<BackgroundExport *> job = exportDeck(path, keys, withMatrix);
    if (!job) {
        emit statusMessage(job.message());
        QMessageBox::warning(this, tr("Slide deck"), job.message());
        return;
    }
    BackgroundExport *deck = *job;
    deck->showProgress(this, tr("Drawing the slides…"));
    connect(deck, &BackgroundExport::finished, this, [this, deck, path](const QString &error, const QStringList &leftOut) {
        deck->deleteLater();
        if (!error.isEmpty()) {
            emit statusMessage(error);
            QMessageBox::warning(this, tr("Slide deck"), error);
            return;
        }
        emit statusMessage(tr("Exported %1").arg(path));
        // The deck follows the units rule; a ticked series it could not draw is named, not dropped quietly.
        if (!leftOut.isEmpty())
            QMessageBox::information(this, tr("Slide deck"),
                                     tr("Exported %1, without these series of yours:").arg(path) + QStringLiteral("\n\n")
                                         + leftOut.join(QLatin1Char('\n')));
    });
    deck->start();
}

} // namespace standpoint::app
