// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include "core/import/importdraft.h"

#include <QObject>
#include <QStringList>
#include <QThreadPool>

#include <atomic>
#include <memory>

namespace standpoint::app {

class StoreSession;

// Reads files for import on a thread of its own, and writes the drafts on the store's writer thread,
// letting the user's other changes in between documents: progress by signal, a cancel that stops
// between files (and mid-write, leaving nothing half-done).
class ImportJob : public QObject
{
    Q_OBJECT
public:
    explicit ImportJob(StoreSession *session, QObject *parent = nullptr);
    ~ImportJob() override;

    void read(const QStringList &paths);
    void write(const QList<importing::ImportDraft> &drafts);
    void cancel();
    bool isBusy() const { return m_busy; }

signals:
    void progress(int done, int total, const QString &path);
    // Every file, in the order given: a draft, or a refusal naming the file.
    void readFinished(const QList<standpoint::importing::ImportDraft> &drafts, const QStringList &refusals);
    void writeFinished(const QStringList &keys, const QStringList &newPositions);
    void failed(const QString &message);

private:
    void post(std::function<void()> fn);

    StoreSession *m_session;
    QThreadPool m_pool;
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_busy = false;
};

} // namespace standpoint::app

Q_DECLARE_METATYPE(QList<standpoint::importing::ImportDraft>)
