// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "app/notes/setcommands.h"

#include "app/notes/userwork.h"

#include <QCoreApplication>
#include <QUuid>

namespace standpoint::app {

namespace {

struct Tr { Q_DECLARE_TR_FUNCTIONS(SetCommands) };

void check(QUndoCommand *command, UserWork *work, const Status &status)
{
    if (!status) {
        command->setObsolete(true);
        work->report(status.message());
    }
    work->changedSets();
}

} // namespace

CreateSetCommand::CreateSetCommand(UserWork *work, QString title)
    : QUndoCommand(Tr::tr("Create reading set")), m_work(work), m_title(std::move(title)),
      m_uuid(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

void CreateSetCommand::redo()
{
    auto id = notes::createSet(m_work->db(), m_title, QString(), m_uuid, m_id);
    if (id)
        m_id = *id;
    check(this, m_work, id ? success() : Status(id.error()));
}

void CreateSetCommand::undo() { check(this, m_work, notes::deleteSet(m_work->db(), m_id)); }

RenameSetCommand::RenameSetCommand(UserWork *work, qint64 setId, QString before, QString after, QString description)
    : QUndoCommand(Tr::tr("Rename reading set")), m_work(work), m_id(setId), m_before(std::move(before)),
      m_after(std::move(after)), m_description(std::move(description))
{
}

void RenameSetCommand::redo() { check(this, m_work, notes::renameSet(m_work->db(), m_id, m_after, m_description)); }

void RenameSetCommand::undo() { check(this, m_work, notes::renameSet(m_work->db(), m_id, m_before, m_description)); }

DeleteSetCommand::DeleteSetCommand(UserWork *work, notes::ReadingSet set)
    : QUndoCommand(Tr::tr("Delete reading set")), m_work(work), m_set(std::move(set))
{
}

void DeleteSetCommand::redo() { check(this, m_work, notes::deleteSet(m_work->db(), m_set.id)); }

void DeleteSetCommand::undo() { check(this, m_work, notes::restoreSet(m_work->db(), m_set)); }

AddItemCommand::AddItemCommand(UserWork *work, qint64 setId, notes::SetItem item, int position)
    : QUndoCommand(Tr::tr("Add to reading set")), m_work(work), m_setId(setId), m_item(std::move(item)), m_position(position)
{
}

void AddItemCommand::redo()
{
    auto id = notes::addItem(m_work->db(), m_setId, m_item, m_position);
    if (id)
        m_item.id = *id;
    check(this, m_work, id ? success() : Status(id.error()));
}

void AddItemCommand::undo() { check(this, m_work, notes::removeItem(m_work->db(), m_item.id)); }

RemoveItemCommand::RemoveItemCommand(UserWork *work, qint64 setId, notes::SetItem item, int position)
    : QUndoCommand(Tr::tr("Remove from reading set")), m_work(work), m_setId(setId), m_item(std::move(item)), m_position(position)
{
}

void RemoveItemCommand::redo() { check(this, m_work, notes::removeItem(m_work->db(), m_item.id)); }

void RemoveItemCommand::undo()
{
    auto id = notes::addItem(m_work->db(), m_setId, m_item, m_position);
    check(this, m_work, id ? success() : Status(id.error()));
}

MoveItemCommand::MoveItemCommand(UserWork *work, qint64 itemId, int from, int to)
    : QUndoCommand(Tr::tr("Move item")), m_work(work), m_itemId(itemId), m_from(from), m_to(to)
{
}

void MoveItemCommand::redo() { check(this, m_work, notes::moveItem(m_work->db(), m_itemId, m_to)); }

void MoveItemCommand::undo() { check(this, m_work, notes::moveItem(m_work->db(), m_itemId, m_from)); }

ItemNoteCommand::ItemNoteCommand(UserWork *work, qint64 itemId, QString before, QString after)
    : QUndoCommand(Tr::tr("Edit note")), m_work(work), m_itemId(itemId), m_before(std::move(before)), m_after(std::move(after))
{
}

void ItemNoteCommand::redo() { check(this, m_work, notes::setItemNote(m_work->db(), m_itemId, m_after)); }

void ItemNoteCommand::undo() { check(this, m_work, notes::setItemNote(m_work->db(), m_itemId, m_before)); }

QuestionsCommand::QuestionsCommand(UserWork *work, qint64 setId, QStringList before, QStringList after)
    : QUndoCommand(Tr::tr("Edit discussion questions")), m_work(work), m_setId(setId), m_before(std::move(before)),
      m_after(std::move(after))
{
}

void QuestionsCommand::redo() { check(this, m_work, notes::setQuestions(m_work->db(), m_setId, m_after)); }

void QuestionsCommand::undo() { check(this, m_work, notes::setQuestions(m_work->db(), m_setId, m_before)); }

} // namespace standpoint::app
