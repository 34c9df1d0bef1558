// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include "core/notes/userworksnapshot.h"
#include "core/result.h"

#include <QObject>

#include <functional>

class QUndoStack;

namespace standpoint::sql {
class Connection;
}

namespace standpoint::app {

class StoreSession;

// The user's own work (annotations and reading sets) and the undo stack every change goes through. Each
// change is saved at once, on the store's writer thread, in the order made: there is no "save" to forget,
// and the GUI never waits for the store. After each change the writer reads the work back, and the views
// show that copy.
class UserWork : public QObject
{
    Q_OBJECT
public:
    using Change = std::function<Status(sql::Connection &)>;

    explicit UserWork(StoreSession *session, QObject *parent = nullptr);

    // Reads the work from the store (once it is open, and after something outside the undo stack changed it).
    void reload();
    bool isOpen() const { return m_loaded; }
    // Every change made so far is saved and shown.
    bool isIdle() const { return m_pending == 0; }
    QUndoStack *undoStack() const { return m_undo; }
    StoreSession *session() const { return m_session; }

    const QList<notes::Annotation> &annotations() const { return m_work.annotations; }
    QList<notes::Annotation> annotationsFor(qint64 documentId) const;
    const QStringList &tags() const { return m_work.tags; }
    const QList<notes::ReadingSet> &sets() const { return m_work.sets; }
    // A set with its items; an empty set (id 0) if there is none with that id.
    notes::ReadingSet set(qint64 setId) const;

    // Saves a change on the writer thread, after every change queued before it; `done` then hears how it
    // went, on the GUI thread, once the views have the new state. Without `done`, a failure is reported
    // (failed()).
    void change(Change job, std::function<void(const Status &)> done = {});
    void report(const QString &message) { emit failed(message); }

signals:
    void annotationsChanged();
    void setsChanged();
    void failed(const QString &message);

private:
    void apply(const notes::UserWorkSnapshot &work);

    StoreSession *m_session;
    QUndoStack *m_undo;
    notes::UserWorkSnapshot m_work;
    int m_pending = 0;
    bool m_loaded = false;
};

} // namespace standpoint::app
