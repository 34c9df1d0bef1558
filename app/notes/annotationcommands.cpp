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
    : QUndoCommand(Tr::tr("Add annotation")), m_work(work), m_added(std::make_shared<Added>(Added{.annotation = std::move(annotation)}))
{
}

void AddAnnotationCommand::redo()
{
    m_work->change([added = m_added](sql::Connection &db) -> Status {
        auto id = notes::addAnnotation(db, added->annotation);
        if (!id)
            return id.error();
        added->annotation.id = *id;
        if (auto stored = notes::readAnnotation(db, *id))
            added->annotation = *stored; // keeps uuid and timestamps for the next redo
        added->applied = true;
        return success();
    });
}

void AddAnnotationCommand::undo()
{
    m_work->change([added = m_added](sql::Connection &db) -> Status {
        if (!added->applied)
            return success(); // the add itself failed, and was reported
        Status deleted = notes::deleteAnnotation(db, added->annotation.id);
        if (deleted)
            added->applied = false;
        return deleted;
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
