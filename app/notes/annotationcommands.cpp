// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "app/notes/annotationcommands.h"

#include "app/notes/userwork.h"

#include <QCoreApplication>

namespace standpoint::app {

namespace {

struct Tr { Q_DECLARE_TR_FUNCTIONS(AnnotationCommands) };

} // namespace

AddAnnotationCommand::AddAnnotationCommand(UserWork *work, notes::Annotation annotation)
    : QUndoCommand(Tr::tr("Add annotation")), m_work(work), m_annotation(std::make_shared<notes::Annotation>(std::move(annotation)))
{
}

void AddAnnotationCommand::redo()
{
    m_work->change([a = m_annotation](sql::Connection &db) -> Status {
        auto id = notes::addAnnotation(db, *a);
        if (!id)
            return id.error();
        a->id = *id;
        if (auto stored = notes::readAnnotation(db, *id))
            *a = *stored; // keeps uuid and timestamps for the next redo
        return success();
    });
}

void AddAnnotationCommand::undo()
{
    m_work->change([a = m_annotation](sql::Connection &db) {
        return a->id == 0 ? success() : notes::deleteAnnotation(db, a->id); // 0: the add itself failed
    });
}

EditAnnotationCommand::EditAnnotationCommand(UserWork *work, notes::Annotation before, notes::Annotation after)
    : QUndoCommand(Tr::tr("Edit annotation")), m_work(work), m_before(std::move(before)), m_after(std::move(after))
{
}

void EditAnnotationCommand::redo()
{
    m_work->change([a = m_after](sql::Connection &db) { return notes::updateAnnotation(db, a); });
}

void EditAnnotationCommand::undo()
{
    m_work->change([a = m_before](sql::Connection &db) { return notes::updateAnnotation(db, a); });
}

DeleteAnnotationCommand::DeleteAnnotationCommand(UserWork *work, notes::Annotation annotation)
    : QUndoCommand(Tr::tr("Delete annotation")), m_work(work), m_annotation(std::move(annotation))
{
}

void DeleteAnnotationCommand::redo()
{
    m_work->change([id = m_annotation.id](sql::Connection &db) { return notes::deleteAnnotation(db, id); });
}

void DeleteAnnotationCommand::undo()
{
    m_work->change([a = m_annotation](sql::Connection &db) -> Status {
        auto id = notes::addAnnotation(db, a);
        return id ? success() : Status(id.error());
    });
}

} // namespace standpoint::app
