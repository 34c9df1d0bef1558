// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include "core/notes/annotations.h"

#include <QUndoCommand>

#include <memory>

namespace standpoint::app {

class UserWork;

// Each command saves its change through UserWork, on the writer thread; what a change learns there (a new
// id) is kept in state that only the writer thread touches, so a later undo, queued behind it, finds it.

// Adds an annotation; undo removes it, redo brings it back with the same id.
class AddAnnotationCommand : public QUndoCommand
{
public:
    AddAnnotationCommand(UserWork *work, notes::Annotation annotation);
    void redo() override;
    void undo() override;

private:
    // What the writer learns: the row's id, and whether the last redo made it (so an undo after a failed
    // redo removes nothing, not a row that has since taken the same id).
    struct Added
    {
        notes::Annotation annotation;
        bool applied = false;
    };
    UserWork *m_work;
    std::shared_ptr<Added> m_added;
};

// Changes an annotation's colour, tags and note.
class EditAnnotationCommand : public QUndoCommand
{
public:
    EditAnnotationCommand(UserWork *work, notes::Annotation before, notes::Annotation after);
    void redo() override;
    void undo() override;

private:
    UserWork *m_work;
    notes::Annotation m_before, m_after;
};

// Deletes an annotation; undo restores it whole.
class DeleteAnnotationCommand : public QUndoCommand
{
public:
    DeleteAnnotationCommand(UserWork *work, notes::Annotation annotation);
    void redo() override;
    void undo() override;

private:
    UserWork *m_work;
    notes::Annotation m_annotation;
};

} // namespace standpoint::app
