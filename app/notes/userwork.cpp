// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "app/notes/userwork.h"

#include "core/store/store.h"

#include <QUndoStack>

namespace standpoint::app {

UserWork::UserWork(QObject *parent) : QObject(parent), m_undo(new QUndoStack(this)) {}

Status UserWork::open(const QString &dbPath)
{
    auto store = store::Store::open(dbPath, store::Store::Options{false, false});
    if (!store)
        return store.error();
    m_db = std::move(store->connection());
    emit annotationsChanged();
    emit setsChanged();
    return success();
}

QList<notes::Annotation> UserWork::annotationsFor(qint64 documentId)
{
    if (!isOpen() || documentId == 0)
        return {};
    auto list = notes::listAnnotations(m_db, notes::AnnotationFilter{documentId, {}, {}, {}, false});
    if (!list) {
        emit failed(list.message());
        return {};
    }
    return *list;
}

QList<notes::ReadingSet> UserWork::sets()
{
    if (!isOpen())
        return {};
    auto list = notes::listSets(m_db);
    if (!list) {
        emit failed(list.message());
        return {};
    }
    return *list;
}

} // namespace standpoint::app
