// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include "core/notes/readingsets.h"

#include <QUndoCommand>

namespace standpoint::app {

class UserWork;

// Each change to a reading set as an undoable command; each keeps the ids it made, so redo after undo
// restores the same rows and later commands stay valid.

class CreateSetCommand : public QUndoCommand
{
public:
    CreateSetCommand(UserWork *work, QString title);
    void redo() override;
    void undo() override;
    qint64 setId() const { return m_id; }

private:
    UserWork *m_work;
    QString m_title, m_uuid;
    qint64 m_id = 0;
};

class RenameSetCommand : public QUndoCommand
{
public:
    RenameSetCommand(UserWork *work, qint64 setId, QString before, QString after, QString description);
    void redo() override;
    void undo() override;

private:
    UserWork *m_work;
    qint64 m_id;
    QString m_before, m_after, m_description;
};

class DeleteSetCommand : public QUndoCommand
{
public:
    DeleteSetCommand(UserWork *work, notes::ReadingSet set);
    void redo() override;
    void undo() override;

private:
    UserWork *m_work;
    notes::ReadingSet m_set;
};

class AddItemCommand : public QUndoCommand
{
public:
    AddItemCommand(UserWork *work, qint64 setId, notes::SetItem item, int position = -1);
    void redo() override;
    void undo() override;

private:
    UserWork *m_work;
    qint64 m_setId;
    notes::SetItem m_item;
    int m_position;
};

class RemoveItemCommand : public QUndoCommand
{
public:
    RemoveItemCommand(UserWork *work, qint64 setId, notes::SetItem item, int position);
    void redo() override;
    void undo() override;

private:
    UserWork *m_work;
    qint64 m_setId;
    notes::SetItem m_item;
    int m_position;
};

class MoveItemCommand : public QUndoCommand
{
public:
    MoveItemCommand(UserWork *work, qint64 itemId, int from, int to);
    void redo() override;
    void undo() override;

private:
    UserWork *m_work;
    qint64 m_itemId;
    int m_from, m_to;
};

class ItemNoteCommand : public QUndoCommand
{
public:
    ItemNoteCommand(UserWork *work, qint64 itemId, QString before, QString after);
    void redo() override;
    void undo() override;

private:
    UserWork *m_work;
    qint64 m_itemId;
    QString m_before, m_after;
};

class QuestionsCommand : public QUndoCommand
{
public:
    QuestionsCommand(UserWork *work, qint64 setId, QStringList before, QStringList after);
    void redo() override;
    void undo() override;

private:
    UserWork *m_work;
    qint64 m_setId;
    QStringList m_before, m_after;
};

} // namespace standpoint::app
