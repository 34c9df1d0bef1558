// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include "core/result.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <atomic>
#include <functional>

class QThread;
class QWidget;

namespace standpoint::app {

// An export that does not hold up the window. Qt Charts draws only on the GUI thread, so the drawing
// is cut into steps, each run there in a turn of the event loop of its own; the file is then written
// on a thread of its own. Progress is reported as it goes, and stop() ends it with nothing written.
class BackgroundExport : public QObject
{
    Q_OBJECT

public:
    // Draws on the GUI thread; returns anything the user should be told (a series left out, say).
    using Step = std::function<QStringList()>;
    // Writes the file on the writer thread; gives up with an error once stop is set.
    using Write = std::function<Status(const std::atomic_bool &stop)>;

    BackgroundExport(QList<Step> steps, Write write, QObject *parent = nullptr);
    ~BackgroundExport() override;

    void start();
    void stop();
    // The steps and the writing.
    int total() const { return int(m_steps.size()) + 1; }
    // A window-modal progress dialog with Stop, shown while the export runs (after a moment).
    void showProgress(QWidget *parent, const QString &label);

signals:
    void progress(int done, int total);
    // error is empty when the file was written; notices are what the steps said.
    void finished(const QString &error, const QStringList &notices);

private:
    void runNext();
    void write();

    QList<Step> m_steps;
    Write m_write;
    QStringList m_notices;
    int m_next = 0;
    std::atomic_bool m_stop = false;
    QThread *m_writer = nullptr;
    Status m_written = success();
};

} // namespace standpoint::app
