// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include "core/notes/readingsets.h"

#include <QUndoCommand>

#include <functional>
#include <memory>

namespace standpoint::app {

class UserWork;

// Each change to a reading set as an undoable command, saved through UserWork on the writer thread; each
// keeps the ids it made (in state only the writer thread touches), so redo after undo restores the same
// rows and later commands, queued behind it, stay valid.

// A set's id as a command learns it on the writer thread: known at once for a set that exists, and after
// its creation for a set a command makes.
using SetIdSlot = std::shared_ptr<qint64>;

// An item as a command adds it: its id once added, and whether the last redo added it (so an undo after a
// failed redo removes nothing, not a row that has since taken the same id).
struct AddedItem
{
    notes::SetItem item;
    bool applied = false;
};

class CreateSetCommand : public QUndoCommand
{
public:
    CreateSetCommand(UserWork *work, QString title);
    void redo() override;
    void undo() override;
    // The new set's id, for commands queued after this one.
    SetIdSlot setIdSlot() const { return m_id; }
    // The new set's id, once the change is saved (UserWork::isIdle); 0 before.
    qint64 setId() const { return *m_id; }
    // Called on the GUI thread once the set is made, with its id.
    void onCreated(std::function<void(qint64)> created) { m_created = std::move(created); }

private:
    UserWork *m_work;
    QString m_title, m_uuid;
    SetIdSlot m_id = std::make_shared<qint64>(0);
    std::shared_ptr<bool> m_applied = std::make_shared<bool>(false);
    std::function<void(qint64)> m_created;
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
    AddItemCommand(UserWork *work, SetIdSlot setId, notes::SetItem item, int position = -1);
    void redo() override;
    void undo() override;

private:
    UserWork *m_work;
    SetIdSlot m_setId;
    std::shared_ptr<AddedItem> m_item;
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
    std::shared_ptr<AddedItem> m_item;
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
