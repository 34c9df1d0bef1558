// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "app/figures/deckexport.h"

#include "app/render/deckbuilder.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QThread>
#include <QTimer>

namespace standpoint::app {

namespace {

render::DeckSlide matrixSlide(const MatrixSelection &selection)
{
    QImage image(QSize(1920, 960), QImage::Format_ARGB32_Premultiplied);
    {
        QPainter painter(&image);
        MatrixExporter::paint(&painter, selection, QSizeF(image.size()));
    }
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return render::DeckSlide{
        .title = selection.debate ? selection.debate->title : DeckExport::tr("Where each position stands"),
        .png = buffer.data(),
        .pngSize = image.size(),
        .sourceLine = DeckExport::tr("Stances and paraphrases: Standpoint's reading of the documents; each rests on quotes."),
        .notes = {DeckExport::tr("Each cell is a stance with its quotes; open the Compare view in Standpoint to read them.")},
    };
}

} // namespace

DeckExport::DeckExport(Request request, QObject *parent) : QObject(parent), m_request(std::move(request)) {}

DeckExport::~DeckExport()
{
    // The writer reads the slides this object holds: it must end first. Stopping makes that quick.
    m_stop = true;
    if (m_writer) {
        m_writer->wait();
        delete m_writer;
    }
}

int DeckExport::steps() const { return int(m_request.charts.size()) + (m_request.matrix ? 1 : 0) + 1; }

void DeckExport::start()
{
    if (m_request.matrix)
        m_slides << matrixSlide(*m_request.matrix);
    emit progress(int(m_slides.size()), steps());
    QTimer::singleShot(0, this, &DeckExport::drawNext);
}

void DeckExport::stop() { m_stop = true; }

void DeckExport::drawNext()
{
    if (m_stop) {
        emit finished(tr("The deck was not written: stopped"), {});
        return;
    }
    if (m_next >= m_request.charts.size()) {
        write();
        return;
    }
    render::ChartSlide made = render::chartSlide(m_request.charts[m_next++], m_request.options);
    m_leftOut << made.leftOut;
    m_slides << made.slide;
    emit progress(int(m_slides.size()), steps());
    // The next slide in a later turn of the event loop, so the window paints and Stop is heard between.
    QTimer::singleShot(0, this, &DeckExport::drawNext);
}

void DeckExport::write()
{
    m_writer = QThread::create([this] {
        m_written = render::writePptx(m_request.path, m_request.title, m_slides, &m_stop);
    });
    connect(m_writer, &QThread::finished, this, [this] {
        emit progress(steps(), steps());
        // A Stop that came after the last slide was written is too late: the deck is there.
        if (m_written)
            emit finished(QString(), m_leftOut);
        else
            emit finished(m_stop ? tr("The deck was not written: stopped") : m_written.message(), {});
    });
    m_writer->start();
}

} // namespace standpoint::app
