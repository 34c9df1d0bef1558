// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include "core/notes/annotations.h"
#include "core/notes/readingsets.h"
#include "core/sqlite/connection.h"

#include <QObject>

class QUndoStack;

namespace standpoint::app {

// The user's own work (annotations and reading sets): one connection for writing, and the undo stack
// every change goes through. Each change is committed at once: there is no "save" to forget.
class UserWork : public QObject
{
    Q_OBJECT
public:
    explicit UserWork(QObject *parent = nullptr);

    // Opens the store for writing, once the app has opened (and, on first run, filled) it.
    Status open(const QString &dbPath);
    bool isOpen() const { return m_db.isOpen(); }
    sql::Connection &db() { return m_db; }
    QUndoStack *undoStack() const { return m_undo; }

    QList<notes::Annotation> annotationsFor(qint64 documentId);
    QList<notes::ReadingSet> sets();

    // Commands call these after each change, so every view follows.
    void changedAnnotations() { emit annotationsChanged(); }
    void changedSets() { emit setsChanged(); }
    void report(const QString &message) { emit failed(message); }

signals:
    void annotationsChanged();
    void setsChanged();
    void failed(const QString &message);

private:
    sql::Connection m_db;
    QUndoStack *m_undo;
};

} // namespace standpoint::app
