// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "app/notes/annotationcommands.h"

#include "app/notes/userwork.h"

#include <QCoreApplication>

namespace standpoint::app {

namespace {

struct Tr { Q_DECLARE_TR_FUNCTIONS(AnnotationCommands) };

// A failed change is reported and leaves the stack: there is nothing to undo.
void check(QUndoCommand *command, UserWork *work, const Status &status)
{
    if (!status) {
        command->setObsolete(true);
        work->report(status.message());
    }
    work->changedAnnotations();
}

} // namespace

AddAnnotationCommand::AddAnnotationCommand(UserWork *work, notes::Annotation annotation)
    : QUndoCommand(Tr::tr("Add annotation")), m_work(work), m_annotation(std::move(annotation))
{
}

void AddAnnotationCommand::redo()
{
    auto id = notes::addAnnotation(m_work->db(), m_annotation);
    if (id) {
        m_annotation.id = *id;
        auto stored = notes::readAnnotation(m_work->db(), *id);
        if (stored)
            m_annotation = *stored; // keeps uuid and timestamps for the next redo
    }
    check(this, m_work, id ? success() : Status(id.error()));
}

void AddAnnotationCommand::undo() { check(this, m_work, notes::deleteAnnotation(m_work->db(), m_annotation.id)); }

EditAnnotationCommand::EditAnnotationCommand(UserWork *work, notes::Annotation before, notes::Annotation after)
    : QUndoCommand(Tr::tr("Edit annotation")), m_work(work), m_before(std::move(before)), m_after(std::move(after))
{
}

void EditAnnotationCommand::redo() { check(this, m_work, notes::updateAnnotation(m_work->db(), m_after)); }

void EditAnnotationCommand::undo() { check(this, m_work, notes::updateAnnotation(m_work->db(), m_before)); }

DeleteAnnotationCommand::DeleteAnnotationCommand(UserWork *work, notes::Annotation annotation)
    : QUndoCommand(Tr::tr("Delete annotation")), m_work(work), m_annotation(std::move(annotation))
{
}

void DeleteAnnotationCommand::redo() { check(this, m_work, notes::deleteAnnotation(m_work->db(), m_annotation.id)); }

void DeleteAnnotationCommand::undo()
{
    auto id = notes::addAnnotation(m_work->db(), m_annotation);
    check(this, m_work, id ? success() : Status(id.error()));
}

} // namespace standpoint::app
