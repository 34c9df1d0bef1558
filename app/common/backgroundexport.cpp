// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "app/common/backgroundexport.h"

#include <QProgressDialog>
#include <QThread>
#include <QTimer>

namespace standpoint::app {

BackgroundExport::BackgroundExport(QList<Step> steps, Write write, QObject *parent)
    : QObject(parent), m_steps(std::move(steps)), m_write(std::move(write))
{
}

BackgroundExport::~BackgroundExport()
{
    // The writer reads what the steps made: it must end first. Stopping makes that quick.
    m_stop = true;
    if (m_writer) {
        m_writer->wait();
        delete m_writer;
    }
}

void BackgroundExport::start()
{
    emit progress(0, total());
    QTimer::singleShot(0, this, &BackgroundExport::runNext);
}

void BackgroundExport::stop() { m_stop = true; }

void BackgroundExport::showProgress(QWidget *parent, const QString &label)
{
    auto *dialog = new QProgressDialog(label, tr("Stop"), 0, total(), parent);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setMinimumDuration(400);
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(this, &BackgroundExport::progress, dialog, [dialog](int done, int) { dialog->setValue(done); });
    connect(dialog, &QProgressDialog::canceled, this, &BackgroundExport::stop);
    connect(this, &BackgroundExport::finished, dialog, &QProgressDialog::close);
}

void BackgroundExport::runNext()
{
    if (m_stop) {
        emit finished(tr("Nothing was written: stopped"), {});
        return;
    }
    if (m_next >= m_steps.size()) {
        write();
        return;
    }
    m_notices << m_steps[m_next++]();
    emit progress(m_next, total());
    // The next step in a later turn of the event loop, so the window paints and Stop is heard between.
    QTimer::singleShot(0, this, &BackgroundExport::runNext);
}

void BackgroundExport::write()
{
    m_writer = QThread::create([this] { m_written = m_write(m_stop); });
    connect(m_writer, &QThread::finished, this, [this] {
        emit progress(total(), total());
        // A Stop that came after the file was complete is too late: the file is there.
        if (m_written)
            emit finished(QString(), m_notices);
        else
            emit finished(m_stop ? tr("Nothing was written: stopped") : m_written.message(), {});
    });
    m_writer->start();
}

} // namespace standpoint::app
